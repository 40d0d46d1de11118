// The SQL of the decisions area's reads, in one place to review: plain queries that return GraphQL
// models and rule facts directly (no entity hydration, no `relations`: a proposal with 85 positions is
// read in a handful of statements). Each takes the EntityManager to run on, so a use case reads inside
// its own transaction and the loaders read outside any.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AttendanceStatus, ParticipantKind, ParticipantStatus } from '#consensus';
import { isUuid } from '../common/errors.js';
import type { ParticipantModel } from '../organisation/models/organisation.models.js';
import type { PositionModel, ProposalModel, ProposalVersionModel } from './models/proposal.models.js';

export const PROPOSAL_COLUMNS = `p.id, p.reference, p.title, p.procedure, p.status, p.deadline,
  p.withdrawal_reason AS "withdrawalReason", p.body_id AS "bodyId", p.agenda_item_id AS "agendaItemId",
  p.meeting_id AS "meetingId", p.current_version AS "currentVersionNumber",
  p.created_by_user_id AS "createdByUserId", p.created_at AS "createdAt", p.opened_at AS "openedAt",
  p.closed_at AS "closedAt"`;

/** A position with the proposal it belongs to and its arrival order (the row's identity). */
export interface PositionRow extends PositionModel {
  proposalId: string;
  seq: number;
  participant: ParticipantModel;
}

/** A seat on a body (member or observer; which one follows from the participant's kind). */
export interface SeatRow {
  bodyId: string;
  participant: ParticipantModel;
}

export interface AttendanceFactRow {
  meetingId: string;
  participantId: string;
  status: AttendanceStatus;
}

interface RawParticipantColumns {
  participantId: string;
  code: string;
  name: string;
  kind: ParticipantKind;
  participantStatus: ParticipantStatus;
}

function participantOf(r: RawParticipantColumns): ParticipantModel {
  return { id: r.participantId, code: r.code, name: r.name, kind: r.kind, status: r.participantStatus } as ParticipantModel;
}

@Injectable()
export class DecisionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  async proposalsByIds(ids: readonly string[], em?: EntityManager): Promise<ProposalModel[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return this.em(em).query(`SELECT ${PROPOSAL_COLUMNS} FROM proposal p WHERE p.id = ANY($1)`, [valid]);
  }

  /** Proposals on each agenda item, oldest first. */
  proposalsByAgendaItemIds(ids: readonly string[], em?: EntityManager): Promise<ProposalModel[]> {
    return this.em(em).query(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal p WHERE p.agenda_item_id = ANY($1) ORDER BY p.created_at, p.reference`,
      [ids.filter(isUuid)],
    );
  }

  /** Every version of each proposal, first to last. */
  versionsByProposalIds(ids: readonly string[], em?: EntityManager): Promise<ProposalVersionModel[]> {
    return this.em(em).query(
      `SELECT v.proposal_id AS "proposalId", v.number, v.text, v.change_note AS "changeNote",
              v.created_by_user_id AS "createdByUserId", v.created_at AS "createdAt"
         FROM proposal_version v WHERE v.proposal_id = ANY($1) ORDER BY v.proposal_id, v.number`,
      [ids.filter(isUuid)],
    );
  }

  /** Every position ever taken on each proposal, in arrival order, with its participant. */
  async positionsByProposalIds(ids: readonly string[], em?: EntityManager): Promise<PositionRow[]> {
    const rows: (RawParticipantColumns & Omit<PositionRow, 'participant' | 'seq'> & { seq: string })[] = await this.em(em).query(
      `SELECT x.proposal_id AS "proposalId", x.id AS seq, x.participant_id AS "participantId", x.stance,
              x.version_number AS "versionNumber", x.statement, x.recorded_by_user_id AS "recordedByUserId",
              x.recorded_at AS "recordedAt", x.on_behalf AS "onBehalf",
              pt.code, pt.name, pt.kind, pt.status AS "participantStatus"
         FROM position x JOIN participant pt ON pt.id = x.participant_id
        WHERE x.proposal_id = ANY($1) ORDER BY x.id`,
      [ids.filter(isUuid)],
    );
    return rows.map((r) => ({
      proposalId: r.proposalId,
      seq: Number(r.seq),
      participantId: r.participantId,
      participant: participantOf(r),
      stance: r.stance,
      versionNumber: r.versionNumber,
      statement: r.statement,
      recordedByUserId: r.recordedByUserId,
      recordedAt: r.recordedAt,
      onBehalf: r.onBehalf,
    }));
  }

  /** Members and observers of each body, ordered by participant code. */
  async seatsByBodyIds(ids: readonly string[], em?: EntityManager): Promise<SeatRow[]> {
    const rows: (RawParticipantColumns & { bodyId: string })[] = await this.em(em).query(
      `SELECT m.body_id AS "bodyId", pt.id AS "participantId", pt.code, pt.name, pt.kind, pt.status AS "participantStatus"
         FROM body_membership m JOIN participant pt ON pt.id = m.participant_id
        WHERE m.body_id = ANY($1) ORDER BY pt.code`,
      [ids.filter(isUuid)],
    );
    return rows.map((r) => ({ bodyId: r.bodyId, participant: participantOf(r) }));
  }

  /**
   * Attendance of each meeting as recorded: once a meeting is open (the only time positions are
   * taken on its proposals) these rows are its attendance, frozen at opening.
   */
  attendanceByMeetingIds(ids: readonly string[], em?: EntityManager): Promise<AttendanceFactRow[]> {
    return this.em(em).query(
      `SELECT meeting_id AS "meetingId", participant_id AS "participantId", status
         FROM attendance_record WHERE meeting_id = ANY($1)`,
      [ids.filter(isUuid)],
    );
  }
}

/** A proposal locked for a change, with what the rules ask of its body and meeting. */
export interface LockedProposal extends ProposalModel {
  bodyCode: string;
  bodyName: string;
  bodyKind: 'PLENARY' | 'COMMITTEE' | 'WORKING_GROUP';
  quorum: number | null;
  meetingStatus: string | null;
  meetingTitle: string | null;
  meetingStartsAt: Date | null;
  meetingEndsAt: Date | null;
  meetingKind: 'REGULAR' | 'INTERSESSIONAL' | 'EXTRAORDINARY' | null;
  /** WRITTEN: the deadline is at or before the database's now. */
  deadlinePassed: boolean;
}

/**
 * Locks a proposal FOR UPDATE (closing, amending, opening, withdrawing: the exclusive form, which
 * waits for every position being recorded and makes later ones wait) and reads it with its body and
 * meeting. Null when no such proposal.
 */
export async function lockProposalForUpdate(em: EntityManager, id: string): Promise<LockedProposal | null> {
  if (!isUuid(id)) return null;
  const rows: LockedProposal[] = await em.query(
    `SELECT ${PROPOSAL_COLUMNS}, b.code AS "bodyCode", b.name AS "bodyName", b.kind AS "bodyKind", b.quorum,
            m.status AS "meetingStatus", m.title AS "meetingTitle", m.starts_at AS "meetingStartsAt",
            m.ends_at AS "meetingEndsAt", m.kind AS "meetingKind",
            (p.deadline IS NOT NULL AND p.deadline <= now()) AS "deadlinePassed"
       FROM proposal p
       JOIN body b ON b.id = p.body_id
       LEFT JOIN meeting m ON m.id = p.meeting_id
      WHERE p.id = $1
        FOR UPDATE OF p`,
    [id],
  );
  return rows[0] ?? null;
}
