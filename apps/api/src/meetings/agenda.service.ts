// Use cases of a meeting's agenda: adding an item (anyone may have asked for it, an observer too)
// and reordering the items exactly; chair powers at the meeting's startsAt; no change once the
// meeting is final. Also the agenda reads the loaders batch.
import { Injectable } from '@nestjs/common';
import type { CurrentUser } from '../platform/auth/current-user.js';
import type { Tx } from '../platform/database/database.js';
import { BadInput } from '../platform/errors.js';
import { AgendaRepository, type AgendaItemRow } from './agenda.repository.js';
import type { AgendaItemInput } from './inputs/meeting.inputs.js';
import { requireNotFinal } from './meeting-rules.js';
import { MeetingsKit } from './meetings-kit.js';
import { MeetingsRepository, type MeetingRow } from './meetings.repository.js';

@Injectable()
export class AgendaService {
  constructor(
    private readonly kit: MeetingsKit,
    private readonly meetings: MeetingsRepository,
    private readonly agenda: AgendaRepository,
  ) {}

  agendaOfMeetings(meetingIds: readonly string[]): Promise<AgendaItemRow[]> {
    return this.agenda.ofMeetings(this.kit.db, meetingIds);
  }

  agendaItemsByIds(ids: readonly string[]): Promise<AgendaItemRow[]> {
    return this.agenda.byIds(this.kit.db, ids);
  }

  async addAgendaItem(actor: CurrentUser | null, input: AgendaItemInput): Promise<AgendaItemRow> {
    const item = await this.onOpenAgenda(actor, input.meetingId, async (tx, m, user) => {
      // Anyone may have asked for an item, an observer too; the proposer need only exist.
      const proposer = input.proposedById ? await this.kit.organisation.findParticipant(tx, input.proposedById) : null;
      const created = await this.agenda.append(tx, {
        meetingId: m.id,
        title: input.title.trim(),
        description: input.description ?? null,
        kind: input.kind,
        proposedById: proposer?.id ?? null,
      });
      const { position, title, kind } = created;
      await this.kit.audit(tx, user, 'addAgendaItem', ['AgendaItem', created.id], {
        meetingId: m.id,
        position,
        title,
        kind,
        proposedBy: proposer?.code ?? null,
      });
      return created;
    });
    await this.kit.published(item.meetingId);
    return item;
  }

  async reorderAgenda(actor: CurrentUser | null, meetingId: string, itemIds: string[]): Promise<MeetingRow> {
    const meeting = await this.onOpenAgenda(actor, meetingId, async (tx, m, user) => {
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
      await this.kit.audit(tx, user, 'reorderAgenda', ['Meeting', m.id], { from: items.map((i) => i.id), to: itemIds });
      return (await this.meetings.find(tx, m.id)) as MeetingRow;
    });
    await this.kit.published(meeting.id);
    return meeting;
  }

  /**
   * A change to a meeting's agenda, in one transaction: the meeting locked, chair powers at its
   * startsAt, the agenda still open (the meeting not final), the meeting marked changed, `work`.
   */
  private async onOpenAgenda<T>(
    actor: CurrentUser | null,
    meetingId: string,
    work: (tx: Tx, m: MeetingRow, user: CurrentUser) => Promise<T>,
  ): Promise<T> {
    const user = this.kit.access.requireUser(actor);
    return this.kit.db.transaction(async (tx) => {
      const m = await this.meetings.lock(tx, meetingId);
      await this.kit.requireChairPowers(tx, user, m);
      requireNotFinal(m.status, 'agenda');
      await this.meetings.touch(tx, m.id);
      return work(tx, m, user);
    });
  }
}
