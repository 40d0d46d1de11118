// Use cases of a meeting's agenda: adding an item (anyone may have asked for it, an observer too)
// and reordering the items exactly; chair powers at the meeting's startsAt; no change once the
// meeting is final. Also the agenda reads the loaders batch.
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../organisation/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database, type Tx } from '../platform/database/database.js';
import { BadInput } from '../platform/errors.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import { AgendaRepository, type AgendaItemRow } from './agenda.repository.js';
import type { AgendaItemInput } from './inputs/meeting.inputs.js';
import { requireNotFinal } from './meeting-rules.js';
import { MeetingsRepository, type MeetingRow } from './meetings.repository.js';
import { OrganisationReadModel } from '../organisation/organisation.read-model.js';

@Injectable()
export class AgendaService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly meetings: MeetingsRepository,
    private readonly agenda: AgendaRepository,
    private readonly organisation: OrganisationReadModel,
  ) {}

  agendaOfMeetings(meetingIds: readonly string[]): Promise<AgendaItemRow[]> {
    return this.agenda.ofMeetings(this.db, meetingIds);
  }

  agendaItemsByIds(ids: readonly string[]): Promise<AgendaItemRow[]> {
    return this.agenda.byIds(this.db, ids);
  }

  async addAgendaItem(actor: CurrentUser | null, input: AgendaItemInput): Promise<AgendaItemRow> {
    const user = this.access.requireUser(actor);
    const item = await this.db.transaction(async (tx) => {
      const m = await this.meetings.lock(tx, input.meetingId);
      await this.requireChairPowers(tx, user, m);
      requireNotFinal(m.status, 'agenda');
      // Anyone may have asked for an item, an observer too; the proposer need only exist.
      const proposer = input.proposedById ? await this.organisation.findParticipant(tx, input.proposedById) : null;
      const created = await this.agenda.append(tx, {
        meetingId: m.id,
        title: input.title.trim(),
        description: input.description ?? null,
        kind: input.kind,
        proposedById: proposer?.id ?? null,
      });
      await this.meetings.touch(tx, m.id);
      await this.audit.append(tx, {
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
    const meeting = await this.db.transaction(async (tx) => {
      const m = await this.meetings.lock(tx, meetingId);
      await this.requireChairPowers(tx, user, m);
      requireNotFinal(m.status, 'agenda');
      const items = await this.agenda.ofMeetings(tx, [m.id]);
      const current = new Set(items.map((i) => i.id));
      const given = new Set(itemIds);
      if (given.size !== itemIds.length || itemIds.length !== items.length || itemIds.some((id) => !current.has(id))) {
        throw new BadInput(
          'itemIds',
          `itemIds must list each of the meeting's ${items.length} agenda items exactly once.`,
        );
      }
      await this.agenda.reorder(tx, m.id, itemIds);
      await this.meetings.touch(tx, m.id);
      await this.audit.append(tx, {
        actor: user,
        action: 'reorderAgenda',
        entity: 'Meeting',
        entityId: m.id,
        details: { from: items.map((i) => i.id), to: itemIds },
      });
      return (await this.meetings.find(tx, m.id)) as MeetingRow;
    });
    await this.publish(meeting.id);
    return meeting;
  }

  private async requireChairPowers(tx: Tx, user: CurrentUser, m: MeetingRow): Promise<void> {
    const body = await this.organisation.findBody(tx, m.bodyId);
    await this.access.requireChairPowers(tx, user, body, m.startsAt);
  }

  private publish(meetingId: string): Promise<void> {
    return this.events.publish(`meetingUpdated:${meetingId}`, { id: meetingId });
  }
}
