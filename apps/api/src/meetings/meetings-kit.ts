// What every use case of the meetings area stands on, in one place: the transaction runner, the
// access policy, the organisation's read model and time zone, the one audit entry of a mutation,
// and meetingUpdated published after the commit. So each service injects this and its own
// repositories, and "chair powers on a meeting" is written once.
import { Injectable } from '@nestjs/common';
import { localDate } from '#consensus';
import { AuditService } from '../audit/audit.service.js';
import { AccessPolicy } from '../organisation/access.policy.js';
import { OrganisationReadModel, type BodyRow } from '../organisation/organisation.read-model.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database, type Tx } from '../platform/database/database.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { EventBus } from '../platform/events/event-bus.service.js';

@Injectable()
export class MeetingsKit {
  constructor(
    readonly db: Database,
    readonly access: AccessPolicy,
    readonly organisation: OrganisationReadModel,
    private readonly settings: OrganizationSettings,
    private readonly auditService: AuditService,
    private readonly events: EventBus,
  ) {}

  /**
   * Chair powers on the meeting's body, judged at the meeting's startsAt (the chair of 2022 runs
   * 2022's meetings); FORBIDDEN else. Answers the body, which the use case often names.
   */
  async requireChairPowers(tx: Tx, user: CurrentUser, m: { bodyId: string; startsAt: Date }): Promise<BodyRow> {
    const body = await this.organisation.findBody(tx, m.bodyId);
    await this.access.requireChairPowers(tx, user, body, m.startsAt);
    return body;
  }

  /** The organisation's time zone (dates of meetings and boycott periods are read in it). */
  async timeZone(): Promise<string> {
    return (await this.settings.get()).timeZone;
  }

  /** The organisation-local day of an instant. */
  async dayOf(at: Date): Promise<string> {
    return localDate(at, await this.timeZone());
  }

  /** The one audit entry of a use case, in its transaction. */
  audit(tx: Tx, actor: CurrentUser, action: string, on: [entity: string, id: string], details: object): Promise<void> {
    return this.auditService.append(tx, {
      actor,
      action,
      entity: on[0],
      entityId: on[1],
      details: details as Record<string, unknown>,
    });
  }

  /** Tells meetingUpdated subscribers of each meeting (call after the commit). */
  async published(...meetingIds: string[]): Promise<void> {
    for (const id of meetingIds) await this.events.publish(`meetingUpdated:${id}`, { id });
  }
}
