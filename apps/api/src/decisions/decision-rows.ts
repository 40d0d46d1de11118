// The rows the decisions area reads, as the rules and the GraphQL models use them, and how the
// driver's rows become them. Type-only imports: the benchmark's raw-`pg` server maps its rows with
// these same functions without loading Nest or TypeORM.
import type { AttendanceStatus, ParticipantKind, ParticipantStatus } from '#consensus';
import type { ParticipantModel } from '../organisation/models/organisation.models.js';
import type { PositionModel } from './models/proposal.models.js';

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

export interface RawParticipantColumns {
  participantId: string;
  code: string;
  name: string;
  kind: ParticipantKind;
  participantStatus: ParticipantStatus;
}

function participantOf(r: RawParticipantColumns): ParticipantModel {
  return {
    id: r.participantId,
    code: r.code,
    name: r.name,
    kind: r.kind,
    status: r.participantStatus,
  } as ParticipantModel;
}

/** A row of POSITIONS_BY_PROPOSALS_SQL as it comes from the driver. */
export type RawPositionRow = RawParticipantColumns & Omit<PositionRow, 'participant' | 'seq'> & { seq: string };

export function toPositionRow(r: RawPositionRow): PositionRow {
  return {
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
  };
}

/** A row of SEATS_BY_BODIES_SQL as it comes from the driver. */
export type RawSeatRow = RawParticipantColumns & { bodyId: string };

export function toSeatRow(r: RawSeatRow): SeatRow {
  return { bodyId: r.bodyId, participant: participantOf(r) };
}
