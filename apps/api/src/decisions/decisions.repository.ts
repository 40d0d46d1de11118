// The SQL of the decisions area's reads, in one place to review: plain queries that return GraphQL
// models and rule facts directly (no entity hydration, no `relations`: a proposal with 85 positions is
// read in a handful of statements). Each takes the EntityManager to run on, so a use case reads inside
// its own transaction and the loaders read outside any.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../platform/errors.js';
import {
  ATTENDANCE_BY_MEETINGS_SQL,
  POSITIONS_BY_PROPOSALS_SQL,
  PROPOSAL_COLUMNS,
  PROPOSALS_BY_AGENDA_ITEMS_SQL,
  PROPOSALS_BY_IDS_SQL,
  SEATS_BY_BODIES_SQL,
  VERSIONS_BY_PROPOSALS_SQL,
} from './decisions.sql.js';
import {
  toPositionRow,
  toSeatRow,
  type AttendanceFactRow,
  type PositionRow,
  type RawPositionRow,
  type RawSeatRow,
  type SeatRow,
} from './decision-rows.js';
import type { ProposalModel, ProposalVersionModel } from './models/proposal.models.js';

export { PROPOSAL_COLUMNS };
export type { AttendanceFactRow, PositionRow, SeatRow };

@Injectable()
export class DecisionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  async proposalsByIds(ids: readonly string[], em?: EntityManager): Promise<ProposalModel[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return this.em(em).query(PROPOSALS_BY_IDS_SQL, [valid]);
  }

  /** Proposals on each agenda item, oldest first. */
  proposalsByAgendaItemIds(ids: readonly string[], em?: EntityManager): Promise<ProposalModel[]> {
    return this.em(em).query(PROPOSALS_BY_AGENDA_ITEMS_SQL, [ids.filter(isUuid)]);
  }

  /** Every version of each proposal, first to last. */
  versionsByProposalIds(ids: readonly string[], em?: EntityManager): Promise<ProposalVersionModel[]> {
    return this.em(em).query(VERSIONS_BY_PROPOSALS_SQL, [ids.filter(isUuid)]);
  }

  /** Every position ever taken on each proposal, in arrival order, with its participant. */
  async positionsByProposalIds(ids: readonly string[], em?: EntityManager): Promise<PositionRow[]> {
    const rows: RawPositionRow[] = await this.em(em).query(POSITIONS_BY_PROPOSALS_SQL, [ids.filter(isUuid)]);
    return rows.map(toPositionRow);
  }

  /** Members and observers of each body, ordered by participant code. */
  async seatsByBodyIds(ids: readonly string[], em?: EntityManager): Promise<SeatRow[]> {
    const rows: RawSeatRow[] = await this.em(em).query(SEATS_BY_BODIES_SQL, [ids.filter(isUuid)]);
    return rows.map(toSeatRow);
  }

  /**
   * Attendance of each meeting as recorded: once a meeting is open (the only time positions are
   * taken on its proposals) these rows are its attendance, frozen at opening.
   */
  attendanceByMeetingIds(ids: readonly string[], em?: EntityManager): Promise<AttendanceFactRow[]> {
    return this.em(em).query(ATTENDANCE_BY_MEETINGS_SQL, [ids.filter(isUuid)]);
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
