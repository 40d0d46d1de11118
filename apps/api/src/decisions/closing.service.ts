// closeProposal: the consensus rule applied at the instant of closing, and the DRAFT decision record
// that freezes it (the DecisionSnapshot of records/decision-snapshot.ts). The proposal row is taken
// FOR UPDATE first: that waits for every position being recorded (they hold FOR SHARE) and makes
// later ones wait and then find the proposal closed, so the record holds exactly the positions that
// were acknowledged. Entitlement is judged again here: a member suspended or removed while the
// proposal was open is listed as not entitled, with the reason.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { closeProblem, localDate } from '#consensus';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { Conflict, NotFound, RuleViolation } from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import { chairOn } from '../meetings/meeting-facts.js';
import type { DecisionSnapshot, ParticipantRef } from '../records/decision-snapshot.js';
import { decideFromFacts } from './decision-facts.js';
import {
  buildSnapshot,
  type AttendanceSnapshotRow,
  type BoycottSnapshotRow,
  type SnapshotFacts,
} from './decision-snapshot.builder.js';
import { StatementService } from '../statements/statement.service.js';
import { DecisionsRepository, lockProposalForUpdate, type LockedProposal } from './decisions.repository.js';
import { chairInstant, isDecided, proposalClosed } from './proposal.service.js';

export interface ClosedProposal {
  proposalId: string;
  recordId: string;
  outcome: 'ADOPTED' | 'NOT_ADOPTED';
}

@Injectable()
export class ClosingService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly org: OrganizationSettings,
    private readonly events: EventBus,
    private readonly repo: DecisionsRepository,
    private readonly statements: StatementService,
  ) {}

  /** OPEN -> ADOPTED | NOT_ADOPTED with its DRAFT record: the body's chair (at the meeting's startsAt; now for a written procedure) or the secretariat. */
  async closeProposal(actor: CurrentUser | null, proposalId: string): Promise<ClosedProposal> {
    const user = this.access.requireUser(actor);
    const closed = await this.tx.run(async (em) => {
      const p = await lockProposalForUpdate(em, proposalId);
      if (!p) throw new NotFound('proposal', proposalId);
      await this.access.requireChairPowers(em, user, { id: p.bodyId, code: p.bodyCode }, chairInstant(p));
      return this.closeLocked(em, p, user);
    });
    await this.publish(closed);
    return closed;
  }

  /**
   * Closes a proposal this transaction holds FOR UPDATE. `actor` null: the deadline worker closing a
   * written procedure at its deadline (audited as closeProposal with no actor).
   */
  async closeLocked(em: EntityManager, p: LockedProposal, actor: CurrentUser | null): Promise<ClosedProposal> {
    if (isDecided(p.status)) throw proposalClosed(p);
    if (p.status !== 'OPEN') {
      throw new Conflict(
        `A proposal cannot move from ${p.status} to ADOPTED or NOT_ADOPTED: only an OPEN proposal is closed (proposal ${p.reference}).`,
        {
          from: p.status,
        },
      );
    }
    if (p.procedure === 'IN_MEETING' && p.meetingStatus !== 'IN_SESSION') {
      throw new RuleViolation(
        'MEETING_NOT_IN_SESSION',
        `The meeting "${p.meetingTitle}" is ${p.meetingStatus}: its proposals are closed only while it is IN_SESSION.`,
        { meetingStatus: p.meetingStatus },
      );
    }

    const facts = await this.loadFacts(em, p);
    const judged = decideFromFacts(
      p,
      p.quorum,
      facts.seats,
      facts.attendanceFacts,
      facts.positions,
      p.procedure === 'WRITTEN' && p.deadlinePassed,
    );
    const problem = closeProblem(judged.input, judged.decision);
    const codes = (ids: string[]) => ids.map((id) => judged.people.get(id)?.code ?? id);
    if (problem?.code === 'ATTENDANCE_INCOMPLETE') {
      const participants = codes(problem.participants);
      throw new RuleViolation(
        'ATTENDANCE_INCOMPLETE',
        `Attendance is not complete: no record for ${participants.join(', ')}.`,
        {
          participants,
        },
      );
    }
    if (problem?.code === 'QUORUM_NOT_MET') {
      throw new RuleViolation(
        'QUORUM_NOT_MET',
        `The quorum of ${problem.quorum} members present is not met (${problem.presentMembers} present or remote).`,
        { quorum: problem.quorum, presentMembers: problem.presentMembers },
      );
    }
    if (problem?.code === 'POSITIONS_OUTSTANDING') {
      const participants = codes(problem.participants);
      throw new RuleViolation(
        'POSITIONS_OUTSTANDING',
        `The written procedure may close before its deadline only once every entitled member has taken a position; silent: ${participants.join(', ')}.`,
        { participants },
      );
    }

    const outcome = judged.decision.outcome;
    const [{ decidedAt }]: { decidedAt: Date }[] = await em.query(
      // As a SELECT over the UPDATE: TypeORM answers a bare UPDATE with [rows, count], not rows.
      `WITH closed AS (UPDATE proposal SET status = $2, closed_at = now() WHERE id = $1 RETURNING closed_at)
       SELECT closed_at AS "decidedAt" FROM closed`,
      [p.id, outcome],
    );
    const chair = await this.chairOf(em, p);
    const snapshot: DecisionSnapshot = buildSnapshot(p, judged, { ...facts, chair });
    const [{ id: recordId }]: { id: string }[] = await em.query(
      `INSERT INTO decision_record (proposal_id, body_id, meeting_id, procedure, outcome, text, version_number, decided_at,
                                    chaired_by_participant_id, snapshot, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'DRAFT') RETURNING id`,
      [
        p.id,
        p.bodyId,
        p.meetingId,
        p.procedure,
        outcome,
        facts.text,
        p.currentVersionNumber,
        decidedAt,
        chair?.id ?? null,
        JSON.stringify(snapshot),
      ],
    );
    await this.audit.append(em, {
      actor,
      action: 'closeProposal',
      entity: 'Proposal',
      entityId: p.id,
      details: {
        reference: p.reference,
        outcome,
        recordId,
        versionNumber: p.currentVersionNumber,
        tally: snapshot.tally,
        objectors: snapshot.objectors.map((o) => o.code),
        ...(actor === null ? { closedBy: 'deadline' } : {}),
      },
    });
    return { proposalId: p.id, recordId, outcome };
  }

  publish(closed: ClosedProposal): Promise<void> {
    return this.events.publish(`proposalUpdated:${closed.proposalId}`, { id: closed.proposalId });
  }

  // ------------------------------------------------------------------ facts read under the lock

  // One connection serves the transaction, so these run one after the other (pg queues them anyway).
  private async loadFacts(em: EntityManager, p: LockedProposal): Promise<Omit<SnapshotFacts, 'chair'>> {
    const seats = await this.repo.seatsByBodyIds([p.bodyId], em);
    const positions = await this.repo.positionsByProposalIds([p.id], em);
    const recorderRows: { seq: string; id: string; displayName: string }[] = await em.query(
      `SELECT x.id AS seq, u.id, u.display_name AS "displayName"
         FROM position x JOIN app_user u ON u.id = x.recorded_by_user_id WHERE x.proposal_id = $1`,
      [p.id],
    );
    const [version]: { text: string }[] = await em.query(
      `SELECT text FROM proposal_version WHERE proposal_id = $1 AND number = $2`,
      [p.id, p.currentVersionNumber],
    );
    // IN_MEETING: the meeting is IN_SESSION, so its attendance is the recorded (frozen) rows.
    const attendance: AttendanceSnapshotRow[] =
      p.procedure === 'IN_MEETING' && p.meetingId !== null
        ? await em.query(
            `SELECT ar.participant_id AS "participantId", ar.status, ar.boycott_id AS "boycottId", ar.note,
                    ar.recorded_at AS "recordedAt", u.id AS "userId", u.display_name AS "userName",
                    pt.code, pt.name, pt.kind
               FROM attendance_record ar
               JOIN participant pt ON pt.id = ar.participant_id
               LEFT JOIN app_user u ON u.id = ar.recorded_by_user_id
              WHERE ar.meeting_id = $1
              ORDER BY pt.code`,
            [p.meetingId],
          )
        : [];
    const boycottIds = [...new Set(attendance.map((a) => a.boycottId).filter((id): id is string => id !== null))];
    const boycotts: BoycottSnapshotRow[] = boycottIds.length
      ? await em.query(
          `SELECT bc.id, bc.scope, bc.meeting_id AS "meetingId", bc.body_id AS "bodyId",
                  bc.starts_on::text AS "startsOn", bc.ends_on::text AS "endsOn", bc.statement,
                  bc.declared_at AS "declaredAt", bc.withdrawn_at AS "withdrawnAt",
                  pt.id AS "participantId", pt.code, pt.name, pt.kind,
                  ch.id AS "chairedById", ch.code AS "chairedByCode", ch.name AS "chairedByName", ch.kind AS "chairedByKind",
                  u.id AS "userId", u.display_name AS "userName"
             FROM boycott bc
             JOIN participant pt ON pt.id = bc.participant_id
             LEFT JOIN participant ch ON ch.id = bc.chaired_by_participant_id
             JOIN app_user u ON u.id = bc.declared_by_user_id
            WHERE bc.id = ANY($1)
            ORDER BY bc.declared_at, bc.id`,
          [boycottIds],
        )
      : [];
    // Statements as they stand at closing: those on the proposal and those on every boycott the
    // attendance links (replies to a boycott included), read by the statements area itself.
    const statements = await this.statements.statementsForTargets(this.tx.database.txOf(em), {
      proposalIds: [p.id],
      boycottIds,
    });
    return {
      seats,
      positions,
      recorders: new Map(recorderRows.map((r) => [Number(r.seq), { id: r.id, displayName: r.displayName }])),
      attendance,
      attendanceFacts: attendance.map((a) => ({
        meetingId: p.meetingId as string,
        participantId: a.participantId,
        status: a.status,
      })),
      boycotts,
      statements,
      text: version?.text ?? '',
    };
  }

  /** The chair: the meeting's chair at its startsAt, or for a written procedure the body's chair now. */
  private async chairOf(em: EntityManager, p: LockedProposal): Promise<ParticipantRef | null> {
    const { timeZone } = await this.org.get();
    const day = localDate(chairInstant(p), timeZone);
    // The same reading as Meeting.chairedBy: the CHAIR term in force that day.
    const chairId = chairOn(await this.access.chairTerms(em, p.bodyId), day);
    if (!chairId) return null;
    const [ref]: ParticipantRef[] = await em.query(`SELECT id, code, name, kind FROM participant WHERE id = $1`, [
      chairId,
    ]);
    return ref ?? null;
  }
}
