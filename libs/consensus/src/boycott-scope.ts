// Which meetings a boycott covers, and which scope fields a declaration may carry
// (docs/rules.md "Attendance and boycotts"). Boycotts apply to meetings only: written procedures
// never look here.

import { dateInRange, isIsoDate } from './dates.js';
import type { IsoDate } from './types.js';

export type BoycottScope = 'MEETING' | 'BODY' | 'CHAIRED_BY';
export const BOYCOTT_SCOPES: readonly BoycottScope[] = ['MEETING', 'BODY', 'CHAIRED_BY'];

export interface BoycottFact {
  id: string;
  participantId: string;
  scope: BoycottScope;
  meetingId: string | null;
  bodyId: string | null;
  chairedById: string | null;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  declaredAt: Date;
  withdrawnAt: Date | null;
}

/** A meeting as the rules see it: its body, its date in the organisation's zone, who chairs it. */
export interface MeetingFact {
  id: string;
  bodyId: string;
  date: IsoDate;
  /** The CHAIR term holder at the meeting's date. */
  chairedById: string | null;
  /**
   * Who presides: the acting chair when one is designated, else the chair. Callers that know of
   * acting chairs pass it (presiding.ts `presidedBy`); when absent, the chair presides.
   */
  presidedById?: string | null;
}

/** The participant presiding over `m`: `presidedById` when given, else the chair. */
export function presidingOf(m: MeetingFact): string | null {
  return m.presidedById !== undefined ? m.presidedById : m.chairedById;
}

/**
 * Whether boycott `b` is in force for meeting `m` (whoever declared it; matching the participant
 * is the caller's business):
 * - a withdrawn boycott covers nothing;
 * - MEETING covers that meeting, wherever it is rescheduled to (it is about that meeting);
 * - BODY covers the body's meetings whose date is in the period;
 * - CHAIRED_BY covers meetings presided by that participant whose date is in the period, of any
 *   body unless the boycott names one: who presides decides who attends, so a meeting where an
 *   acting chair presides is not covered by a boycott of its chair, and is covered by one of the
 *   acting chair. A meeting nobody presides is covered by no CHAIRED_BY boycott.
 */
export function boycottCovers(b: BoycottFact, m: MeetingFact): boolean {
  if (b.withdrawnAt !== null) return false;
  switch (b.scope) {
    case 'MEETING':
      return b.meetingId !== null && b.meetingId === m.id;
    case 'BODY':
      return b.bodyId !== null && b.bodyId === m.bodyId && dateInRange(m.date, b.startsOn, b.endsOn);
    case 'CHAIRED_BY': {
      const presiding = presidingOf(m);
      return (
        b.chairedById !== null &&
        presiding !== null &&
        b.chairedById === presiding &&
        (b.bodyId === null || b.bodyId === m.bodyId) &&
        dateInRange(m.date, b.startsOn, b.endsOn)
      );
    }
    default:
      return assertNever(b.scope);
  }
}

function assertNever(x: never): never {
  throw new Error(`Unknown boycott scope: ${String(x)}`);
}

/** The scope fields of a DeclareBoycottInput; absent and null mean "not given". */
export interface BoycottScopeInput {
  scope: BoycottScope;
  meetingId?: string | null;
  bodyId?: string | null;
  chairedById?: string | null;
  startsOn?: IsoDate | null;
  endsOn?: IsoDate | null;
}

/** A BAD_USER_INPUT problem: `field` goes to `extensions.field`. */
export interface FieldProblem {
  field: string;
  message: string;
}

type ScopeField = 'meetingId' | 'bodyId' | 'chairedById' | 'startsOn' | 'endsOn';

// docs/rules.md "Scope fields": what each scope needs and what it may add; anything else given is
// BAD_USER_INPUT. A MEETING boycott's period is its meeting's date, so it takes no dates.
const SCOPE_FIELDS: Readonly<
  Record<BoycottScope, { required: readonly ScopeField[]; optional: readonly ScopeField[] }>
> = {
  MEETING: { required: ['meetingId'], optional: [] },
  BODY: { required: ['bodyId', 'startsOn'], optional: ['endsOn'] },
  CHAIRED_BY: { required: ['chairedById', 'startsOn'], optional: ['bodyId', 'endsOn'] },
};

const ALL_FIELDS: readonly ScopeField[] = ['meetingId', 'bodyId', 'chairedById', 'startsOn', 'endsOn'];

function given(v: string | null | undefined): v is string {
  return v !== undefined && v !== null;
}

/**
 * The first problem with a boycott declaration's scope fields, or null when they fit the scope:
 * a required field missing (or empty), a field the scope does not take, a date that is not a real
 * 'YYYY-MM-DD', or an `endsOn` before `startsOn`.
 */
export function validateBoycottScope(input: BoycottScopeInput): FieldProblem | null {
  if (!Object.prototype.hasOwnProperty.call(SCOPE_FIELDS, input.scope)) {
    return { field: 'scope', message: `scope must be one of ${BOYCOTT_SCOPES.join(', ')}` };
  }
  const rule = SCOPE_FIELDS[input.scope];
  for (const field of rule.required) {
    const v = input[field];
    if (!given(v) || v.trim() === '') {
      return { field, message: `${field} is required for a ${input.scope} boycott` };
    }
  }
  for (const field of ALL_FIELDS) {
    if (rule.required.includes(field) || rule.optional.includes(field)) continue;
    if (given(input[field])) {
      const why =
        input.scope === 'MEETING' && (field === 'startsOn' || field === 'endsOn')
          ? " (its period is the meeting's date)"
          : '';
      return { field, message: `${field} is not allowed for a ${input.scope} boycott${why}` };
    }
  }
  const { startsOn, endsOn } = input;
  if (given(startsOn) && !isIsoDate(startsOn)) {
    return { field: 'startsOn', message: 'startsOn must be a date (YYYY-MM-DD)' };
  }
  if (given(endsOn)) {
    if (!isIsoDate(endsOn)) return { field: 'endsOn', message: 'endsOn must be a date (YYYY-MM-DD)' };
    if (given(startsOn) && endsOn < startsOn) {
      return { field: 'endsOn', message: 'endsOn must not be before startsOn' };
    }
  }
  return null;
}
