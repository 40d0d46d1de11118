// Reservations (the room): a participant may join a consensus (SUPPORT) or stand aside (ABSTAIN)
// "with a reservation", which goes on the record. It is a statement about the position, never a
// part of the rule: a reservation never changes an outcome (consensus.ts does not read it except to
// count `withReservation`).

import type { FieldProblem } from './boycott-scope.js';
import type { Stance } from './types.js';
import { TEXT_MAX, textLength } from './validation.js';

/** The longest reservation, in characters (Unicode code points), like any text or statement. */
export const RESERVATION_MAX = TEXT_MAX;

/** Only joining or standing aside can carry a reservation; an objection is an objection. */
export function mayCarryReservation(stance: Stance): boolean {
  return stance === 'SUPPORT' || stance === 'ABSTAIN';
}

/** The reservation to store: null when none was given or it is blank (only whitespace); else as written. */
export function normalizeReservation(reservation: string | null | undefined): string | null {
  if (reservation === null || reservation === undefined || reservation.trim() === '') return null;
  return reservation;
}

/**
 * Null when a position may carry this reservation; else the BAD_USER_INPUT problem on
 * `reservation`: a (non-blank) reservation with OBJECT, or one longer than 50,000 characters.
 * A blank reservation is no reservation, so it is accepted with any stance.
 */
export function reservationProblem(stance: Stance, reservation: string | null | undefined): FieldProblem | null {
  const r = normalizeReservation(reservation);
  if (r === null) return null;
  if (!mayCarryReservation(stance)) {
    return {
      field: 'reservation',
      message: 'A reservation goes only with SUPPORT or ABSTAIN: an objection is stated in the statement',
    };
  }
  if (textLength(r) > RESERVATION_MAX) {
    return { field: 'reservation', message: `reservation must be at most ${RESERVATION_MAX} characters` };
  }
  return null;
}
