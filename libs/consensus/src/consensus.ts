// The consensus rule itself (docs/rules.md "Entitlement and the rule"): only entitled participants'
// latest positions on the current version count. In a meeting a proposal is adopted when at least
// one entitled participant supports it and none objects; in a written (silence) procedure it is
// adopted unless an entitled member objects, because silence is consent.

import { isPresent } from './attendance.js';
import { entitlement, isDecidingMember, type MemberFact } from './entitlement.js';
import { mayCarryReservation, normalizeReservation } from './reservation.js';
import type { AttendanceStatus, DecisionProcedure, NotEntitledReason, Outcome, Stance } from './types.js';

export interface PositionFact {
  participantId: string;
  stance: Stance;
  versionNumber: number;
  /** Arrival order, strictly increasing (e.g. the row's serial id). */
  seq: number;
  /** A reservation joined to a SUPPORT or ABSTAIN (reservation.ts); never read by the outcome. */
  reservation?: string | null;
}

/**
 * Each participant's position: its latest stance (highest `seq`) on `currentVersion`. Positions on
 * older versions stop counting after an amendment, so nobody's stance is counted for a text it did
 * not see; they stay in the history only.
 */
export function currentPositions(positions: PositionFact[], currentVersion: number): Map<string, PositionFact> {
  const latest = new Map<string, PositionFact>();
  for (const p of positions) {
    if (p.versionNumber !== currentVersion) continue;
    const seen = latest.get(p.participantId);
    if (seen === undefined || p.seq > seen.seq) latest.set(p.participantId, p);
  }
  return latest;
}

export interface DecideInput {
  procedure: DecisionProcedure;
  currentVersion: number;
  /** Least number of members PRESENT or REMOTE; null: none. */
  quorum: number | null;
  /** Members AND observers AND anyone who has a position. */
  participants: MemberFact[];
  /** IN_MEETING: status per participantId, missing = a gap. WRITTEN: ignored. */
  attendance: Map<string, AttendanceStatus>;
  positions: PositionFact[];
  /** WRITTEN: the deadline has passed (read by closeProblem and `consensus`, never by the outcome). */
  deadlinePassed?: boolean;
}

export interface NotEntitled {
  participantId: string;
  reason: NotEntitledReason;
}

export interface Decision {
  outcome: Outcome;
  /** True when closing now would adopt. */
  consensus: boolean;
  entitled: string[];
  notEntitled: NotEntitled[];
  support: string[];
  object: string[];
  abstain: string[];
  /** Entitled participants with no position on the current version. */
  silent: string[];
  /** Of `support` and `abstain`, those whose position carries a reservation (Tally.withReservation). */
  withReservation: string[];
  /** Entitled participants objecting (the same ids as `object`). */
  objectors: string[];
  quorumMet: boolean;
  /** Members (isMember, kind PARTICIPANT) with no attendance; IN_MEETING only, else []. */
  attendanceGaps: string[];
  attendanceComplete: boolean;
  /** ACTIVE members PRESENT or REMOTE (IN_MEETING; 0 for WRITTEN, where attendance is not read). */
  presentMembers: number;
}

function byCode(a: MemberFact, b: MemberFact): number {
  // Plain code-unit order, not localeCompare: the same list on every machine and locale.
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0;
}

/**
 * The outcome and the tally of a proposal as it stands. Lists hold participant ids sorted by
 * participant code. A participant with a position but not among `participants` is not entitled
 * (NOT_MEMBER): a position never counts for someone the body does not know.
 */
export function decide(input: DecideInput): Decision {
  const { procedure } = input;
  const inMeeting = procedure === 'IN_MEETING';

  const people = new Map<string, MemberFact>();
  for (const p of input.participants) if (!people.has(p.participantId)) people.set(p.participantId, p);
  const positions = currentPositions(input.positions, input.currentVersion);
  for (const id of positions.keys()) {
    if (!people.has(id)) {
      people.set(id, { participantId: id, code: id, kind: 'PARTICIPANT', status: 'ACTIVE', isMember: false });
    }
  }
  const sorted = [...people.values()].sort(byCode);

  const attendanceOf = (id: string): AttendanceStatus | null => (inMeeting ? (input.attendance.get(id) ?? null) : null);

  const entitled: string[] = [];
  const notEntitled: NotEntitled[] = [];
  const support: string[] = [];
  const object: string[] = [];
  const abstain: string[] = [];
  const silent: string[] = [];
  const withReservation: string[] = [];
  const attendanceGaps: string[] = [];
  let presentMembers = 0;

  for (const p of sorted) {
    const id = p.participantId;
    const e = entitlement(p, procedure, attendanceOf(id));
    if (e.entitled) {
      entitled.push(id);
      const position = positions.get(id);
      const stance = position?.stance;
      if (stance === 'SUPPORT') support.push(id);
      else if (stance === 'OBJECT') object.push(id);
      else if (stance === 'ABSTAIN') abstain.push(id);
      else silent.push(id);
      // Counted only: a reservation is on the record, not in the rule.
      if (stance !== undefined && mayCarryReservation(stance) && normalizeReservation(position?.reservation) !== null) {
        withReservation.push(id);
      }
    } else {
      notEntitled.push({ participantId: id, reason: e.reason });
    }
    if (inMeeting && isDecidingMember(p)) {
      if (!input.attendance.has(id)) attendanceGaps.push(id);
      if (p.status === 'ACTIVE' && isPresent(input.attendance.get(id))) presentMembers += 1;
    }
  }

  const quorumMet = !inMeeting || input.quorum === null || presentMembers >= input.quorum;
  const attendanceComplete = attendanceGaps.length === 0;
  // A meeting adopts on at least one entitled SUPPORT and no entitled objection; a written
  // (silence) procedure adopts unless an entitled member objects.
  const adopted = object.length === 0 && (inMeeting ? support.length > 0 : true);
  const outcome: Outcome = adopted ? 'ADOPTED' : 'NOT_ADOPTED';
  // "True when closing now would adopt": a meeting also needs its quorum and no attendance gaps; a
  // written procedure closes before its deadline only once nobody entitled is silent.
  const consensus =
    adopted && (inMeeting ? quorumMet && attendanceComplete : input.deadlinePassed === true || silent.length === 0);

  return {
    outcome,
    consensus,
    entitled,
    notEntitled,
    support,
    object,
    abstain,
    silent,
    withReservation,
    objectors: [...object],
    quorumMet,
    attendanceGaps,
    attendanceComplete,
    presentMembers,
  };
}

/** A written procedure may close before its deadline only once every entitled member has a position. */
export function canCloseWrittenEarly(d: Decision): boolean {
  return d.silent.length === 0;
}

/** Why a proposal may not be closed now, as the error code to answer with; see closeProblem. */
export type CloseProblem =
  | { code: 'ATTENDANCE_INCOMPLETE'; participants: string[] }
  | { code: 'QUORUM_NOT_MET'; presentMembers: number; quorum: number }
  | { code: 'POSITIONS_OUTSTANDING'; participants: string[] };

/**
 * What stops closing now, or null. IN_MEETING: attendance gaps first (ATTENDANCE_INCOMPLETE,
 * listing the participant ids), then the quorum (QUORUM_NOT_MET). WRITTEN before its deadline:
 * a silent entitled member (POSITIONS_OUTSTANDING); at or after the deadline nothing stops it.
 * Lifecycle checks (OPEN, meeting IN_SESSION) are the caller's, through lifecycle.ts.
 */
export function closeProblem(input: DecideInput, d: Decision): CloseProblem | null {
  if (input.procedure === 'IN_MEETING') {
    if (!d.attendanceComplete) return { code: 'ATTENDANCE_INCOMPLETE', participants: [...d.attendanceGaps] };
    if (!d.quorumMet) return { code: 'QUORUM_NOT_MET', presentMembers: d.presentMembers, quorum: input.quorum ?? 0 };
    return null;
  }
  if (input.deadlinePassed === true || canCloseWrittenEarly(d)) return null;
  return { code: 'POSITIONS_OUTSTANDING', participants: [...d.silent] };
}
