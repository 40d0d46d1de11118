// A meeting's attendance as it is shown (docs/rules.md, "Attendance and boycotts"). While a meeting
// is SCHEDULED its attendance is DERIVED when read, from the declarations (suspension, boycotts in
// force, the latest record: deriveAttendance), so any read right after a boycott, a reschedule, a
// membership, status or chair change shows the result without anything being rewritten. From
// opening on, attendance_record is the attendance. Gaps and quorum are decided by
// meetingAttendanceSummary; this file only gathers the facts, in a constant number of statements.
import { Injectable } from '@nestjs/common';
import {
  deriveAttendance,
  meetingAttendanceSummary,
  type AttendanceStatus,
  type BoycottFact,
  type ChairTermFact,
  type MeetingFact,
} from '#consensus';
import type { Sql } from '../platform/database/database.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { isUuid } from '../platform/errors.js';
import { AttendanceRepository, type AttendanceRecordRow } from './attendance.repository.js';
import { BoycottsRepository } from './boycotts.repository.js';
import { meetingFact } from './meeting-facts.js';
import { MeetingsRepository, type MeetingRow } from './meetings.repository.js';
import {
  OrganisationReadModel,
  type BodyRow,
  type ParticipantRow,
  type SeatRow,
} from '../organisation/organisation.read-model.js';

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

/**
 * Where the organisation's facts come from: straight from the read models (inside a transaction),
 * or through a request's DataLoaders (so a meeting view shares them with its other fields).
 */
export interface OrganisationSource {
  meetings(ids: readonly string[]): Promise<MeetingRow[]>;
  bodies(ids: readonly string[]): Promise<BodyRow[]>;
  seats(bodyIds: readonly string[]): Promise<SeatRow[]>;
  chairTerms(bodyIds: readonly string[]): Promise<Map<string, ChairTermFact[]>>;
  participants(ids: readonly string[]): Promise<ParticipantRow[]>;
}

/** The participant of a seat, as a meeting's attendance and gaps show it. */
export function participantOfSeat(s: SeatRow): ParticipantRow {
  return { id: s.participantId, code: s.code, name: s.name, kind: s.kind, status: s.status, createdAt: s.createdAt };
}

function byCode(a: AttendanceView, b: AttendanceView): number {
  // Code-unit order, as PostgreSQL's C collation sorts codes.
  return a.participant.code < b.participant.code ? -1 : a.participant.code > b.participant.code ? 1 : 0;
}

function recorded(r: AttendanceRecordRow, participant: ParticipantRow, derived: boolean): AttendanceView {
  return { ...r, participant, derived };
}

@Injectable()
export class AttendanceViews {
  constructor(
    private readonly settings: OrganizationSettings,
    private readonly meetingsRepo: MeetingsRepository,
    private readonly attendanceRepo: AttendanceRepository,
    private readonly boycottsRepo: BoycottsRepository,
    private readonly organisation: OrganisationReadModel,
  ) {}

  /** The organisation's facts read with `sql` (a Tx inside a transaction). */
  sourceOf(sql: Sql): OrganisationSource {
    return {
      meetings: (ids) => this.meetingsRepo.byIds(sql, ids),
      bodies: (ids) => this.organisation.bodiesByIds(sql, ids),
      seats: (ids) => this.organisation.seatsOfBodies(sql, ids),
      chairTerms: (ids) => this.organisation.chairTermsOfBodies(sql, ids),
      participants: (ids) => this.organisation.participantsByIds(sql, ids),
    };
  }

  /** One meeting's attendance ([] for an unknown meeting). */
  async ofMeeting(sql: Sql, meetingId: string): Promise<AttendanceView[]> {
    return (await this.summaries(sql, [meetingId])).get(meetingId)?.attendance ?? [];
  }

  /**
   * Attendance, gaps and quorum of several meetings: the meetings, their bodies and seats and the
   * attendance rows; for SCHEDULED meetings, chair terms and candidate boycotts too. Never one
   * statement per meeting or per participant.
   */
  async summaries(
    sql: Sql,
    meetingIds: readonly string[],
    source: OrganisationSource = this.sourceOf(sql),
  ): Promise<Map<string, MeetingAttendance>> {
    const result = new Map<string, MeetingAttendance>();
    const ids = [...new Set(meetingIds.filter(isUuid))];
    if (ids.length === 0) return result;
    const meetings = await source.meetings(ids);
    if (meetings.length === 0) return result;
    const bodyIds = [...new Set(meetings.map((m) => m.bodyId))];
    const scheduled = meetings.filter((m) => m.status === 'SCHEDULED');
    const [bodies, seats, records, facts] = await Promise.all([
      source.bodies(bodyIds),
      source.seats(bodyIds),
      this.attendanceRepo.ofMeetings(
        sql,
        meetings.map((m) => m.id),
      ),
      this.factsOf(scheduled, source),
    ]);
    const boycotts = await this.boycottsRepo.candidates(sql, [...facts.values()]);
    // Recorded rows of participants who no longer sit on the body still show (held meetings).
    const seated = new Map(seats.map((s) => [`${s.bodyId}:${s.participantId}`, s]));
    const bodyOf = new Map(meetings.map((m) => [m.id, m.bodyId]));
    const unseated = records.filter(
      (r) => !facts.has(r.meetingId) && !seated.has(`${bodyOf.get(r.meetingId)}:${r.participantId}`),
    );
    const others = unseated.length
      ? new Map((await source.participants([...new Set(unseated.map((r) => r.participantId))])).map((p) => [p.id, p]))
      : new Map<string, ParticipantRow>();
    const now = new Date();
    for (const m of meetings) {
      const bodySeats = seats.filter((s) => s.bodyId === m.bodyId);
      const rows = records.filter((r) => r.meetingId === m.id);
      const fact = facts.get(m.id);
      const attendance = fact
        ? this.derive(m, fact, bodySeats, rows, boycotts, now)
        : rows
            .map((r) => {
              const seat = seated.get(`${m.bodyId}:${r.participantId}`);
              const participant = seat ? participantOfSeat(seat) : others.get(r.participantId);
              return participant ? recorded(r, participant, false) : null;
            })
            .filter((v): v is AttendanceView => v !== null)
            .sort(byCode);
      const summary = meetingAttendanceSummary({
        status: m.status,
        adjournedAt: m.adjournedAt,
        updatedAt: m.updatedAt,
        quorum: bodies.find((b) => b.id === m.bodyId)?.quorum ?? null,
        seats: bodySeats,
        attendance: attendance.map((a) => ({ ...a, kind: a.participant.kind })),
      });
      const seatOf = new Map(bodySeats.map((s) => [s.participantId, s]));
      result.set(m.id, {
        attendance,
        gaps: summary.gaps.map((id) => participantOfSeat(seatOf.get(id) as SeatRow)),
        quorumMet: summary.quorumMet,
        presentMembers: summary.presentMembers,
      });
    }
    return result;
  }

  /** The MeetingFact (date, chair) of each SCHEDULED meeting, by meeting id. */
  private async factsOf(scheduled: MeetingRow[], source: OrganisationSource): Promise<Map<string, MeetingFact>> {
    const facts = new Map<string, MeetingFact>();
    if (scheduled.length === 0) return facts;
    const [{ timeZone }, terms] = await Promise.all([
      this.settings.get(),
      source.chairTerms([...new Set(scheduled.map((m) => m.bodyId))]),
    ]);
    for (const m of scheduled) facts.set(m.id, meetingFact(m, terms.get(m.bodyId) ?? [], timeZone));
    return facts;
  }

  private derive(
    m: MeetingRow,
    fact: MeetingFact,
    seats: SeatRow[],
    rows: AttendanceRecordRow[],
    boycotts: BoycottFact[],
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
        views.push(recorded(row, participantOfSeat(seat), true));
        continue;
      }
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
    return views;
  }
}
