// recordPosition, the hot path of a room of delegates pressing buttons while the chair closes the
// item. Race safety (docs/rules.md): the first statement takes the proposal row FOR SHARE (under READ
// COMMITTED, never upgraded, no UPDATE of the proposal here), and only then is its status checked;
// closeProposal takes FOR UPDATE, so a position either commits before the close reads the positions
// or waits and finds the proposal closed. Kept lean: one statement reads the proposal, its body, the
// participant, its seat and its attendance; then the position and the audit entry are inserted.
import { Injectable } from '@nestjs/common';
import {
  entitlement,
  type AttendanceStatus,
  type DecisionProcedure,
  type ParticipantKind,
  type ParticipantStatus,
} from '#consensus';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { Forbidden, NotFound, RuleViolation, isUuid } from '../platform/errors.js';
import { Database } from '../platform/database/database.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import type { ParticipantModel } from '../organisation/models/organisation.models.js';
import { INSERT_POSITION_SQL, POSITION_CONTEXT_SQL } from './decisions.sql.js';
import type { RecordPositionInput } from './inputs/decision.inputs.js';
import type { PositionModel } from './models/proposal.models.js';
import { chairInstant, isDecided, proposalClosed } from './proposal.service.js';

interface PositionContextRow {
  reference: string;
  status: string;
  procedure: DecisionProcedure;
  bodyId: string;
  bodyCode: string;
  currentVersion: number;
  deadlinePassed: boolean;
  meetingStartsAt: Date | null;
  participantId: string | null;
  code: string;
  name: string;
  kind: ParticipantKind;
  participantStatus: ParticipantStatus;
  isMember: boolean;
  attendance: AttendanceStatus | null;
}

@Injectable()
export class PositionService {
  constructor(
    private readonly database: Database,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /**
   * A delegate records its own participant's stance; the body's chair (chair powers at the meeting's
   * startsAt, or now for a written procedure) or the secretariat records one stated on the floor for
   * any entitled participant, marked onBehalf.
   */
  async recordPosition(actor: CurrentUser | null, input: RecordPositionInput): Promise<PositionModel> {
    const user = this.access.requireUser(actor);
    if (!isUuid(input.proposalId)) throw new NotFound('proposal', input.proposalId);
    if (!isUuid(input.participantId)) throw new NotFound('participant', input.participantId);
    const statement = input.statement && input.statement.trim() !== '' ? input.statement : null;

    const position = await this.database.transaction(async ({ em }) => {
      const [c]: PositionContextRow[] = await em.query(POSITION_CONTEXT_SQL, [input.proposalId, input.participantId]);
      if (!c) throw new NotFound('proposal', input.proposalId);
      if (c.participantId === null) throw new NotFound('participant', input.participantId);

      // Who: a delegate for its own participant; else chair powers, and then it is on behalf.
      const own = this.access.isOwnDelegate(user, input.participantId);
      if (!own && !(await this.access.hasChairPowers(em, user, c.bodyId, chairInstant(c)))) {
        throw new Forbidden(
          `a delegate of ${c.code} (a delegate acts only for its own participant), or chair powers on ${c.bodyCode} (its chair, or the SECRETARIAT role)`,
        );
      }

      if (isDecided(c.status)) throw proposalClosed(c);
      if (c.status !== 'OPEN') {
        throw new RuleViolation(
          'PROPOSAL_NOT_OPEN',
          `Proposal ${c.reference} is ${c.status}: positions are taken only while it is OPEN.`,
          {
            status: c.status,
          },
        );
      }
      if (c.procedure === 'WRITTEN' && c.deadlinePassed) {
        throw new RuleViolation('DEADLINE_PASSED', `The deadline of written procedure ${c.reference} has passed.`);
      }
      if (input.versionNumber != null && input.versionNumber !== c.currentVersion) {
        throw new RuleViolation(
          'STALE_VERSION',
          `Version ${input.versionNumber} of ${c.reference} is no longer current: the text was amended (version ${c.currentVersion}).`,
          { currentVersion: c.currentVersion },
        );
      }
      // Entitlement is judged now, with the same rule the closing applies again.
      const e = entitlement(
        {
          participantId: c.participantId,
          code: c.code,
          kind: c.kind,
          status: c.participantStatus,
          isMember: c.isMember,
        },
        c.procedure,
        c.attendance,
      );
      if (!e.entitled) {
        throw new RuleViolation('NOT_ENTITLED', `${c.code} may not take a position on ${c.reference} (${e.reason}).`, {
          reason: e.reason,
        });
      }

      const onBehalf = !own;
      const [row]: { id: string; recordedAt: Date }[] = await em.query(INSERT_POSITION_SQL, [
        input.proposalId,
        c.participantId,
        c.currentVersion,
        input.stance,
        statement,
        user.id,
        onBehalf,
      ]);
      await this.audit.append(em, {
        actor: user,
        action: 'recordPosition',
        entity: 'Proposal',
        entityId: input.proposalId,
        details: {
          positionId: row.id,
          participant: c.code,
          stance: input.stance,
          versionNumber: c.currentVersion,
          onBehalf,
        },
      });
      const participant = {
        id: c.participantId,
        code: c.code,
        name: c.name,
        kind: c.kind,
        status: c.participantStatus,
      } as ParticipantModel;
      return {
        participantId: c.participantId,
        participant,
        stance: input.stance,
        versionNumber: c.currentVersion,
        statement,
        recordedByUserId: user.id,
        recordedAt: row.recordedAt,
        onBehalf,
      } satisfies PositionModel;
    });
    await this.events.publish(`proposalUpdated:${input.proposalId}`, { id: input.proposalId });
    return position;
  }
}
