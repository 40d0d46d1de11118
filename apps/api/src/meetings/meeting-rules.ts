// The lifecycle checks the meetings services share, read off the meeting lifecycle map in
// #consensus (docs/rules.md, "Lifecycles"), so "a final meeting" is decided in one place.
import { isFinal, meetingLifecycle, transitionProblem, type MeetingStatus } from '#consensus';
import { Conflict } from '../platform/errors.js';

/** CONFLICT for a move the lifecycle map does not allow, naming both states. */
export function requireMove(from: MeetingStatus, to: MeetingStatus): void {
  const problem = transitionProblem(meetingLifecycle, from, to, 'meeting');
  if (problem) throw new Conflict(`${problem}.`, { from, to });
}

/** A final meeting (ADJOURNED, CANCELLED: no exit in the lifecycle map) no longer changes `what`. */
export function requireNotFinal(status: MeetingStatus, what: 'agenda' | 'attendance'): void {
  if (isFinal(meetingLifecycle, status)) throw new Conflict(`The meeting is ${status}: its ${what} no longer changes.`);
}
