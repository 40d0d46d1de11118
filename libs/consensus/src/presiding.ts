// Who presides over a meeting (the room): the chair term holder, unless an acting chair is
// designated for that meeting. Who presides decides who attends (a boycott of "meetings chaired by
// X" follows the one actually presiding) and who holds the chair's powers there (chair-powers.ts).

import type { FieldProblem } from './boycott-scope.js';
import { statusProblem, type MeetingStatus } from './lifecycle.js';
import type { Actor } from './chair-powers.js';
import type { ParticipantKind, ParticipantStatus } from './types.js';

/** A participant proposed as acting chair, as the body sees it at the meeting's date. */
export interface ActingChairCandidate {
  participantId: string;
  kind: ParticipantKind;
  status: ParticipantStatus;
  /** A member of the meeting's body. */
  isMember: boolean;
}

/**
 * Null when the candidate may be designated acting chair of a meeting; else the BAD_USER_INPUT
 * problem on `participantId`. The acting chair is an ACTIVE member of the body of kind
 * PARTICIPANT (an observer never presides) and not the CHAIR term holder (who would be acting for
 * itself). `chairHolderId` is the participant holding the CHAIR term in force at the meeting's
 * date, or null. A vice-chair may be designated: it is how a vice-chair usually takes the chair.
 */
export function actingChairProblem(candidate: ActingChairCandidate, chairHolderId: string | null): FieldProblem | null {
  const field = 'participantId';
  if (candidate.kind !== 'PARTICIPANT') return { field, message: 'An observer cannot be acting chair' };
  if (!candidate.isMember) return { field, message: 'The acting chair must be a member of the body' };
  if (candidate.status !== 'ACTIVE') return { field, message: 'A suspended participant cannot be acting chair' };
  if (chairHolderId !== null && candidate.participantId === chairHolderId) {
    return { field, message: 'The chair cannot be its own acting chair' };
  }
  return null;
}

/** designateActingChair needs the meeting SCHEDULED or IN_SESSION. */
export const ACTING_CHAIR_MEETING_STATUSES: readonly MeetingStatus[] = ['SCHEDULED', 'IN_SESSION'];

/** Null when an acting chair may be designated for a meeting in this state; else the CONFLICT message. */
export function actingChairMeetingProblem(status: MeetingStatus): string | null {
  return statusProblem('meeting', status, ACTING_CHAIR_MEETING_STATUSES, 'designating an acting chair');
}

/** Meeting.presidedBy: the acting chair when one is designated, else the chair (chairedBy). */
export function presidedBy(chairedById: string | null, actingChairId: string | null): string | null {
  return actingChairId ?? chairedById;
}

/**
 * endActingChair: the acting chair's own delegates, or SECRETARIAT (and ADMIN, who has every
 * SECRETARIAT power). The chair's delegates cannot take the chair back by themselves: while the
 * acting chair presides, the meeting's chair powers are not theirs.
 */
export function mayEndActingChair(actor: Actor, actingChairId: string): boolean {
  if (actor.role === 'SECRETARIAT' || actor.role === 'ADMIN') return true;
  return actor.participantId !== null && actor.participantId === actingChairId;
}
