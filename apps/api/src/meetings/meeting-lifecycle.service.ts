// Use cases of a meeting's lifecycle (docs/rules.md, "Lifecycles"): scheduling, rescheduling,
// cancelling, opening and adjourning (SCHEDULED -> IN_SESSION -> ADJOURNED; SCHEDULED -> CANCELLED).
// Each is one transaction: the meeting row locked, chair powers judged at the meeting's startsAt,
// the move checked against the lifecycle map, the change, one audit entry; meetingUpdated is
// published after the commit. Areas above may veto an adjournment (AdjournmentChecks).
import { Injectable } from '@nestjs/common';
import { localDate } from '#consensus';
import { AccessPolicy } from '../organisation/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database, type Tx } from '../platform/database/database.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { BadInput, Conflict } from '../platform/errors.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import { AdjournmentChecks } from './adjournment-checks.js';
import { AttendanceService } from './attendance.service.js';
import { BoycottsRepository } from './boycotts.repository.js';
import type { ScheduleMeetingInput } from './inputs/meeting.inputs.js';
import { requireMove } from './meeting-rules.js';
import { MeetingsRepository, type MeetingRow } from './meetings.repository.js';
import { OrganisationReadModel, type BodyRow } from '../organisation/organisation.read-model.js';

function requireEndsAfterStart(startsAt: Date, endsAt: Date): void {
  if (!(endsAt.getTime() > startsAt.getTime())) throw new BadInput('endsAt', 'endsAt must be after startsAt.');
}

@Injectable()
export class MeetingLifecycleService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly settings: OrganizationSettings,
    private readonly meetings: MeetingsRepository,
    private readonly boycotts: BoycottsRepository,
    private readonly organisation: OrganisationReadModel,
    private readonly attendance: AttendanceService,
    private readonly adjournmentChecks: AdjournmentChecks,
  ) {}

  async scheduleMeeting(actor: CurrentUser | null, input: ScheduleMeetingInput): Promise<MeetingRow> {
    const user = this.access.requireUser(actor);
    return this.db.transaction(async (tx) => {
      const { meeting, body } = await this.schedule(tx, user, input);
      await this.audit.append(tx, {
        actor: user,
        action: 'scheduleMeeting',
        entity: 'Meeting',
        entityId: meeting.id,
        details: {
          body: body.code,
          title: meeting.title,
          kind: meeting.kind,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          location: meeting.location,
        },
      });
      return meeting;
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
    const user = this.access.requireUser(actor);
    requireEndsAfterStart(input.startsAt, input.endsAt);
    const body = await this.organisation.findBody(tx, input.bodyId);
    await this.access.requireChairPowers(tx, user, body, input.startsAt);
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
    const user = this.access.requireUser(actor);
    requireEndsAfterStart(startsAt, endsAt);
    return this.change(meetingId, async (tx, m) => {
      await this.requireChairPowers(tx, user, m);
      if (m.status !== 'SCHEDULED') {
        throw new Conflict(`A meeting cannot be rescheduled while ${m.status}: only a SCHEDULED meeting can.`);
      }
      await this.meetings.reschedule(tx, m.id, startsAt, endsAt);
      // A MEETING boycott's period is its meeting's date, wherever the meeting moves.
      const day = localDate(startsAt, (await this.settings.get()).timeZone);
      const moved = await this.boycotts.moveWithMeeting(tx, m.id, day);
      await this.audit.append(tx, {
        actor: user,
        action: 'rescheduleMeeting',
        entity: 'Meeting',
        entityId: m.id,
        details: {
          from: { startsAt: m.startsAt, endsAt: m.endsAt },
          to: { startsAt, endsAt },
          sequence: m.sequence + 1,
          meetingBoycottsMoved: moved,
        },
      });
    });
  }

  async cancelMeeting(actor: CurrentUser | null, meetingId: string, reason: string): Promise<MeetingRow> {
    const user = this.access.requireUser(actor);
    return this.change(meetingId, async (tx, m) => {
      await this.requireChairPowers(tx, user, m);
      requireMove(m.status, 'CANCELLED');
      // The attendance as the declarations made it stays with the cancelled meeting.
      const frozen = await this.attendance.freeze(tx, m.id);
      await this.meetings.cancel(tx, m.id, reason.trim());
      await this.audit.append(tx, {
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
    return this.change(meetingId, async (tx, m) => {
      await this.requireChairPowers(tx, user, m);
      requireMove(m.status, 'IN_SESSION');
      // Freeze the derived attendance: from now on only recordAttendance changes it.
      const frozen = await this.attendance.freeze(tx, m.id);
      await this.meetings.open(tx, m.id);
      await this.audit.append(tx, {
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
    return this.change(meetingId, async (tx, m) => {
      await this.requireChairPowers(tx, user, m);
      requireMove(m.status, 'ADJOURNED');
      await this.adjournmentChecks.run(tx, m);
      await this.meetings.adjourn(tx, m.id);
      await this.audit.append(tx, {
        actor: user,
        action: 'adjournMeeting',
        entity: 'Meeting',
        entityId: m.id,
        details: { from: m.status, to: 'ADJOURNED' },
      });
    });
  }

  /** Chair powers on the meeting's body, judged at the meeting's startsAt (FORBIDDEN else). */
  private async requireChairPowers(tx: Tx, user: CurrentUser, m: MeetingRow): Promise<void> {
    const body = await this.organisation.findBody(tx, m.bodyId);
    await this.access.requireChairPowers(tx, user, body, m.startsAt);
  }

  /** One mutation on one meeting: lock it, run `work`, re-read it, publish after the commit. */
  private async change(meetingId: string, work: (tx: Tx, m: MeetingRow) => Promise<void>): Promise<MeetingRow> {
    const updated = await this.db.transaction(async (tx) => {
      const m = await this.meetings.lock(tx, meetingId);
      await work(tx, m);
      return (await this.meetings.find(tx, m.id)) as MeetingRow;
    });
    await this.events.publish(`meetingUpdated:${updated.id}`, { id: updated.id });
    return updated;
  }
}
