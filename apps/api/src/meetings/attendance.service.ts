// Attendance at meetings (docs/rules.md "Attendance and boycotts"). While a meeting is SCHEDULED, its
// attendance is DERIVED when read, from the declarations (suspension, boycotts in force, the latest
// record), so any read right after a boycott, a reschedule, a membership, status or chair change
// shows the result without anything being rewritten. openMeeting (and cancelMeeting) FREEZE that
// derivation into attendance_record; from then on the table is the attendance, changed only by
// recordAttendance, and never once the meeting is ADJOURNED or CANCELLED. So a suspension or a
// boycott never rewrites a meeting already held, and the decisions area may read attendance of an
// IN_SESSION meeting straight from attendance_record.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  boycottBlockingRecord,
  deriveAttendance,
  isPresent,
  recordableStatus,
  type AttendanceStatus,
  type MeetingFact,
  type MeetingStatus,
  type ParticipantKind,
  type ParticipantStatus,
} from '#consensus';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { BadInput, Conflict, Forbidden, NotFound, RuleViolation, isUuid } from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { groupBy } from '../platform/graphql/loaders.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import type { RecordAttendanceInput } from './inputs/meeting.inputs.js';
import { candidateBoycotts, chairTermsOfBodies, meetingFact } from './meeting-facts.js';
import { MeetingStore, type MeetingRow } from './meeting.store.js';

/** A participant as read with its seat or attendance (the GraphQL Participant's fields). */
export interface ParticipantRow {
  id: string;
  code: string;
  name: string;
  kind: ParticipantKind;
  status: ParticipantStatus;
  createdAt: Date;
}

/** One participant's attendance at one meeting, as shown (derived or recorded). */
export interface AttendanceView {
  meetingId: string;
  participantId: string;
  /** Carried, so a view never loads its participants one by one. */
  participant: ParticipantRow;
  status: AttendanceStatus;
  /** The boycott behind a BOYCOTT status, else null. */
  boycottId: string | null;
  note: string | null;
  /** null: set by Concord (a boycott or a suspension). */
  recordedByUserId: string | null;
  byOwnDelegate: boolean;
  recordedAt: Date;
  /** true: derived from declarations (meeting SCHEDULED); false: read from attendance_record. */
  derived: boolean;
}

/** A meeting's attendance with what the contract derives from it. */
export interface MeetingAttendance {
  attendance: AttendanceView[];
  /** Members (kind PARTICIPANT) with no attendance, by participant code. */
  gaps: ParticipantRow[];
  /** Members PRESENT or REMOTE against the body's quorum (no quorum: true). */
  quorumMet: boolean;
  presentMembers: number;
}

export interface SeatRow {
  bodyId: string;
  participantId: string;
  code: string;
  name: string;
  kind: ParticipantKind;
  status: ParticipantStatus;
  createdAt: Date;
  addedAt: Date;
}

export function participantOfSeat(s: SeatRow): ParticipantRow {
  return { id: s.participantId, code: s.code, name: s.name, kind: s.kind, status: s.status, createdAt: s.createdAt };
}

interface RecordRow {
  meetingId: string;
  participantId: string;
  code: string;
  name: string;
  kind: ParticipantKind;
  participantStatus: ParticipantStatus;
  participantCreatedAt: Date;
  status: AttendanceStatus;
  note: string | null;
  boycottId: string | null;
  recordedByUserId: string | null;
  byOwnDelegate: boolean;
  recordedAt: Date;
}

@Injectable()
export class AttendanceService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly org: OrganizationSettings,
    private readonly store: MeetingStore,
  ) {}

  // ------------------------------------------------------------------ reads

  /** Attendance of several meetings in a constant number of queries (for per-request loaders). */
  async attendanceForMeetings(
    meetingIds: readonly string[],
    em?: EntityManager,
  ): Promise<Map<string, AttendanceView[]>> {
    const summaries = await this.summariesForMeetings(meetingIds, em);
    return new Map([...summaries].map(([id, s]) => [id, s.attendance]));
  }

  /** One meeting's attendance inside a transaction ([] for an unknown meeting). */
  async attendanceForMeeting(em: EntityManager, meetingId: string): Promise<AttendanceView[]> {
    return (await this.attendanceForMeetings([meetingId], em)).get(meetingId) ?? [];
  }

  /**
   * Attendance, gaps and quorum of several meetings: the meetings, their bodies' seats and the
   * attendance rows in three queries; for SCHEDULED meetings, chair terms and candidate boycotts
   * in two more. Never one query per meeting or per participant.
   */
  async summariesForMeetings(
    meetingIds: readonly string[],
    em: EntityManager = this.tx.dataSource.manager,
  ): Promise<Map<string, MeetingAttendance>> {
    const result = new Map<string, MeetingAttendance>();
    const ids = [...new Set(meetingIds.filter(isUuid))];
    if (ids.length === 0) return result;
    const meetings = await this.store.meetingsByIds(em, ids);
    if (meetings.length === 0) return result;
    const bodyIds = [...new Set(meetings.map((m) => m.bodyId))];
    const [seats, records] = await Promise.all([
      this.seatsOfBodies(bodyIds, em),
      this.recordsOf(
        em,
        meetings.map((m) => m.id),
      ),
    ]);
    const scheduled = meetings.filter((m) => m.status === 'SCHEDULED');
    const facts = new Map<string, MeetingFact>();
    let boycotts: Awaited<ReturnType<typeof candidateBoycotts>> = [];
    if (scheduled.length > 0) {
      const { timeZone } = await this.org.get();
      const terms = await chairTermsOfBodies(em, [...new Set(scheduled.map((m) => m.bodyId))]);
      for (const m of scheduled) facts.set(m.id, meetingFact(m, terms.get(m.bodyId) ?? [], timeZone));
      boycotts = await candidateBoycotts(em, [...facts.values()]);
    }
    const now = new Date();
    const seatsByBody = groupBy(bodyIds, seats, (s) => s.bodyId);
    const rowsByMeeting = groupBy(
      meetings.map((m) => m.id),
      records,
      (r) => r.meetingId,
    );
    meetings.forEach((m, i) => {
      const bodySeats = seatsByBody[bodyIds.indexOf(m.bodyId)];
      const rows = rowsByMeeting[i];
      const fact = facts.get(m.id);
      const attendance = fact ? this.derive(m, fact, bodySeats, rows, boycotts, now) : rows.map((r) => this.fromRow(r));
      result.set(m.id, this.summarise(m, attendance, bodySeats, rows));
    });
    return result;
  }

  private derive(
    m: MeetingRow,
    fact: MeetingFact,
    seats: SeatRow[],
    rows: RecordRow[],
    boycotts: Awaited<ReturnType<typeof candidateBoycotts>>,
    now: Date,
  ): AttendanceView[] {
    const views: AttendanceView[] = [];
    const rowOf = new Map(rows.map((r) => [r.participantId, r]));
    for (const seat of seats) {
      const row = rowOf.get(seat.participantId) ?? null;
      const d = deriveAttendance({
        participant: { id: seat.participantId, status: seat.status },
        meeting: fact,
        boycotts,
        latestRecord: row,
      });
      if (d === null) continue;
      if (d.source === 'RECORD' && row) {
        views.push({ ...this.fromRow(row), derived: true });
      } else {
        const boycott = d.boycottId ? boycotts.find((b) => b.id === d.boycottId) : undefined;
        views.push({
          meetingId: m.id,
          participantId: seat.participantId,
          participant: participantOfSeat(seat),
          status: d.status,
          boycottId: d.boycottId,
          note: null,
          recordedByUserId: null,
          byOwnDelegate: false,
          // A boycott takes effect when declared; a suspension is shown as of this reading.
          recordedAt: boycott ? boycott.declaredAt : now,
          derived: true,
        });
      }
    }
    return views;
  }

  private fromRow(r: RecordRow): AttendanceView {
    return {
      meetingId: r.meetingId,
      participantId: r.participantId,
      participant: {
        id: r.participantId,
        code: r.code,
        name: r.name,
        kind: r.kind,
        status: r.participantStatus,
        createdAt: r.participantCreatedAt,
      },
      status: r.status,
      boycottId: r.boycottId,
      note: r.note,
      recordedByUserId: r.recordedByUserId,
      byOwnDelegate: r.byOwnDelegate,
      recordedAt: r.recordedAt,
      derived: false,
    };
  }

  private summarise(
    m: MeetingRow,
    attendance: AttendanceView[],
    seats: SeatRow[],
    rows: RecordRow[],
  ): MeetingAttendance {
    // A held meeting keeps the gaps it had: members seated after it was adjourned or cancelled are
    // not its gaps. (SCHEDULED and IN_SESSION meetings count today's members.)
    const frozenAt = m.status === 'ADJOURNED' ? m.adjournedAt : m.status === 'CANCELLED' ? m.updatedAt : null;
    const members = seats.filter((s) => s.kind === 'PARTICIPANT' && (frozenAt === null || s.addedAt <= frozenAt));
    const shown = new Set(attendance.map((a) => a.participantId));
    const gaps = members.filter((s) => !shown.has(s.participantId)).map(participantOfSeat);
    const memberIds = new Set(seats.filter((s) => s.kind === 'PARTICIPANT').map((s) => s.participantId));
    // Kind is fixed for a participant; a frozen row of a member since removed still counted then.
    const kindOf = new Map(rows.map((r) => [r.participantId, r.kind]));
    const presentMembers = attendance.filter(
      (a) =>
        isPresent(a.status) &&
        (memberIds.has(a.participantId) || (!a.derived && kindOf.get(a.participantId) === 'PARTICIPANT')),
    ).length;
    const quorumMet = m.quorum === null || presentMembers >= m.quorum;
    return { attendance, gaps, quorumMet, presentMembers };
  }

  /** The seats (members and observers) of bodies with their participants, by participant code. */
  seatsOfBodies(bodyIds: readonly string[], em: EntityManager = this.tx.dataSource.manager): Promise<SeatRow[]> {
    return em.query(
      `SELECT m.body_id AS "bodyId", p.id AS "participantId", p.code, p.name, p.kind, p.status, p.created_at AS "createdAt",
              m.added_at AS "addedAt"
         FROM body_membership m JOIN participant p ON p.id = m.participant_id
        WHERE m.body_id = ANY($1) ORDER BY p.code`,
      [bodyIds.filter(isUuid)],
    );
  }

  private recordsOf(em: EntityManager, meetingIds: string[]): Promise<RecordRow[]> {
    return em.query(
      `SELECT a.meeting_id AS "meetingId", a.participant_id AS "participantId", p.code, p.name, p.kind,
              p.status AS "participantStatus", p.created_at AS "participantCreatedAt", a.status, a.note,
              a.boycott_id AS "boycottId", a.recorded_by_user_id AS "recordedByUserId", a.by_own_delegate AS "byOwnDelegate",
              a.recorded_at AS "recordedAt"
         FROM attendance_record a JOIN participant p ON p.id = a.participant_id
        WHERE a.meeting_id = ANY($1) ORDER BY p.code`,
      [meetingIds],
    );
  }

  // ------------------------------------------------------------------ freezing (openMeeting, cancelMeeting)

  /**
   * Writes the derived attendance of a SCHEDULED meeting into attendance_record, in the caller's
   * transaction (the meeting row locked by it): SUSPENDED and BOYCOTT rows set by Concord
   * (recorded_by_user_id NULL, the boycott linked), recorded rows kept, rows of participants who no
   * longer sit on the body dropped. Returns what it set, for the caller's audit entry.
   */
  async freeze(
    em: EntityManager,
    meetingId: string,
  ): Promise<{ participantId: string; status: AttendanceStatus; boycottId: string | null }[]> {
    const views = await this.attendanceForMeeting(em, meetingId);
    const kept = views.map((v) => v.participantId);
    await em.query(`DELETE FROM attendance_record WHERE meeting_id = $1 AND NOT (participant_id = ANY($2))`, [
      meetingId,
      kept,
    ]);
    const system = views.filter((v) => v.recordedByUserId === null && !recordableStatus(v.status));
    if (system.length > 0) {
      await em.query(
        `INSERT INTO attendance_record (meeting_id, participant_id, status, boycott_id, note, recorded_by_user_id, by_own_delegate, recorded_at)
         SELECT $1, x.participant_id, x.status, x.boycott_id, NULL, NULL, false, now()
           FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS x(participant_id, status, boycott_id)
         ON CONFLICT (meeting_id, participant_id) DO UPDATE
           SET status = EXCLUDED.status, boycott_id = EXCLUDED.boycott_id, note = NULL, recorded_by_user_id = NULL,
               by_own_delegate = false, recorded_at = EXCLUDED.recorded_at`,
        [meetingId, system.map((v) => v.participantId), system.map((v) => v.status), system.map((v) => v.boycottId)],
      );
    }
    return system.map((v) => ({ participantId: v.participantId, status: v.status, boycottId: v.boycottId }));
  }

  // ------------------------------------------------------------------ recordAttendance

  async recordAttendance(actor: CurrentUser | null, input: RecordAttendanceInput): Promise<AttendanceView> {
    const user = this.access.requireUser(actor);
    if (!recordableStatus(input.status)) {
      throw new BadInput(
        'status',
        `${input.status} is set by Concord only (from boycotts and participant status); record PRESENT, REMOTE, ABSENT or EXCUSED.`,
      );
    }
    const view = await this.tx.run(async (em) => {
      const meeting = await this.store.lockMeeting(em, input.meetingId);
      const byOwnDelegate = this.access.isOwnDelegate(user, input.participantId);
      if (!byOwnDelegate && !(await this.access.hasChairPowers(em, user, meeting.bodyId, meeting.startsAt))) {
        const day = await this.access.dayOf(meeting.startsAt);
        throw new Forbidden(
          `chair powers on ${meeting.bodyCode} on ${day} (its chair or vice-chair in office then, or the SECRETARIAT role), or being a delegate of that participant`,
        );
      }
      this.requireAttendanceOpen(meeting.status);
      const seat = await this.seatOf(em, meeting.bodyId, input.participantId);
      if (seat.status === 'SUSPENDED') {
        throw new Conflict(
          `${seat.code} is suspended: its attendance is shown as SUSPENDED automatically and cannot be recorded.`,
        );
      }
      const { timeZone } = await this.org.get();
      const terms = await chairTermsOfBodies(em, [meeting.bodyId]);
      const fact = meetingFact(meeting, terms.get(meeting.bodyId) ?? [], timeZone);
      const blocking = boycottBlockingRecord({
        participantId: seat.participantId,
        meeting: fact,
        boycotts: await candidateBoycotts(em, [fact], [seat.participantId]),
        byOwnDelegate,
      });
      if (blocking) {
        throw new RuleViolation(
          'BOYCOTT_IN_FORCE',
          `${seat.code} boycotts this meeting: only a delegate of ${seat.code} may record its attendance.`,
          { boycottId: blocking.id, participant: seat.code },
        );
      }
      const previous: RecordRow[] = await em.query(
        `SELECT a.status, a.note, a.boycott_id AS "boycottId", a.recorded_by_user_id AS "recordedByUserId",
                a.by_own_delegate AS "byOwnDelegate", a.recorded_at AS "recordedAt"
           FROM attendance_record a WHERE a.meeting_id = $1 AND a.participant_id = $2 FOR UPDATE`,
        [meeting.id, seat.participantId],
      );
      const saved: RecordRow[] = await em.query(
        `INSERT INTO attendance_record AS a (meeting_id, participant_id, status, note, boycott_id, recorded_by_user_id, by_own_delegate, recorded_at)
         VALUES ($1, $2, $3, $4, NULL, $5, $6, clock_timestamp())
         ON CONFLICT (meeting_id, participant_id) DO UPDATE
           SET status = EXCLUDED.status, note = EXCLUDED.note, boycott_id = NULL, recorded_by_user_id = EXCLUDED.recorded_by_user_id,
               by_own_delegate = EXCLUDED.by_own_delegate, recorded_at = EXCLUDED.recorded_at
         RETURNING a.meeting_id AS "meetingId", a.participant_id AS "participantId", a.status, a.note, a.boycott_id AS "boycottId",
                   a.recorded_by_user_id AS "recordedByUserId", a.by_own_delegate AS "byOwnDelegate", a.recorded_at AS "recordedAt"`,
        [meeting.id, seat.participantId, input.status, input.note ?? null, user.id, byOwnDelegate],
      );
      const before = previous[0] ?? null;
      await this.audit.append(em, {
        actor: user,
        action: 'recordAttendance',
        entity: 'Meeting',
        entityId: meeting.id,
        details: {
          meeting: meeting.title,
          participant: seat.code,
          status: input.status,
          note: input.note ?? null,
          byOwnDelegate,
          previous: before
            ? {
                status: before.status,
                note: before.note,
                boycottId: before.boycottId,
                recordedByUserId: before.recordedByUserId,
                byOwnDelegate: before.byOwnDelegate,
                recordedAt: before.recordedAt,
              }
            : null,
        },
      });
      return this.fromRow({
        ...saved[0],
        code: seat.code,
        name: seat.name,
        kind: seat.kind,
        participantStatus: seat.status,
        participantCreatedAt: seat.createdAt,
      });
    });
    await this.events.publish(`meetingUpdated:${view.meetingId}`, { id: view.meetingId });
    return view;
  }

  /** ADJOURNED and CANCELLED meetings never change their attendance. */
  private requireAttendanceOpen(status: MeetingStatus): void {
    if (status === 'ADJOURNED' || status === 'CANCELLED') {
      throw new Conflict(`The meeting is ${status}: its attendance no longer changes.`);
    }
  }

  private async seatOf(em: EntityManager, bodyId: string, participantId: string): Promise<SeatRow> {
    if (!isUuid(participantId)) throw new NotFound('participant', participantId);
    const rows: (Omit<SeatRow, 'bodyId'> & { bodyId: string | null })[] = await em.query(
      `SELECT m.body_id AS "bodyId", p.id AS "participantId", p.code, p.name, p.kind, p.status, p.created_at AS "createdAt",
              m.added_at AS "addedAt"
         FROM participant p LEFT JOIN body_membership m ON m.participant_id = p.id AND m.body_id = $2
        WHERE p.id = $1`,
      [participantId, bodyId],
    );
    if (rows.length === 0) throw new NotFound('participant', participantId);
    const seat = rows[0];
    if (seat.bodyId === null) {
      throw new BadInput(
        'participantId',
        `${seat.code} does not sit on this meeting's body (as a member or an observer).`,
      );
    }
    return seat as SeatRow;
  }
}
