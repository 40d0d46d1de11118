// Per-request DataLoaders of the meetings area: every relation a list of meetings can reach (a
// meeting's body seats, agenda, attendance with gaps and quorum, boycotts) is fetched in one batch
// per request, so a meeting view costs the same number of statements for 5 members as for 85. The
// attendance summary takes the organisation's facts through the organisation's loaders, so it
// shares them with the meeting's other fields.
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { Database } from '../platform/database/database.js';
import { groupBy, indexBy } from '../platform/graphql/loaders.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { OrganisationReadModel, type SeatRow } from '../organisation/organisation.read-model.js';
import type { AgendaItemRow } from './agenda.repository.js';
import { AgendaService } from './agenda.service.js';
import { AttendanceViews, participantOfSeat, type MeetingAttendance } from './attendance-views.js';
import type { BoycottRow } from './boycotts.repository.js';
import { BoycottsService } from './boycotts.service.js';
import { MeetingReadsService, type MeetingPage } from './meeting-reads.service.js';
import type { MeetingRow } from './meetings.repository.js';

const EMPTY: MeetingAttendance = { attendance: [], gaps: [], quorumMet: true, presentMembers: 0 };

function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

@Injectable()
export class MeetingLoaders {
  constructor(
    private readonly db: Database,
    private readonly reads: MeetingReadsService,
    private readonly agendaService: AgendaService,
    private readonly views: AttendanceViews,
    private readonly boycotts: BoycottsService,
    private readonly organisation: OrganisationReadModel,
    private readonly org: OrganisationLoaders,
  ) {}

  /**
   * The seats of bodies with their participants, in one query, primed into the organisation's
   * seat and participant loaders. Meeting.body, Meeting.chairedBy and Meeting.agenda wait for it,
   * so a meeting's participants are answered from these rows, whatever order the other loaders'
   * answers arrive in: the statements of a meeting view are the same for 5 members or 85.
   */
  bodySeats(ctx: RequestContext): DataLoader<string, SeatRow[]> {
    return ctx.loaders.get('meetings.seatsByBody', async (ids: readonly string[]) => {
      const grouped = groupBy(ids, await this.organisation.seatsOfBodies(this.db, ids), (s) => s.bodyId);
      const seats = this.org.seats(ctx);
      const people = this.org.participant(ctx);
      ids.forEach((bodyId, i) => {
        seats.prime(
          bodyId,
          grouped[i].map((s) => ({ bodyId: s.bodyId, participantId: s.participantId, kind: s.kind })),
        );
        for (const s of grouped[i]) people.prime(s.participantId, participantOfSeat(s));
      });
      return grouped;
    });
  }

  meeting(ctx: RequestContext): DataLoader<string, MeetingRow | null> {
    return ctx.loaders.get('meeting.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.reads.meetingsByIds(ids), (m) => m.id),
    );
  }

  /** A meeting's agenda, ordered by position. */
  agenda(ctx: RequestContext): DataLoader<string, AgendaItemRow[]> {
    return ctx.loaders.get('agendaItem.byMeeting', async (ids: readonly string[]) =>
      groupBy(ids, await this.agendaService.agendaOfMeetings(ids), (a) => a.meetingId),
    );
  }

  agendaItem(ctx: RequestContext): DataLoader<string, AgendaItemRow | null> {
    return ctx.loaders.get('agendaItem.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.agendaService.agendaItemsByIds(ids), (a) => a.id),
    );
  }

  /** Attendance (derived while SCHEDULED, recorded after), gaps and quorum of a meeting. */
  attendance(ctx: RequestContext): DataLoader<string, MeetingAttendance> {
    return ctx.loaders.get('attendance.byMeeting', async (ids: readonly string[]) => {
      const summaries = await this.views.summaries(this.db, ids, {
        meetings: async (keys) => present(await this.meeting(ctx).loadMany(keys)),
        bodies: async (keys) => present(await this.org.body(ctx).loadMany(keys)),
        seats: async (keys) => (await this.bodySeats(ctx).loadMany(keys)).flatMap((s) => (s instanceof Error ? [] : s)),
        chairTerms: async (keys) => {
          const terms = await this.org.chairTerms(ctx).loadMany(keys);
          return new Map(keys.map((k, i) => [k, present([terms[i]]).flat()]));
        },
        participants: async (keys) => present(await this.org.participant(ctx).loadMany(keys)),
      });
      return ids.map((id) => summaries.get(id) ?? EMPTY);
    });
  }

  boycott(ctx: RequestContext): DataLoader<string, BoycottRow | null> {
    return ctx.loaders.get('boycott.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.boycotts.boycottsByIds(ids), (b) => b.id),
    );
  }

  /** Body.meetings pages; one loader per (first, after), so bodies listed together share a query. */
  bodyMeetings(
    ctx: RequestContext,
    first: number | null | undefined,
    after: string | null | undefined,
  ): DataLoader<string, MeetingPage> {
    return ctx.loaders.get(`meeting.byBody:${first ?? ''}:${after ?? ''}`, (ids: readonly string[]) =>
      this.reads.meetingsOfBodies(ids, first, after),
    );
  }
}
