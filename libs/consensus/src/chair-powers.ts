// Who chairs a body on a given day, and who holds chair powers there (docs/rules.md, "Chair
// powers"): the pure decisions behind the organisation area's access policy, written once.

import { dateInRange, localDate } from './dates.js';
import type { ChairRole, IsoDate, Role } from './types.js';

/** A chair term of one body; callers pass the terms of the body in question only. */
export interface ChairTermFact {
  participantId: string;
  role: ChairRole;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
}

/** The acting user: its role and, for a DELEGATE, the participant it acts for. */
export interface Actor {
  role: Role;
  participantId: string | null;
}

/** A period of days, both ends included; a null end is open. */
export interface DateRange {
  startsOn: IsoDate;
  endsOn: IsoDate | null;
}

/**
 * The term of `role` in force on day `on`, or null: the one rule every area uses to say who chairs
 * (or vice-chairs) a body on a day (docs/rules.md, "Chair term in force").
 *
 * Terms of one role on one body never overlap in the database (an exclusion constraint, CONFLICT
 * when asked for). Should overlapping terms reach this rule anyway, the later appointment wins: the
 * term that began last; on the same first day, the one that runs longer (an open end is the
 * longest); then the lowest participant id. That is a total order, so the answer never depends on
 * the order the terms were loaded in.
 */
export function termInForce<T extends ChairTermFact>(terms: readonly T[], role: ChairRole, on: IsoDate): T | null {
  let found: T | null = null;
  for (const t of terms) {
    if (t.role !== role || !dateInRange(on, t.startsOn, t.endsOn)) continue;
    if (found === null || supersedes(t, found)) found = t;
  }
  return found;
}

/** Whether term `a` wins over term `b` when both are in force (see termInForce). */
function supersedes(a: ChairTermFact, b: ChairTermFact): boolean {
  if (a.startsOn !== b.startsOn) return a.startsOn > b.startsOn;
  if (a.endsOn !== b.endsOn) return b.endsOn !== null && (a.endsOn === null || a.endsOn > b.endsOn);
  return a.participantId < b.participantId;
}

/**
 * SECRETARIAT and ADMIN always hold chair powers; a DELEGATE holds them when its participant
 * holds the CHAIR or the VICE_CHAIR term in force on day `on` (termInForce; the vice-chair acts
 * for the chair). For anything done on or for a meeting, `on` is the meeting's date (the date of
 * its current `startsAt`): the chair of 2022 runs 2022's meetings, also when they are recorded later.
 */
export function hasChairPowers(actor: Actor, terms: readonly ChairTermFact[], on: IsoDate): boolean {
  if (actor.role === 'SECRETARIAT' || actor.role === 'ADMIN') return true;
  const participantId = actor.participantId;
  if (participantId === null) return false;
  return (
    termInForce(terms, 'CHAIR', on)?.participantId === participantId ||
    termInForce(terms, 'VICE_CHAIR', on)?.participantId === participantId
  );
}

/** hasChairPowers judged at an instant, read as a day in the organisation's time zone. */
export function hasChairPowersAt(actor: Actor, terms: readonly ChairTermFact[], at: Date, timeZone: string): boolean {
  return hasChairPowers(actor, terms, localDate(at, timeZone));
}

/** The meeting a power is used on: its date, and the acting chair designated for it, if any. */
export interface PresidedMeeting {
  /** The date of the meeting's current `startsAt` in the organisation's time zone. */
  date: IsoDate;
  /** The participant designated acting chair of this meeting, or null. */
  actingChairId: string | null;
}

/**
 * Chair powers for anything done on or for one meeting (and its proposals). While an acting chair
 * is designated, they belong to the acting chair's delegates, SECRETARIAT and ADMIN, and no longer
 * to the delegates of the chair or vice-chair: the chair has stepped aside for this meeting.
 * Without one, hasChairPowers at the meeting's date.
 */
export function hasChairPowersForMeeting(
  actor: Actor,
  terms: readonly ChairTermFact[],
  meeting: PresidedMeeting,
): boolean {
  if (meeting.actingChairId === null) return hasChairPowers(actor, terms, meeting.date);
  if (actor.role === 'SECRETARIAT' || actor.role === 'ADMIN') return true;
  return actor.participantId !== null && actor.participantId === meeting.actingChairId;
}

/**
 * Whether two periods share at least one day (ends inclusive, null = open). Two terms of the
 * same role on one body that overlap are a CONFLICT.
 */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return (b.endsOn === null || a.startsOn <= b.endsOn) && (a.endsOn === null || b.startsOn <= a.endsOn);
}
