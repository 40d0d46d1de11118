// The meeting, proposal and record lifecycles as data (a plain transition map, Vendure style), so
// a state move the lifecycle does not allow is one lookup and one CONFLICT message naming both
// states (docs/rules.md "Lifecycles" and "Errors").

export type MeetingStatus = 'SCHEDULED' | 'IN_SESSION' | 'ADJOURNED' | 'CANCELLED';
export type ProposalStatus = 'DRAFT' | 'OPEN' | 'ADOPTED' | 'NOT_ADOPTED' | 'WITHDRAWN';
export type RecordStatus = 'DRAFT' | 'PUBLISHED';

/** For each state, the states it may move to; a state with none is final. */
export type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

/** SCHEDULED -> IN_SESSION -> ADJOURNED; SCHEDULED -> CANCELLED. One meeting per sitting, so ADJOURNED is final. */
export const meetingLifecycle: Transitions<MeetingStatus> = Object.freeze({
  SCHEDULED: Object.freeze(['IN_SESSION', 'CANCELLED'] as const),
  IN_SESSION: Object.freeze(['ADJOURNED'] as const),
  ADJOURNED: Object.freeze([] as const),
  CANCELLED: Object.freeze([] as const),
});

/**
 * DRAFT -> OPEN (openProposal, or at once by startWrittenProcedure); OPEN -> ADOPTED | NOT_ADOPTED
 * (closeProposal); DRAFT | OPEN -> WITHDRAWN. A decided or withdrawn proposal never reopens:
 * amending makes a new version of an OPEN or DRAFT proposal, not a new state.
 */
export const proposalLifecycle: Transitions<ProposalStatus> = Object.freeze({
  DRAFT: Object.freeze(['OPEN', 'WITHDRAWN'] as const),
  OPEN: Object.freeze(['ADOPTED', 'NOT_ADOPTED', 'WITHDRAWN'] as const),
  ADOPTED: Object.freeze([] as const),
  NOT_ADOPTED: Object.freeze([] as const),
  WITHDRAWN: Object.freeze([] as const),
});

/** DRAFT -> PUBLISHED. Published records never change; corrigenda correct them. */
export const recordLifecycle: Transitions<RecordStatus> = Object.freeze({
  DRAFT: Object.freeze(['PUBLISHED'] as const),
  PUBLISHED: Object.freeze([] as const),
});

function exitsOf<S extends string>(machine: Transitions<S>, from: S): readonly S[] {
  // Own keys only: a status read from outside must not find Object.prototype's members.
  return Object.prototype.hasOwnProperty.call(machine, from) ? machine[from] : [];
}

/** The states of a machine, in declaration order. */
export function statesOf<S extends string>(machine: Transitions<S>): S[] {
  return Object.keys(machine) as S[];
}

/** True when the machine allows `from` -> `to`. Staying put is not a move. */
export function canTransition<S extends string>(machine: Transitions<S>, from: S, to: S): boolean {
  return exitsOf(machine, from).includes(to);
}

/** True for a state with no exits (ADJOURNED, CANCELLED, ADOPTED, NOT_ADOPTED, WITHDRAWN, PUBLISHED). */
export function isFinal<S extends string>(machine: Transitions<S>, state: S): boolean {
  return exitsOf(machine, state).length === 0;
}

/** The final states of a machine. */
export function finalStates<S extends string>(machine: Transitions<S>): S[] {
  return statesOf(machine).filter((s) => isFinal(machine, s));
}

function withArticle(noun: string): string {
  const article = /^[aeiou]/i.test(noun) ? 'An' : 'A';
  return `${article} ${noun}`;
}

/**
 * Null when the move is allowed; else the CONFLICT message, naming both states, e.g.
 * "A meeting cannot move from ADJOURNED to IN_SESSION".
 */
export function transitionProblem<S extends string>(
  machine: Transitions<S>,
  from: S,
  to: S,
  noun: string,
): string | null {
  if (canTransition(machine, from, to)) return null;
  return `${withArticle(noun)} cannot move from ${from} to ${to}`;
}
