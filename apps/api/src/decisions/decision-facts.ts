// Turns what the database holds about a proposal (its body's seats, the meeting's attendance, the
// positions) into the inputs of the pure rule `decide` (#consensus), and its answer into a Tally.
// The live tally, the closing and the frozen record all go through here, so they cannot disagree.
import {
  currentPositions,
  decide,
  type AttendanceStatus,
  type Decision,
  type DecideInput,
  type MemberFact,
} from '#consensus';
import type { ParticipantModel } from '../organisation/models/organisation.models.js';
import type { AttendanceFactRow, PositionRow, SeatRow } from './decision-rows.js';
import type { TallyModel } from './models/proposal.models.js';

export interface ProposalFacts {
  procedure: 'IN_MEETING' | 'WRITTEN';
  currentVersionNumber: number;
}

export interface DecisionFacts {
  input: DecideInput;
  decision: Decision;
  /** Everyone the decision speaks of (seats and position holders), by id. */
  people: Map<string, ParticipantModel>;
}

export function decideFromFacts(
  proposal: ProposalFacts,
  quorum: number | null,
  seats: SeatRow[],
  attendance: AttendanceFactRow[],
  positions: PositionRow[],
  deadlinePassed = false,
): DecisionFacts {
  const people = new Map<string, ParticipantModel>();
  const participants: MemberFact[] = [];
  for (const s of seats) {
    if (people.has(s.participant.id)) continue;
    people.set(s.participant.id, s.participant);
    participants.push(memberFact(s.participant, true));
  }
  // Someone with a position who holds no seat (removed while the proposal was open) is listed too,
  // as not entitled: a position never counts for someone the body does not seat.
  for (const p of positions) {
    if (people.has(p.participantId)) continue;
    people.set(p.participantId, p.participant);
    participants.push(memberFact(p.participant, false));
  }
  const input: DecideInput = {
    procedure: proposal.procedure,
    currentVersion: proposal.currentVersionNumber,
    quorum,
    participants,
    attendance:
      proposal.procedure === 'IN_MEETING'
        ? new Map<string, AttendanceStatus>(attendance.map((a) => [a.participantId, a.status]))
        : new Map<string, AttendanceStatus>(),
    positions: positions.map((p) => ({
      participantId: p.participantId,
      stance: p.stance,
      versionNumber: p.versionNumber,
      seq: p.seq,
    })),
    deadlinePassed,
  };
  return { input, decision: decide(input), people };
}

function memberFact(p: ParticipantModel, isMember: boolean): MemberFact {
  return { participantId: p.id, code: p.code, kind: p.kind, status: p.status, isMember };
}

export function tallyOf({ decision: d, people }: DecisionFacts): TallyModel {
  const pick = (ids: string[]): ParticipantModel[] =>
    ids.map((id) => people.get(id)).filter((p): p is ParticipantModel => !!p);
  return {
    support: d.support.length,
    object: d.object.length,
    abstain: d.abstain.length,
    silent: d.silent.length,
    entitled: pick(d.entitled),
    objectors: pick(d.objectors),
    quorumMet: d.quorumMet,
    attendanceComplete: d.attendanceComplete,
    consensus: d.consensus,
  };
}

/** Each participant's latest position on `version` (the rule's own currentPositions), ordered by participant code. */
export function latestPositions(positions: PositionRow[], version: number): PositionRow[] {
  // currentPositions keeps the objects it is given, so these are the rows themselves.
  const current = [...currentPositions(positions, version).values()] as PositionRow[];
  return current.sort((a, b) =>
    a.participant.code < b.participant.code ? -1 : a.participant.code > b.participant.code ? 1 : 0,
  );
}
