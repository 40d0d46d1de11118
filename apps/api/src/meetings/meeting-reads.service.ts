// Reading meetings: one meeting, the meetings list in order of startsAt, Body.meetings for several
// bodies at once (a loader's batch), and the existence check of a subscription.
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../organisation/access.policy.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database } from '../platform/database/database.js';
import { BadInput, NotFound, isUuid } from '../platform/errors.js';
import { connectionFrom, decodeCursor, encodeCursor, pageSize } from '../platform/graphql/pagination.js';
import { MeetingsRepository, type MeetingKey, type MeetingRow } from './meetings.repository.js';

export interface MeetingPage {
  edges: { cursor: string; node: MeetingRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function cursorOf(m: MeetingRow): string {
  return encodeCursor([m.startsAt.toISOString(), m.id]);
}

/** The (startsAt, id) a cursor stands for; a cursor we did not make is BAD_USER_INPUT on `after`. */
function afterKey(after: string | null | undefined): MeetingKey | null {
  const parts = decodeCursor(after, 2);
  if (parts === null) return null;
  const [at, id] = parts;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id)) {
    throw new BadInput('after', 'after is not a cursor this list gave out.');
  }
  return [at, id];
}

@Injectable()
export class MeetingReadsService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessPolicy,
    private readonly meetings: MeetingsRepository,
  ) {}

  async meeting(actor: CurrentUser | null, id: string): Promise<MeetingRow | null> {
    this.access.requireUser(actor);
    return this.meetings.find(this.db, id);
  }

  meetingsByIds(ids: readonly string[]): Promise<MeetingRow[]> {
    return this.meetings.byIds(this.db, ids);
  }

  /** Meetings in order of startsAt (then id), optionally of one body and starting in [from, to). */
  async meetingsPage(
    actor: CurrentUser | null,
    args: {
      bodyId?: string | null;
      from?: Date | null;
      to?: Date | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<MeetingPage> {
    this.access.requireUser(actor);
    const first = pageSize(args.first);
    const after = afterKey(args.after);
    const bodyId = args.bodyId ?? null;
    if (bodyId !== null && !isUuid(bodyId)) return connectionFrom([], first, cursorOf);
    const rows = await this.meetings.list(this.db, {
      bodyId,
      from: args.from ?? null,
      to: args.to ?? null,
      after,
      limit: first + 1,
    });
    return connectionFrom(rows, first, cursorOf);
  }

  /** Body.meetings for several bodies with the same page arguments, in one query. */
  async meetingsOfBodies(
    bodyIds: readonly string[],
    firstArg: number | null | undefined,
    afterArg: string | null | undefined,
  ): Promise<MeetingPage[]> {
    const first = pageSize(firstArg);
    const rows = await this.meetings.ofBodies(this.db, bodyIds, afterKey(afterArg), first + 1);
    return bodyIds.map((id) =>
      connectionFrom(
        rows.filter((r) => r.bodyId === id),
        first,
        cursorOf,
      ),
    );
  }

  /** NOT_FOUND unless the meeting exists (subscriptions check before listening). */
  async requireMeeting(id: string): Promise<MeetingRow> {
    const m = await this.meetings.find(this.db, id);
    if (!m) throw new NotFound('meeting', id);
    return m;
  }
}
