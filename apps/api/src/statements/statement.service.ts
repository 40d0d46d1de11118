// Statements on the record (docs/rules.md, "Statements and requests"): any participant may attach one
// to a meeting, a proposal or a boycott (a reply to a boycott is a statement on that boycott); a
// delegate submits for its own participant, the secretariat for any. The areas owning the targets
// say whether one exists (StatementTargets). Also the reads other areas need: the statements of many
// meetings at once (Meeting.statements) and of proposals and boycotts at once, as a decision record
// freezes them at closing.
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../organisation/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database, type Sql } from '../platform/database/database.js';
import { NotFound, isUuid } from '../platform/errors.js';
import { OrganisationReadModel } from '../organisation/organisation.read-model.js';
import { StatementTargets, statementTarget } from './statement-targets.js';
import type { SubmitStatementInput } from './statement.inputs.js';
import { StatementsRepository, type StatementRow } from './statements.repository.js';

/** Which statements to read: those on any of these proposals or boycotts. */
export interface StatementTargetIds {
  proposalIds?: readonly string[];
  boycottIds?: readonly string[];
}

/** A statement as a decision record freezes it: who made it and who submitted it, copied in. */
export interface FrozenStatement {
  id: string;
  participant: { id: string; code: string; name: string; kind: 'PARTICIPANT' | 'OBSERVER' };
  title: string;
  body: string;
  meetingId: string | null;
  proposalId: string | null;
  boycottId: string | null;
  submittedBy: { id: string; displayName: string };
  /** ISO 8601. */
  submittedAt: string;
}

@Injectable()
export class StatementService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly organisation: OrganisationReadModel,
    private readonly targets: StatementTargets,
    private readonly statements: StatementsRepository,
  ) {}

  async submitStatement(actor: CurrentUser | null, input: SubmitStatementInput): Promise<StatementRow> {
    const user = this.access.requireOwnDelegateOrSecretariat(actor, { id: input.participantId });
    const target = statementTarget(input);
    const kind = this.targets.kindOf(target.field);
    const saved = await this.db.transaction(async (tx) => {
      const participant = await this.organisation.findParticipant(tx, input.participantId);
      const about = isUuid(target.id) ? await kind.describe(tx, target.id) : null;
      if (about === null) throw new NotFound(kind.noun, target.id);
      const statement = await this.statements.insert(tx, {
        participantId: participant.id,
        title: input.title.trim(),
        body: input.body,
        meetingId: target.field === 'meetingId' ? target.id : null,
        proposalId: target.field === 'proposalId' ? target.id : null,
        boycottId: target.field === 'boycottId' ? target.id : null,
        submittedByUserId: user.id,
      });
      await this.audit.append(tx, {
        actor: user,
        action: 'submitStatement',
        entity: 'Statement',
        entityId: statement.id,
        details: {
          participant: participant.code,
          title: statement.title,
          body: statement.body,
          on: { [kind.noun]: about },
        },
      });
      return statement;
    });
    await kind.attached?.(target.id);
    return saved;
  }

  /** Statements on each of these meetings, oldest first. */
  statementsOnMeetings(meetingIds: readonly string[]): Promise<StatementRow[]> {
    return this.statements.onMeetings(this.db, meetingIds);
  }

  /**
   * Every statement on any of the given proposals and boycotts, oldest first, as a decision record
   * freezes it (participant and submitter copied in), in a constant number of statements. Pass the
   * closing transaction's Tx, so the record sees exactly what that transaction sees.
   */
  async statementsForTargets(sql: Sql, targets: StatementTargetIds): Promise<FrozenStatement[]> {
    const proposalIds = (targets.proposalIds ?? []).filter(isUuid);
    const boycottIds = (targets.boycottIds ?? []).filter(isUuid);
    if (proposalIds.length === 0 && boycottIds.length === 0) return [];
    const rows = await this.statements.onProposalsOrBoycotts(sql, proposalIds, boycottIds);
    if (rows.length === 0) return [];
    const [participants, users] = await Promise.all([
      this.organisation.participantsByIds(sql, [...new Set(rows.map((r) => r.participantId))]),
      this.organisation.usersByIds(sql, [...new Set(rows.map((r) => r.submittedByUserId))]),
    ]);
    const participantOf = new Map(participants.map((p) => [p.id, p]));
    const userOf = new Map(users.map((u) => [u.id, u]));
    return rows.map((r) => {
      const participant = participantOf.get(r.participantId);
      const user = userOf.get(r.submittedByUserId);
      if (!participant || !user) throw new Error(`statement ${r.id} names a participant or user that does not exist`);
      return {
        id: r.id,
        participant: { id: participant.id, code: participant.code, name: participant.name, kind: participant.kind },
        title: r.title,
        body: r.body,
        meetingId: r.meetingId,
        proposalId: r.proposalId,
        boycottId: r.boycottId,
        submittedBy: { id: user.id, displayName: user.displayName },
        submittedAt: new Date(r.submittedAt).toISOString(),
      };
    });
  }
}
