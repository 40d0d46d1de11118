// Use cases of a proposal's life before and around its closing: submit on a DECISION agenda item,
// start a written procedure, amend, open, withdraw; and the `proposal` query. Each mutation is one
// transaction that checks who acts, locks the proposal, writes, and appends its one audit entry;
// proposalUpdated is published only after the commit.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  formatProposalReference,
  localYear,
  proposalLifecycle,
  transitionProblem,
  type ProposalStatus,
} from '#consensus';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { BadInput, Conflict, NotFound, RuleViolation, isUuid } from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import {
  DecisionsRepository,
  PROPOSAL_COLUMNS,
  lockProposalForUpdate,
  type LockedProposal,
} from './decisions.repository.js';
import type { AmendProposalInput, StartWrittenProcedureInput, SubmitProposalInput } from './inputs/decision.inputs.js';
import type { ProposalModel } from './models/proposal.models.js';

/**
 * The instant chair powers are judged at: a meeting's business at the meeting's startsAt (the chair
 * of 2022 runs 2022's meetings, also when they are recorded later), a written procedure now.
 */
export function chairInstant(p: { procedure: string; meetingStartsAt: Date | null }): Date {
  return p.procedure === 'IN_MEETING' && p.meetingStartsAt ? p.meetingStartsAt : new Date();
}

/** A decided proposal is final: positions, amendments and closes on it are PROPOSAL_CLOSED. */
export function isDecided(status: string): boolean {
  return status === 'ADOPTED' || status === 'NOT_ADOPTED';
}

export function proposalClosed(p: { reference: string; status: string }): RuleViolation {
  return new RuleViolation('PROPOSAL_CLOSED', `Proposal ${p.reference} is closed (${p.status}).`, { status: p.status });
}

@Injectable()
export class ProposalService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly org: OrganizationSettings,
    private readonly events: EventBus,
    private readonly organisation: OrganisationService,
    private readonly repo: DecisionsRepository,
  ) {}

  // ------------------------------------------------------------------ reads

  /** Any signed-in user; null for an id that names no proposal. */
  async proposal(actor: CurrentUser | null, id: string): Promise<ProposalModel | null> {
    this.access.requireUser(actor);
    const [p] = await this.repo.proposalsByIds([id]);
    return p ?? null;
  }

  /** proposalUpdated: a signed-in user subscribes to an existing proposal's changes. */
  async subscribe(actor: CurrentUser | null, proposalId: string): Promise<AsyncIterableIterator<unknown>> {
    this.access.requireUser(actor);
    const [p] = await this.repo.proposalsByIds([proposalId]);
    if (!p) throw new NotFound('proposal', proposalId);
    return this.events.iterator(`proposalUpdated:${p.id}`);
  }

  // ------------------------------------------------------------------ mutations

  /** A DRAFT proposal on a DECISION agenda item: the body's chair at the meeting's startsAt, or the secretariat. */
  async submitProposal(actor: CurrentUser | null, input: SubmitProposalInput): Promise<ProposalModel> {
    const user = this.access.requireUser(actor);
    const created = await this.tx.run(async (em) => {
      const item = await this.agendaItem(em, input.agendaItemId);
      await this.access.requireChairPowers(em, user, { id: item.bodyId, code: item.bodyCode }, item.startsAt);
      if (item.kind !== 'DECISION') {
        throw new BadInput(
          'agendaItemId',
          `Proposals go on a DECISION agenda item; "${item.title}" is a ${item.kind} item.`,
        );
      }
      if (item.meetingStatus === 'ADJOURNED' || item.meetingStatus === 'CANCELLED') {
        throw new Conflict(`The meeting "${item.meetingTitle}" is ${item.meetingStatus}: it takes no new proposals.`);
      }
      const reference = await this.nextReference(em, item.bodyCode, item.startsAt);
      const p = await this.insertProposal(em, user, {
        reference,
        title: input.title.trim(),
        bodyId: item.bodyId,
        agendaItemId: item.id,
        meetingId: item.meetingId,
        procedure: 'IN_MEETING',
        status: 'DRAFT',
        deadline: null,
        text: input.text,
      });
      await this.audit.append(em, {
        actor: user,
        action: 'submitProposal',
        entity: 'Proposal',
        entityId: p.id,
        details: { reference, title: p.title, body: item.bodyCode, meetingId: item.meetingId, agendaItemId: item.id },
      });
      return p;
    });
    await this.events.publish(`meetingUpdated:${created.meetingId}`, { id: created.meetingId });
    return created;
  }

  /**
   * A written (silence) procedure: an OPEN WRITTEN proposal at once, circulated to every entitled
   * member until its deadline. The body's chair now, or the secretariat.
   */
  async startWrittenProcedure(actor: CurrentUser | null, input: StartWrittenProcedureInput): Promise<ProposalModel> {
    const user = this.access.requireUser(actor);
    const now = new Date();
    if (
      !(input.deadline instanceof Date) ||
      Number.isNaN(input.deadline.getTime()) ||
      input.deadline.getTime() <= now.getTime()
    ) {
      throw new BadInput('deadline', 'deadline must be in the future: a written procedure needs time to circulate.');
    }
    return this.tx.run(async (em) => {
      const body = await this.organisation.findBody(em, input.bodyId);
      await this.access.requireChairPowers(em, user, body, now);
      const reference = await this.nextReference(em, body.code, now);
      const p = await this.insertProposal(em, user, {
        reference,
        title: input.title.trim(),
        bodyId: body.id,
        agendaItemId: null,
        meetingId: null,
        procedure: 'WRITTEN',
        status: 'OPEN',
        deadline: input.deadline,
        text: input.text,
      });
      await this.audit.append(em, {
        actor: user,
        action: 'startWrittenProcedure',
        entity: 'Proposal',
        entityId: p.id,
        details: { reference, title: p.title, body: body.code, deadline: input.deadline.toISOString() },
      });
      return p;
    });
  }

  /**
   * A new version of a DRAFT or OPEN proposal (chair powers): positions on older versions stop
   * counting. A written procedure is never amended (CONFLICT): withdraw it and start a new one, so
   * nobody's silence is counted for a text they never saw.
   */
  async amendProposal(actor: CurrentUser | null, input: AmendProposalInput): Promise<ProposalModel> {
    const user = this.access.requireUser(actor);
    const updated = await this.tx.run(async (em) => {
      const p = await this.lockForChair(em, user, input.proposalId);
      if (isDecided(p.status)) throw proposalClosed(p);
      if (p.status === 'WITHDRAWN') throw new Conflict(`Proposal ${p.reference} is WITHDRAWN: it cannot be amended.`);
      if (p.procedure === 'WRITTEN') {
        throw new Conflict(
          `Proposal ${p.reference} is a written procedure: it cannot be amended (withdraw it and start a new procedure, so nobody's silence counts for a text they never saw).`,
        );
      }
      const number = p.currentVersionNumber + 1;
      await em.query(
        `INSERT INTO proposal_version (proposal_id, number, text, change_note, created_by_user_id) VALUES ($1, $2, $3, $4, $5)`,
        [p.id, number, input.text, input.changeNote.trim(), user.id],
      );
      await em.query(`UPDATE proposal SET current_version = $2 WHERE id = $1`, [p.id, number]);
      await this.audit.append(em, {
        actor: user,
        action: 'amendProposal',
        entity: 'Proposal',
        entityId: p.id,
        details: {
          reference: p.reference,
          from: p.currentVersionNumber,
          to: number,
          changeNote: input.changeNote.trim(),
        },
      });
      return this.reread(em, p.id);
    });
    await this.publish(updated.id);
    return updated;
  }

  /** DRAFT -> OPEN (chair powers); an IN_MEETING proposal needs its meeting IN_SESSION. */
  async openProposal(actor: CurrentUser | null, proposalId: string): Promise<ProposalModel> {
    const user = this.access.requireUser(actor);
    const updated = await this.tx.run(async (em) => {
      const p = await this.lockForChair(em, user, proposalId);
      if (p.procedure === 'WRITTEN') {
        throw new Conflict(
          `Proposal ${p.reference} is a written procedure: it opened when it started (it is ${p.status}).`,
        );
      }
      this.requireTransition(p, 'OPEN');
      // The meeting's row FOR SHARE, so it cannot adjourn between this check and the commit
      // (adjourning takes it FOR UPDATE and then refuses while a proposal is OPEN).
      const [meeting]: { status: string }[] = await em.query(`SELECT status FROM meeting WHERE id = $1 FOR SHARE`, [
        p.meetingId,
      ]);
      if (meeting?.status !== 'IN_SESSION') {
        throw new RuleViolation(
          'MEETING_NOT_IN_SESSION',
          `The meeting "${p.meetingTitle}" is ${meeting?.status}: proposals open only while it is IN_SESSION.`,
          { meetingStatus: meeting?.status },
        );
      }
      await em.query(`UPDATE proposal SET status = 'OPEN', opened_at = now() WHERE id = $1`, [p.id]);
      await this.audit.append(em, {
        actor: user,
        action: 'openProposal',
        entity: 'Proposal',
        entityId: p.id,
        details: { reference: p.reference, from: p.status, to: 'OPEN' },
      });
      return this.reread(em, p.id);
    });
    await this.publish(updated.id);
    return updated;
  }

  /** DRAFT | OPEN -> WITHDRAWN with its reason (chair powers). */
  async withdrawProposal(actor: CurrentUser | null, proposalId: string, reason: string): Promise<ProposalModel> {
    const user = this.access.requireUser(actor);
    const updated = await this.tx.run(async (em) => {
      const p = await this.lockForChair(em, user, proposalId);
      this.requireTransition(p, 'WITHDRAWN');
      await em.query(`UPDATE proposal SET status = 'WITHDRAWN', withdrawal_reason = $2 WHERE id = $1`, [
        p.id,
        reason.trim(),
      ]);
      await this.audit.append(em, {
        actor: user,
        action: 'withdrawProposal',
        entity: 'Proposal',
        entityId: p.id,
        details: { reference: p.reference, from: p.status, to: 'WITHDRAWN', reason: reason.trim() },
      });
      return this.reread(em, p.id);
    });
    await this.publish(updated.id);
    return updated;
  }

  // ------------------------------------------------------------------ helpers

  /** Locks the proposal (NOT_FOUND if none) and requires chair powers on its body at the chair instant. */
  async lockForChair(em: EntityManager, user: CurrentUser, proposalId: string): Promise<LockedProposal> {
    const p = await lockProposalForUpdate(em, proposalId);
    if (!p) throw new NotFound('proposal', proposalId);
    await this.access.requireChairPowers(em, user, { id: p.bodyId, code: p.bodyCode }, chairInstant(p));
    return p;
  }

  private requireTransition(p: LockedProposal, to: ProposalStatus): void {
    const problem = transitionProblem(proposalLifecycle, p.status as ProposalStatus, to, 'proposal');
    if (problem) throw new Conflict(`${problem} (proposal ${p.reference}).`, { from: p.status, to });
  }

  private async reread(em: EntityManager, id: string): Promise<ProposalModel> {
    const [p] = await this.repo.proposalsByIds([id], em);
    return p;
  }

  private publish(id: string): Promise<void> {
    return this.events.publish(`proposalUpdated:${id}`, { id });
  }

  private async agendaItem(em: EntityManager, id: string) {
    const rows: {
      id: string;
      title: string;
      kind: string;
      meetingId: string;
      meetingTitle: string;
      meetingStatus: string;
      startsAt: Date;
      bodyId: string;
      bodyCode: string;
    }[] = isUuid(id)
      ? await em.query(
          `SELECT a.id, a.title, a.kind, a.meeting_id AS "meetingId", m.title AS "meetingTitle", m.status AS "meetingStatus",
                  m.starts_at AS "startsAt", m.body_id AS "bodyId", b.code AS "bodyCode"
             FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id JOIN body b ON b.id = m.body_id
            WHERE a.id = $1
              FOR SHARE OF m`,
          [id],
        )
      : [];
    if (!rows[0]) throw new NotFound('agenda item', id);
    return rows[0];
  }

  /**
   * The next reference of a body for a year (KP/PLEN/2022/3), from a gapless counter incremented in
   * this transaction: a rollback gives the number back. The year is the meeting's (or, for a written
   * procedure, today's) in the organisation's time zone.
   */
  private async nextReference(em: EntityManager, bodyCode: string, at: Date): Promise<string> {
    const org = await this.org.get();
    const year = localYear(at, org.timeZone);
    const [{ value }] = await em.query(
      `INSERT INTO counter (name, value) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET value = counter.value + 1 RETURNING value`,
      [`proposal:${bodyCode}:${year}`],
    );
    return formatProposalReference(org.code, bodyCode, year, Number(value));
  }

  private async insertProposal(
    em: EntityManager,
    user: CurrentUser,
    p: {
      reference: string;
      title: string;
      bodyId: string;
      agendaItemId: string | null;
      meetingId: string | null;
      procedure: 'IN_MEETING' | 'WRITTEN';
      status: 'DRAFT' | 'OPEN';
      deadline: Date | null;
      text: string;
    },
  ): Promise<ProposalModel> {
    const [row]: ProposalModel[] = await em.query(
      `INSERT INTO proposal AS p (reference, title, body_id, agenda_item_id, meeting_id, procedure, status, deadline,
                                  current_version, created_by_user_id, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, CASE WHEN $7 = 'OPEN' THEN now() END)
       RETURNING ${PROPOSAL_COLUMNS}`,
      [p.reference, p.title, p.bodyId, p.agendaItemId, p.meetingId, p.procedure, p.status, p.deadline, user.id],
    );
    await em.query(
      `INSERT INTO proposal_version (proposal_id, number, text, change_note, created_by_user_id) VALUES ($1, 1, $2, NULL, $3)`,
      [row.id, p.text, user.id],
    );
    return row;
  }
}
