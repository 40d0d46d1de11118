// Use cases that change attendance (docs/rules.md, "Attendance and boycotts"): recordAttendance,
// and freezing the derived attendance when a meeting opens or is cancelled. From opening on,
// attendance_record is the attendance, changed only by recordAttendance and never once the meeting
// is final, so a suspension or a boycott never rewrites a meeting already held.
import { Injectable } from '@nestjs/common';
import { boycottBlockingRecord, recordableStatus } from '#consensus';
import type { CurrentUser } from '../platform/auth/current-user.js';
import type { Tx } from '../platform/database/database.js';
import { BadInput, Conflict, NotFound, RuleViolation } from '../platform/errors.js';
import { AttendanceRepository, type SystemAttendance } from './attendance.repository.js';
import { AttendanceViews, participantOfSeat, type AttendanceView } from './attendance-views.js';
import { BoycottsRepository } from './boycotts.repository.js';
import type { RecordAttendanceInput } from './inputs/meeting.inputs.js';
import { meetingFact } from './meeting-facts.js';
import { requireNotFinal } from './meeting-rules.js';
import { MeetingsKit } from './meetings-kit.js';
import { MeetingsRepository, type MeetingRow } from './meetings.repository.js';
import type { SeatRow } from '../organisation/organisation.read-model.js';

@Injectable()
export class AttendanceService {
  constructor(
    private readonly kit: MeetingsKit,
    private readonly meetings: MeetingsRepository,
    private readonly records: AttendanceRepository,
    private readonly boycotts: BoycottsRepository,
    private readonly views: AttendanceViews,
  ) {}

  /**
   * Writes the derived attendance of a SCHEDULED meeting into attendance_record, in the caller's
   * transaction (the meeting row locked by it): SUSPENDED and BOYCOTT rows set by Concord (no user,
   * the boycott linked), recorded rows kept, rows of participants who no longer sit on the body
   * dropped. Returns what it set, for the caller's audit entry.
   */
  async freeze(tx: Tx, meetingId: string): Promise<SystemAttendance[]> {
    const views = await this.views.ofMeeting(tx, meetingId);
    const system = views
      .filter((v) => v.recordedByUserId === null && !recordableStatus(v.status))
      .map((v) => ({ participantId: v.participantId, status: v.status, boycottId: v.boycottId }));
    await this.records.freeze(
      tx,
      meetingId,
      views.map((v) => v.participantId),
      system,
    );
    return system;
  }

  async recordAttendance(actor: CurrentUser | null, input: RecordAttendanceInput): Promise<AttendanceView> {
    const user = this.kit.access.requireUser(actor);
    if (!recordableStatus(input.status)) {
      throw new BadInput(
        'status',
        `${input.status} is set by Concord only (from boycotts and participant status); record PRESENT, REMOTE, ABSENT or EXCUSED.`,
      );
    }
    const view = await this.kit.db.transaction(async (tx) => {
      const meeting = await this.meetings.lock(tx, input.meetingId);
      // A delegate records its own participant; anyone else needs chair powers at the meeting's startsAt.
      const body = await this.kit.organisation.findBody(tx, meeting.bodyId);
      const { byOwnDelegate } = await this.kit.access.requireOwnDelegateOrChairPowers(
        tx,
        user,
        { id: input.participantId },
        body,
        meeting.startsAt,
      );
      requireNotFinal(meeting.status, 'attendance');
      const seat = await this.seatOf(tx, meeting.bodyId, input.participantId);
      if (seat.status === 'SUSPENDED') {
        throw new Conflict(
          `${seat.code} is suspended: its attendance is shown as SUSPENDED automatically and cannot be recorded.`,
        );
      }
      await this.requireNoBoycottAgainst(tx, meeting, seat, byOwnDelegate);
      const before = await this.records.lockOne(tx, meeting.id, seat.participantId);
      const saved = await this.records.record(tx, {
        meetingId: meeting.id,
        participantId: seat.participantId,
        status: input.status,
        note: input.note ?? null,
        userId: user.id,
        byOwnDelegate,
      });
      await this.kit.audit(tx, user, 'recordAttendance', ['Meeting', meeting.id], {
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
      });
      return { ...saved, participant: participantOfSeat(seat), derived: false };
    });
    await this.kit.published(view.meetingId);
    return view;
  }

  /** BOYCOTT_IN_FORCE unless no boycott in force covers the meeting, or the recorder is its own delegate. */
  private async requireNoBoycottAgainst(tx: Tx, meeting: MeetingRow, seat: SeatRow, byOwnDelegate: boolean) {
    const [timeZone, terms] = await Promise.all([
      this.kit.timeZone(),
      this.kit.organisation.chairTermsOfBodies(tx, [meeting.bodyId]),
    ]);
    const fact = meetingFact(meeting, terms.get(meeting.bodyId) ?? [], timeZone);
    const blocking = boycottBlockingRecord({
      participantId: seat.participantId,
      meeting: fact,
      boycotts: await this.boycotts.candidates(tx, [fact], [seat.participantId]),
      byOwnDelegate,
    });
    if (blocking) {
      throw new RuleViolation(
        'BOYCOTT_IN_FORCE',
        `${seat.code} boycotts this meeting: only a delegate of ${seat.code} may record its attendance.`,
        { boycottId: blocking.id, participant: seat.code },
      );
    }
  }

  /** The participant's seat on the body: NOT_FOUND for no participant, BAD_USER_INPUT for no seat. */
  private async seatOf(tx: Tx, bodyId: string, participantId: string): Promise<SeatRow> {
    const found = await this.kit.organisation.participantWithSeat(tx, bodyId, participantId);
    if (!found) throw new NotFound('participant', participantId);
    if (!found.seat) {
      throw new BadInput(
        'participantId',
        `${found.participant.code} does not sit on this meeting's body (as a member or an observer).`,
      );
    }
    return found.seat;
  }
}
