// Use cases of a meeting's lifecycle (docs/rules.md, "Lifecycles"): scheduling, rescheduling,
// cancelling, opening and adjourning (SCHEDULED -> IN_SESSION -> ADJOURNED; SCHEDULED -> CANCELLED).
// Each is one transaction: the meeting row locked, chair powers judged at the meeting's startsAt,
// the move checked against the lifecycle map, the change, one audit entry; meetingUpdated is
// published after the commit. Areas above may veto an adjournment (AdjournmentChecks).
import { Injectable } from '@nestjs/common';
import type { BodyRow } from '../organisation/organisation.read-model.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import type { Tx } from '../platform/database/database.js';
import { BadInput, Conflict } from '../platform/errors.js';
import { AdjournmentChecks } from './adjournment-checks.js';
import { AttendanceService } from './attendance.service.js';
import { BoycottsRepository } from './boycotts.repository.js';
import type { ScheduleMeetingInput } from './inputs/meeting.inputs.js';
import { requireMove } from './meeting-rules.js';
import { MeetingsKit } from './meetings-kit.js';
import { MeetingsRepository, type MeetingRow } from './meetings.repository.js';

function requireEndsAfterStart(startsAt: Date, endsAt: Date): void {
  if (!(endsAt.getTime() > startsAt.getTime())) throw new BadInput('endsAt', 'endsAt must be after startsAt.');
}

@Injectable()
export class MeetingLifecycleService {
  constructor(
    private readonly kit: MeetingsKit,
    private readonly meetings: MeetingsRepository,
    private readonly boycotts: BoycottsRepository,
    private readonly attendance: AttendanceService,
    private readonly adjournmentChecks: AdjournmentChecks,
  ) {}

  async scheduleMeeting(actor: CurrentUser | null, input: ScheduleMeetingInput): Promise<MeetingRow> {
    const user = this.kit.access.requireUser(actor);
    return this.kit.db.transaction(async (tx) => {
      const { meeting: m, body } = await this.schedule(tx, user, input);
      const { title, kind, startsAt, endsAt, location } = m;
      await this.kit.audit(tx, user, 'scheduleMeeting', ['Meeting', m.id], {
        body: body.code,
        title,
        kind,
        startsAt,
        endsAt,
        location,
      });
      return m;
    });
  }

  /**
   * Schedules a meeting inside the caller's transaction, with the same checks as scheduleMeeting
   * (endsAt after startsAt; chair powers on the body at the new meeting's startsAt; past dates
   * allowed) but no audit entry: the caller's use case writes its own one entry (accepting a
   * meeting request schedules its meeting this way).
   */
  async schedule(
    tx: Tx,
    actor: CurrentUser | null,
    input: ScheduleMeetingInput,
  ): Promise<{ meeting: MeetingRow; body: BodyRow }> {
    const user = this.kit.access.requireUser(actor);
    requireEndsAfterStart(input.startsAt, input.endsAt);
    const body = await this.kit.requireChairPowers(tx, user, input);
    const id = await this.meetings.insert(tx, {
      bodyId: body.id,
      title: input.title.trim(),
      kind: input.kind,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      location: input.location?.trim() || null,
    });
    return { meeting: (await this.meetings.find(tx, id)) as MeetingRow, body };
  }

  async rescheduleMeeting(
    actor: CurrentUser | null,
    meetingId: string,
    startsAt: Date,
    endsAt: Date,
  ): Promise<MeetingRow> {
    this.kit.access.requireUser(actor);
    requireEndsAfterStart(startsAt, endsAt);
    return this.change(actor, meetingId, 'rescheduleMeeting', async (tx, m) => {
      if (m.status !== 'SCHEDULED') {
        throw new Conflict(`A meeting cannot be rescheduled while ${m.status}: only a SCHEDULED meeting can.`);
      }
      await this.meetings.reschedule(tx, m.id, startsAt, endsAt);
      // A MEETING boycott's period is its meeting's date, wherever the meeting moves.
      const moved = await this.boycotts.moveWithMeeting(tx, m.id, await this.kit.dayOf(startsAt));
      return {
        from: { startsAt: m.startsAt, endsAt: m.endsAt },
        to: { startsAt, endsAt },
        sequence: m.sequence + 1,
        meetingBoycottsMoved: moved,
      };
    });
  }

  async cancelMeeting(actor: CurrentUser | null, meetingId: string, reason: string): Promise<MeetingRow> {
    return this.change(actor, meetingId, 'cancelMeeting', async (tx, m) => {
      requireMove(m.status, 'CANCELLED');
      // The attendance as the declarations made it stays with the cancelled meeting.
      const attendanceSet = await this.attendance.freeze(tx, m.id);
      await this.meetings.cancel(tx, m.id, reason.trim());
      return { from: m.status, to: 'CANCELLED', reason: reason.trim(), sequence: m.sequence + 1, attendanceSet };
    });
  }

  async openMeeting(actor: CurrentUser | null, meetingId: string): Promise<MeetingRow> {
    return this.change(actor, meetingId, 'openMeeting', async (tx, m) => {
      requireMove(m.status, 'IN_SESSION');
      // Freeze the derived attendance: from now on only recordAttendance changes it.
      const attendanceSet = await this.attendance.freeze(tx, m.id);
      await this.meetings.open(tx, m.id);
      return { from: m.status, to: 'IN_SESSION', attendanceSet };
    });
  }

  async adjournMeeting(actor: CurrentUser | null, meetingId: string): Promise<MeetingRow> {
    return this.change(actor, meetingId, 'adjournMeeting', async (tx, m) => {
      requireMove(m.status, 'ADJOURNED');
      await this.adjournmentChecks.run(tx, m);
      await this.meetings.adjourn(tx, m.id);
      return { from: m.status, to: 'ADJOURNED' };
    });
  }

  /**
   * One use case on one meeting: the meeting locked, chair powers at its startsAt, `work`, which
   * answers the audit entry's details, the entry; the meeting re-read and published after the commit.
   */
  private async change(
    actor: CurrentUser | null,
    meetingId: string,
    action: string,
    work: (tx: Tx, m: MeetingRow) => Promise<object>,
  ): Promise<MeetingRow> {
    const user = this.kit.access.requireUser(actor);
    const updated = await this.kit.db.transaction(async (tx) => {
      const m = await this.meetings.lock(tx, meetingId);
      await this.kit.requireChairPowers(tx, user, m);
      await this.kit.audit(tx, user, action, ['Meeting', m.id], await work(tx, m));
      return (await this.meetings.find(tx, m.id)) as MeetingRow;
    });
    await this.kit.published(updated.id);
    return updated;
  }
}
