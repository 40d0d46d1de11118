// Statements on the record (docs/rules.md "Statements and requests"): any participant may attach one to a
// meeting, a proposal or a boycott (a reply to a boycott is a statement on that boycott); a delegate
// submits for its own participant, the secretariat for any. Also the reads other areas need: the
// statements of many meetings at once (Meeting.statements) and of proposals and boycotts at once
// (frozen into a decision record at closing).
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { BadInput, NotFound, isUuid } from '../platform/errors.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import type { ProposalModel } from '../decisions/models/proposal.models.js';
import type { SnapshotStatement } from '../records/decision-snapshot.js';
import { StatementEntity } from './statement.entity.js';
import type { SubmitStatementInput } from './statement.inputs.js';

const TARGET_FIELDS = ['meetingId', 'proposalId', 'boycottId'] as const;
type TargetField = (typeof TARGET_FIELDS)[number];

export interface StatementTarget {
  field: TargetField;
  id: string;
}

/** The one target of a statement, or BAD_USER_INPUT naming the field that breaks "exactly one". */
export function statementTarget(input: Pick<SubmitStatementInput, TargetField>): StatementTarget {
  const given = TARGET_FIELDS.filter((f) => input[f] !== null && input[f] !== undefined);
  if (given.length === 0) {
    throw new BadInput(
      'meetingId',
      'A statement needs a target: give exactly one of meetingId, proposalId or boycottId.',
    );
  }
  if (given.length > 1) {
    throw new BadInput(given[1], `A statement has exactly one target: give ${given[0]} or ${given[1]}, not both.`);
  }
  return { field: given[0], id: input[given[0]] as string };
}

/** Which statements to read: those on any of these proposals or boycotts. */
export interface StatementTargets {
  proposalIds?: readonly string[];
  boycottIds?: readonly string[];
}

@Injectable()
export class StatementService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly organisation: OrganisationService,
    private readonly events: EventBus,
  ) {}

  private get em(): EntityManager {
    return this.tx.dataSource.manager;
  }

  async submitStatement(actor: CurrentUser | null, input: SubmitStatementInput): Promise<StatementEntity> {
    const user = this.access.requireOwnParticipantOrSecretariat(actor, input.participantId);
    const target = statementTarget(input);
    const saved = await this.tx.run(async (em) => {
      const participant = await this.organisation.findParticipant(em, input.participantId);
      const about = await this.describeTarget(em, target);
      const statement = await em.save(
        em.create(StatementEntity, {
          participantId: participant.id,
          title: input.title.trim(),
          body: input.body,
          meetingId: target.field === 'meetingId' ? target.id : null,
          proposalId: target.field === 'proposalId' ? target.id : null,
          boycottId: target.field === 'boycottId' ? target.id : null,
          submittedByUserId: user.id,
        }),
      );
      await this.audit.append(em, {
        actor: user,
        action: 'submitStatement',
        entity: 'Statement',
        entityId: statement.id,
        details: { participant: participant.code, title: statement.title, body: statement.body, on: about },
      });
      return statement;
    });
    // Meeting.statements changed: tell meetingUpdated subscribers, after the commit only.
    if (saved.meetingId) await this.events.publish(`meetingUpdated:${saved.meetingId}`, { id: saved.meetingId });
    return saved;
  }

  /**
   * The target must exist (NOT_FOUND otherwise); answers what the audit entry says about it. The
   * proposal table is read directly: the decisions area owns proposals, this only needs to know
   * that one exists.
   */
  private async describeTarget(em: EntityManager, target: StatementTarget): Promise<Record<string, unknown>> {
    const [sql, what] = {
      meetingId: [
        `SELECT m.id, m.title, b.code AS body FROM meeting m JOIN body b ON b.id = m.body_id WHERE m.id = $1`,
        'meeting',
      ],
      proposalId: [`SELECT id, reference FROM proposal WHERE id = $1`, 'proposal'],
      boycottId: [
        `SELECT bo.id, bo.scope, p.code AS participant FROM boycott bo JOIN participant p ON p.id = bo.participant_id WHERE bo.id = $1`,
        'boycott',
      ],
    }[target.field];
    const rows: Record<string, unknown>[] = isUuid(target.id) ? await em.query(sql, [target.id]) : [];
    if (rows.length === 0) throw new NotFound(what, target.id);
    return { [what]: rows[0] };
  }

  // ------------------------------------------------------------------ reads (batched by loaders)

  /** Statements on each of these meetings, oldest first. */
  statementsByMeetingIds(meetingIds: readonly string[]): Promise<StatementEntity[]> {
    return this.em.find(StatementEntity, {
      where: { meetingId: In(meetingIds.filter(isUuid)) },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Proposals for Statement.proposal, read from the proposal table in the shape of ProposalModel. */
  proposalsByIds(ids: readonly string[]): Promise<ProposalModel[]> {
    return this.em.query(
      `SELECT id, reference, title, procedure, status, deadline, withdrawal_reason AS "withdrawalReason",
              body_id AS "bodyId", agenda_item_id AS "agendaItemId", meeting_id AS "meetingId",
              current_version AS "currentVersionNumber", created_by_user_id AS "createdByUserId",
              created_at AS "createdAt", opened_at AS "openedAt", closed_at AS "closedAt"
         FROM proposal WHERE id = ANY($1::uuid[])`,
      [ids.filter(isUuid)],
    );
  }

  /**
   * Every statement on any of the given proposals and boycotts, oldest first, as a decision record
   * freezes it (participant and submitter copied in): one query, whatever the number of targets.
   * Pass the closing transaction's EntityManager so the record sees exactly what that transaction sees.
   */
  async statementsForTargets(targets: StatementTargets, em: EntityManager = this.em): Promise<SnapshotStatement[]> {
    const proposalIds = (targets.proposalIds ?? []).filter(isUuid);
    const boycottIds = (targets.boycottIds ?? []).filter(isUuid);
    if (proposalIds.length === 0 && boycottIds.length === 0) return [];
    const rows: {
      id: string;
      title: string;
      body: string;
      meetingId: string | null;
      proposalId: string | null;
      boycottId: string | null;
      submittedAt: Date;
      participantId: string;
      participantCode: string;
      participantName: string;
      participantKind: 'PARTICIPANT' | 'OBSERVER';
      userId: string;
      userDisplayName: string;
    }[] = await em.query(
      `SELECT s.id, s.title, s.body, s.meeting_id AS "meetingId", s.proposal_id AS "proposalId",
              s.boycott_id AS "boycottId", s.submitted_at AS "submittedAt",
              p.id AS "participantId", p.code AS "participantCode", p.name AS "participantName", p.kind AS "participantKind",
              u.id AS "userId", u.display_name AS "userDisplayName"
         FROM statement s
         JOIN participant p ON p.id = s.participant_id
         JOIN app_user u ON u.id = s.submitted_by_user_id
        WHERE s.proposal_id = ANY($1::uuid[]) OR s.boycott_id = ANY($2::uuid[])
        ORDER BY s.submitted_at, s.id`,
      [proposalIds, boycottIds],
    );
    return rows.map((r) => ({
      id: r.id,
      participant: { id: r.participantId, code: r.participantCode, name: r.participantName, kind: r.participantKind },
      title: r.title,
      body: r.body,
      meetingId: r.meetingId,
      proposalId: r.proposalId,
      boycottId: r.boycottId,
      submittedBy: { id: r.userId, displayName: r.userDisplayName },
      submittedAt: new Date(r.submittedAt).toISOString(),
    }));
  }
}
