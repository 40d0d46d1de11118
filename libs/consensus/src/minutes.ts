// The minutes lifecycle (the record): drafted from an ADJOURNED meeting, edited by the secretariat,
// circulated for comment until a deadline, then adopted into the chain. These say when each step
// is allowed; the Markdown draft itself is minutes-draft.ts.

import type { FieldProblem } from './boycott-scope.js';
import { canTransition, minutesLifecycle, statusProblem, type MeetingStatus, type MinutesStatus } from './lifecycle.js';

/** draftMinutes needs the meeting ADJOURNED (minutes are of a meeting as held). CONFLICT otherwise. */
export function draftMinutesProblem(meetingStatus: MeetingStatus): string | null {
  return statusProblem('meeting', meetingStatus, ['ADJOURNED'], 'drafting its minutes');
}

/** editMinutes: DRAFT or CIRCULATED (a new version); ADOPTED minutes never change. CONFLICT otherwise. */
export function editMinutesProblem(status: MinutesStatus): string | null {
  return statusProblem('minutes', status, ['DRAFT', 'CIRCULATED'], 'editing');
}

/**
 * circulateMinutes: DRAFT -> CIRCULATED (CONFLICT naming both states otherwise), with a comments
 * deadline in the future (BAD_USER_INPUT on `commentsDeadline` otherwise). The state is checked
 * by the caller after the input, as for every mutation: this answers the input part.
 */
export function commentsDeadlineProblem(commentsDeadline: Date, now: Date): FieldProblem | null {
  if (Number.isNaN(commentsDeadline.getTime()) || commentsDeadline.getTime() <= now.getTime()) {
    return { field: 'commentsDeadline', message: 'commentsDeadline must be in the future' };
  }
  return null;
}

/** A state move of minutes: null when allowed, else the CONFLICT message naming both states. */
export function minutesMoveProblem(from: MinutesStatus, to: MinutesStatus): string | null {
  // transitionProblem's wording ("A meeting cannot move ...") does not fit a plural noun.
  return canTransition(minutesLifecycle, from, to) ? null : `Minutes cannot move from ${from} to ${to}`;
}

export type MinutesCommentProblem =
  { code: 'CONFLICT'; message: string } | { code: 'DEADLINE_PASSED'; message: string };

/**
 * commentOnMinutes (after the caller has checked the delegate and the seat): CIRCULATED, else
 * CONFLICT; at or after the comments deadline, DEADLINE_PASSED.
 */
export function minutesCommentProblem(
  status: MinutesStatus,
  commentsDeadline: Date | null,
  now: Date,
): MinutesCommentProblem | null {
  const state = statusProblem('minutes', status, ['CIRCULATED'], 'commenting');
  if (state !== null) return { code: 'CONFLICT', message: state };
  if (commentsDeadline !== null && now.getTime() >= commentsDeadline.getTime()) {
    return { code: 'DEADLINE_PASSED', message: `The comments deadline (${commentsDeadline.toISOString()}) has passed` };
  }
  return null;
}

/**
 * adoptMinutes: CIRCULATED and past its comments deadline (everyone had the time they were
 * promised), else CONFLICT.
 */
export function adoptMinutesProblem(status: MinutesStatus, commentsDeadline: Date | null, now: Date): string | null {
  const move = minutesMoveProblem(status, 'ADOPTED');
  if (move !== null) return move;
  if (commentsDeadline !== null && now.getTime() < commentsDeadline.getTime()) {
    return `The minutes are open for comment until ${commentsDeadline.toISOString()}: they can be adopted after that`;
  }
  return null;
}
