// The meeting, proposal and record lifecycles as data (a plain transition map, Vendure style), so
// a state move the lifecycle does not allow is one lookup and one CONFLICT message naming both
// states (docs/rules.md "Lifecycles" and "Errors").

export type MeetingStatus = 'SCHEDULED' | 'IN_SESSION' | 'ADJOURNED' | 'CANCELLED';
export type ProposalStatus = 'DRAFT' | 'OPEN' | 'ADOPTED' | 'NOT_ADOPTED' | 'WITHDRAWN';
export type RecordStatus = 'DRAFT' | 'PUBLISHED';
export type FloorRequestStatus = 'WAITING' | 'SPEAKING' | 'DONE' | 'WITHDRAWN';
export type MinutesStatus = 'DRAFT' | 'CIRCULATED' | 'ADOPTED';

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

/**
 * A request for the floor: WAITING -> SPEAKING (giveFloor) -> DONE (endSpeech, giving the floor to
 * someone else, or adjourning); WAITING -> WITHDRAWN (withdrawFloorRequest, or adjourning). A
 * speech once given is never withdrawn, and nobody speaks twice on one request.
 */
export const floorRequestLifecycle: Transitions<FloorRequestStatus> = Object.freeze({
  WAITING: Object.freeze(['SPEAKING', 'WITHDRAWN'] as const),
  SPEAKING: Object.freeze(['DONE'] as const),
  DONE: Object.freeze([] as const),
  WITHDRAWN: Object.freeze([] as const),
});

/**
 * Minutes: DRAFT -> CIRCULATED (circulateMinutes) -> ADOPTED (adoptMinutes, into the chain).
 * Editing keeps the state (a new version of DRAFT or CIRCULATED minutes); ADOPTED is final.
 */
export const minutesLifecycle: Transitions<MinutesStatus> = Object.freeze({
  DRAFT: Object.freeze(['CIRCULATED'] as const),
  CIRCULATED: Object.freeze(['ADOPTED'] as const),
  ADOPTED: Object.freeze([] as const),
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

/**
 * Null when `status` is one of `allowed`; else the CONFLICT message naming the state, e.g.
 * "The meeting is ADJOURNED: requesting the floor needs it SCHEDULED or IN_SESSION" (a noun ending
 * in "s", like "minutes", is taken as plural). For rules that
 * depend on a state without moving it (an action allowed only while a meeting sits).
 */
export function statusProblem<S extends string>(
  noun: string,
  status: S,
  allowed: readonly S[],
  action: string,
): string | null {
  if (allowed.includes(status)) return null;
  const wanted =
    allowed.length <= 1
      ? (allowed[0] ?? 'in no state')
      : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  // "minutes" is plural: "The minutes are ADOPTED: editing needs them DRAFT or CIRCULATED".
  const plural = noun.endsWith('s');
  return `The ${noun} ${plural ? 'are' : 'is'} ${status}: ${action} needs ${plural ? 'them' : 'it'} ${wanted}`;
}
