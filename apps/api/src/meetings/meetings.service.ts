// Use cases of meetings: scheduling and the lifecycle (SCHEDULED -> IN_SESSION -> ADJOURNED;
// SCHEDULED -> CANCELLED), the agenda, and the meeting lists. Each mutation is one transaction: the
// meeting row locked, chair powers judged at the meeting's startsAt (docs/rules.md "Chair powers"), the
// change, one audit entry; meetingUpdated is published after the commit.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { localDate, meetingLifecycle, transitionProblem, type MeetingStatus } from '#consensus';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { BadInput, Conflict, NotFound, isUuid } from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import { connectionFrom, decodeCursor, encodeCursor, pageSize } from '../platform/graphql/pagination.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { AttendanceService } from './attendance.service.js';
import type { AgendaItemInput, ScheduleMeetingInput } from './inputs/meeting.inputs.js';
import {
  MEETING_COLUMNS,
  MEETING_FROM,
  MeetingStore,
  participantJson,
  updateReturning,
  type MeetingRow,
  type ParticipantJson,
} from './meeting.store.js';

export interface AgendaItemRow {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  description: string | null;
  kind: AgendaItemInput['kind'];
  proposedById: string | null;
  /** Carried by reads (joined), so an agenda never loads its proposers one by one. */
  proposedBy?: ParticipantJson | null;
}

export const AGENDA_COLUMNS = `a.id, a.meeting_id AS "meetingId", a.position, a.title, a.description, a.kind,
  a.proposed_by_participant_id AS "proposedById"`;

export interface MeetingPage {
  edges: { cursor: string; node: MeetingRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function cursorOf(m: MeetingRow): string {
  return encodeCursor([m.startsAt.toISOString(), m.id]);
}

/** The (startsAt, id) a cursor stands for; a cursor we did not make is BAD_USER_INPUT on `after`. */
function afterKey(after: string | null | undefined): [string, string] | null {
  const parts = decodeCursor(after, 2);
  if (parts === null) return null;
  const [at, id] = parts;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id)) {
    throw new BadInput('after', 'after is not a cursor this list gave out.');
  }
  return [at, id];
}

function requireEndsAfterStart(startsAt: Date, endsAt: Date): void {
  if (!(endsAt.getTime() > startsAt.getTime())) throw new BadInput('endsAt', 'endsAt must be after startsAt.');
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly org: OrganizationSettings,
    private readonly organisation: OrganisationService,
    private readonly store: MeetingStore,
    private readonly attendance: AttendanceService,
  ) {}

  private get em(): EntityManager {
    return this.tx.dataSource.manager;
  }

  // ------------------------------------------------------------------ reads

  async meeting(actor: CurrentUser | null, id: string): Promise<MeetingRow | null> {
    this.access.requireUser(actor);
    return this.store.findMeeting(this.em, id);
  }

  meetingsByIds(ids: readonly string[]): Promise<MeetingRow[]> {
    return this.store.meetingsByIds(this.em, ids);
  }

  /** Meetings in order of startsAt (then id), optionally of one body and starting in [from, to). */
  async meetings(
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
    if (args.bodyId !== undefined && args.bodyId !== null && !isUuid(args.bodyId))
      return connectionFrom([], first, cursorOf);
    const rows: MeetingRow[] = await this.em.query(
      `SELECT ${MEETING_COLUMNS} FROM ${MEETING_FROM}
        WHERE ($1::uuid IS NULL OR m.body_id = $1)
          AND ($2::timestamptz IS NULL OR m.starts_at >= $2)
          AND ($3::timestamptz IS NULL OR m.starts_at < $3)
          AND ($4::timestamptz IS NULL OR (m.starts_at, m.id) > ($4::timestamptz, $5::uuid))
        ORDER BY m.starts_at, m.id LIMIT $6`,
      [args.bodyId ?? null, args.from ?? null, args.to ?? null, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return connectionFrom(rows, first, cursorOf);
  }

  /** Body.meetings for several bodies with the same page arguments, in one query (a loader's batch). */
  async meetingsOfBodies(
    bodyIds: readonly string[],
    firstArg: number | null | undefined,
    afterArg: string | null | undefined,
  ): Promise<MeetingPage[]> {
    const first = pageSize(firstArg);
    const after = afterKey(afterArg);
    const rows: (MeetingRow & { rank: number })[] = await this.em.query(
      `SELECT * FROM (
         SELECT ${MEETING_COLUMNS}, row_number() OVER (PARTITION BY m.body_id ORDER BY m.starts_at, m.id) AS rank
           FROM ${MEETING_FROM}
          WHERE m.body_id = ANY($1)
            AND ($2::timestamptz IS NULL OR (m.starts_at, m.id) > ($2::timestamptz, $3::uuid))
       ) x WHERE x.rank <= $4 ORDER BY x."startsAt", x.id`,
      [bodyIds.filter(isUuid), after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return bodyIds.map((id) =>
      connectionFrom(
        rows.filter((r) => r.bodyId === id),
        first,
        cursorOf,
      ),
    );
  }

  agendaOfMeetings(meetingIds: readonly string[]): Promise<AgendaItemRow[]> {
    return this.em.query(
      `SELECT ${AGENDA_COLUMNS}, ${participantJson('pp')} AS "proposedBy"
         FROM agenda_item a LEFT JOIN participant pp ON pp.id = a.proposed_by_participant_id
        WHERE a.meeting_id = ANY($1) ORDER BY a.meeting_id, a.position`,
      [meetingIds.filter(isUuid)],
    );
  }

  agendaItemsByIds(ids: readonly string[]): Promise<AgendaItemRow[]> {
    return this.em.query(
      `SELECT ${AGENDA_COLUMNS}, ${participantJson('pp')} AS "proposedBy"
         FROM agenda_item a LEFT JOIN participant pp ON pp.id = a.proposed_by_participant_id WHERE a.id = ANY($1)`,
      [ids.filter(isUuid)],
    );
  }

  /** The organisation-local day of a meeting (its date for chair terms and boycotts). */
  async dayOf(at: Date): Promise<string> {
    const { timeZone } = await this.org.get();
    return localDate(at, timeZone);
  }

  // ------------------------------------------------------------------ scheduling

  async scheduleMeeting(actor: CurrentUser | null, input: ScheduleMeetingInput): Promise<MeetingRow> {
    const user = this.access.requireUser(actor);
    const meeting = await this.tx.run(async (em) => {
      const m = await this.scheduleInTransaction(em, user, input);
      await this.audit.append(em, {
        actor: user,
        action: 'scheduleMeeting',
        entity: 'Meeting',
        entityId: m.id,
        details: {
          body: m.bodyCode,
          title: m.title,
          kind: m.kind,
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          location: m.location,
        },
      });
      return m;
    });
    return meeting;
  }

  /**
   * Schedules a meeting inside the caller's transaction, with the same checks as scheduleMeeting
   * (endsAt after startsAt; chair powers on the body at the new meeting's startsAt; past dates
   * allowed) but no audit entry: the caller's use case writes its own one entry (accepting a
   * meeting request schedules its meeting this way).
   */
  async scheduleInTransaction(
    em: EntityManager,
    actor: CurrentUser | null,
    input: ScheduleMeetingInput,
  ): Promise<MeetingRow> {
    const user = this.access.requireUser(actor);
    requireEndsAfterStart(input.startsAt, input.endsAt);
    const body = await this.organisation.findBody(em, input.bodyId);
    await this.access.requireChairPowers(em, user, body, input.startsAt);
    const rows: { id: string }[] = await em.query(
      `INSERT INTO meeting (body_id, title, kind, status, starts_at, ends_at, location)
       VALUES ($1, $2, $3, 'SCHEDULED', $4, $5, $6) RETURNING id`,
      [body.id, input.title.trim(), input.kind, input.startsAt, input.endsAt, input.location?.trim() || null],
    );
    return (await this.store.findMeeting(em, rows[0].id)) as MeetingRow;
  }

  async rescheduleMeeting(
    actor: CurrentUser | null,
    meetingId: string,
    startsAt: Date,
    endsAt: Date,
  ): Promise<MeetingRow> {
    const user = this.access.requireUser(actor);
    requireEndsAfterStart(startsAt, endsAt);
    return this.change(meetingId, async (em, m) => {
      await this.access.requireChairPowers(em, user, { id: m.bodyId, code: m.bodyCode }, m.startsAt);
      if (m.status !== 'SCHEDULED') {
        throw new Conflict(`A meeting cannot be rescheduled while ${m.status}: only a SCHEDULED meeting can.`);
      }
      const day = await this.dayOf(startsAt);
      await em.query(
        `UPDATE meeting SET starts_at = $2, ends_at = $3, sequence = sequence + 1, updated_at = now() WHERE id = $1`,
        [m.id, startsAt, endsAt],
      );
      // A MEETING boycott's period is its meeting's date, wherever the meeting moves.
      const moved = await updateReturning<{ id: string }>(
        em,
        `UPDATE boycott SET starts_on = $2, ends_on = $2 WHERE scope = 'MEETING' AND meeting_id = $1 RETURNING id`,
        [m.id, day],
      );
      await this.audit.append(em, {
        actor: user,
        action: 'rescheduleMeeting',
        entity: 'Meeting',
        entityId: m.id,
        details: {
          from: { startsAt: m.startsAt, endsAt: m.endsAt },
          to: { startsAt, endsAt },
          sequence: m.sequence + 1,
          meetingBoycottsMoved: moved.map((b) => b.id),
        },
      });
    });
  }

  async cancelMeeting(actor: CurrentUser | null, meetingId: string, reason: string): Promise<MeetingRow> {
    const user = this.access.requireUser(actor);
    return this.change(meetingId, async (em, m) => {
      await this.access.requireChairPowers(em, user, { id: m.bodyId, code: m.bodyCode }, m.startsAt);
      this.requireMove(m.status, 'CANCELLED');
      // The attendance as the declarations made it stays with the cancelled meeting.
      const frozen = await this.attendance.freeze(em, m.id);
      await em.query(
        `UPDATE meeting SET status = 'CANCELLED', cancellation_reason = $2, sequence = sequence + 1, updated_at = now() WHERE id = $1`,
        [m.id, reason.trim()],
      );
      await this.audit.append(em, {
        actor: user,
        action: 'cancelMeeting',
        entity: 'Meeting',
        entityId: m.id,
        details: {
          from: m.status,
          to: 'CANCELLED',
          reason: reason.trim(),
          sequence: m.sequence + 1,
          attendanceSet: frozen,
        },
      });
    });
  }

  async openMeeting(actor: CurrentUser | null, meetingId: string): Promise<MeetingRow> {
    const user = this.access.requireUser(actor);
    return this.change(meetingId, async (em, m) => {
      await this.access.requireChairPowers(em, user, { id: m.bodyId, code: m.bodyCode }, m.startsAt);
      this.requireMove(m.status, 'IN_SESSION');
      // Freeze the derived attendance: from now on only recordAttendance changes it.
      const frozen = await this.attendance.freeze(em, m.id);
      await em.query(`UPDATE meeting SET status = 'IN_SESSION', opened_at = now(), updated_at = now() WHERE id = $1`, [
        m.id,
      ]);
      await this.audit.append(em, {
        actor: user,
        action: 'openMeeting',
        entity: 'Meeting',
        entityId: m.id,
        details: { from: m.status, to: 'IN_SESSION', attendanceSet: frozen },
      });
    });
  }

  async adjournMeeting(actor: CurrentUser | null, meetingId: string): Promise<MeetingRow> {
    const user = this.access.requireUser(actor);
    return this.change(meetingId, async (em, m) => {
      await this.access.requireChairPowers(em, user, { id: m.bodyId, code: m.bodyCode }, m.startsAt);
      this.requireMove(m.status, 'ADJOURNED');
      const open: { id: string; reference: string }[] = await em.query(
        `SELECT id, reference FROM proposal WHERE status = 'OPEN' AND meeting_id = $1 ORDER BY reference`,
        [m.id],
      );
      if (open.length > 0) {
        throw new Conflict(
          `The meeting has OPEN proposals on its agenda (${open.map((p) => p.reference).join(', ')}): close or withdraw them before adjourning.`,
          { proposals: open.map((p) => p.reference) },
        );
      }
      await em.query(
        `UPDATE meeting SET status = 'ADJOURNED', adjourned_at = now(), updated_at = now() WHERE id = $1`,
        [m.id],
      );
      await this.audit.append(em, {
        actor: user,
        action: 'adjournMeeting',
        entity: 'Meeting',
        entityId: m.id,
        details: { from: m.status, to: 'ADJOURNED' },
      });
    });
  }

  // ------------------------------------------------------------------ agenda

  async addAgendaItem(actor: CurrentUser | null, input: AgendaItemInput): Promise<AgendaItemRow> {
    const user = this.access.requireUser(actor);
    const item = await this.tx.run(async (em) => {
      const m = await this.store.lockMeeting(em, input.meetingId);
      await this.access.requireChairPowers(em, user, { id: m.bodyId, code: m.bodyCode }, m.startsAt);
      this.requireAgendaOpen(m.status);
      // Anyone may have asked for an item, an observer too; the proposer need only exist.
      const proposer = input.proposedById ? await this.organisation.findParticipant(em, input.proposedById) : null;
      const rows: AgendaItemRow[] = await em.query(
        `INSERT INTO agenda_item AS a (meeting_id, position, title, description, kind, proposed_by_participant_id)
         VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = $1), $2, $3, $4, $5)
         RETURNING ${AGENDA_COLUMNS}`,
        [m.id, input.title.trim(), input.description ?? null, input.kind, proposer?.id ?? null],
      );
      await em.query(`UPDATE meeting SET updated_at = now() WHERE id = $1`, [m.id]);
      const created = rows[0];
      await this.audit.append(em, {
        actor: user,
        action: 'addAgendaItem',
        entity: 'AgendaItem',
        entityId: created.id,
        details: {
          meetingId: m.id,
          position: created.position,
          title: created.title,
          kind: created.kind,
          proposedBy: proposer?.code ?? null,
        },
      });
      return created;
    });
    await this.publish(item.meetingId);
    return item;
  }

  async reorderAgenda(actor: CurrentUser | null, meetingId: string, itemIds: string[]): Promise<MeetingRow> {
    const user = this.access.requireUser(actor);
    return this.change(meetingId, async (em, m) => {
      await this.access.requireChairPowers(em, user, { id: m.bodyId, code: m.bodyCode }, m.startsAt);
      this.requireAgendaOpen(m.status);
      const items: { id: string; title: string }[] = await em.query(
        `SELECT id, title FROM agenda_item WHERE meeting_id = $1 ORDER BY position`,
        [m.id],
      );
      const current = new Set(items.map((i) => i.id));
      const given = new Set(itemIds);
      if (given.size !== itemIds.length || itemIds.length !== items.length || itemIds.some((id) => !current.has(id))) {
        throw new BadInput(
          'itemIds',
          `itemIds must list each of the meeting's ${items.length} agenda items exactly once.`,
        );
      }
      await em.query(
        `UPDATE agenda_item a SET position = x.ord
           FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, ord)
          WHERE a.id = x.id AND a.meeting_id = $1`,
        [m.id, itemIds],
      );
      await em.query(`UPDATE meeting SET updated_at = now() WHERE id = $1`, [m.id]);
      await this.audit.append(em, {
        actor: user,
        action: 'reorderAgenda',
        entity: 'Meeting',
        entityId: m.id,
        details: { from: items.map((i) => i.id), to: itemIds },
      });
    });
  }

  // ------------------------------------------------------------------ helpers

  /** One mutation on one meeting: lock it, run `work`, re-read it, publish after the commit. */
  private async change(
    meetingId: string,
    work: (em: EntityManager, m: MeetingRow) => Promise<void>,
  ): Promise<MeetingRow> {
    const updated = await this.tx.run(async (em) => {
      const m = await this.store.lockMeeting(em, meetingId);
      await work(em, m);
      return (await this.store.findMeeting(em, m.id)) as MeetingRow;
    });
    await this.publish(updated.id);
    return updated;
  }

  private publish(meetingId: string): Promise<void> {
    return this.events.publish(`meetingUpdated:${meetingId}`, { id: meetingId });
  }

  private requireMove(from: MeetingStatus, to: MeetingStatus): void {
    const problem = transitionProblem(meetingLifecycle, from, to, 'meeting');
    if (problem) throw new Conflict(`${problem}.`, { from, to });
  }

  /** No agenda changes once a meeting is ADJOURNED or CANCELLED. */
  private requireAgendaOpen(status: MeetingStatus): void {
    if (status === 'ADJOURNED' || status === 'CANCELLED') {
      throw new Conflict(`The meeting is ${status}: its agenda no longer changes.`);
    }
  }

  /** NOT_FOUND unless the meeting exists (subscriptions check before listening). */
  async requireMeeting(id: string): Promise<MeetingRow> {
    const m = await this.store.findMeeting(this.em, id);
    if (!m) throw new NotFound('meeting', id);
    return m;
  }
}
