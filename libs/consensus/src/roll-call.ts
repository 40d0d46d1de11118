// Roll call (the room): many attendances in one action, all or nothing. Each entry follows
// recordAttendance's rules; a refusal names the entry, as `entries.<i>.<field>` (i from 0, the
// entry's index in the list as sent), so the chair knows which line to correct.

import { recordableStatus } from './attendance.js';
import type { FieldProblem } from './boycott-scope.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from './types.js';
import { TEXT_MAX, textLength } from './validation.js';

/** One line of a roll call, as sent. */
export interface RollCallEntryInput {
  participantId: string;
  status: AttendanceStatus;
  note?: string | null;
}

export type RollCallField = 'participantId' | 'status' | 'note';

/** `entries.3.status`: the field name of one entry's field, for `extensions.field`. */
export function rollCallField(index: number, field: RollCallField): string {
  return `entries.${index}.${field}`;
}

/**
 * The first problem with a roll call's entries that needs no database, or null:
 * - no entries at all (`entries`): there is nothing to record;
 * - an empty participantId;
 * - the same participant twice (`entries.<i>.participantId` on the later one): which line counts
 *   would be a guess;
 * - a status that is not an attendance status, or one Concord sets itself (BOYCOTT, SUSPENDED);
 * - a note over 50,000 characters.
 * The rules that need the database (a seat on the body, BOYCOTT_IN_FORCE) are checked per entry by
 * the caller, naming the entry with rollCallField.
 */
export function validateRollCall(entries: readonly RollCallEntryInput[]): FieldProblem | null {
  if (entries.length === 0) return { field: 'entries', message: 'A roll call needs at least one entry' };
  const seen = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (typeof e.participantId !== 'string' || e.participantId.trim() === '') {
      return { field: rollCallField(i, 'participantId'), message: 'participantId is required' };
    }
    const first = seen.get(e.participantId);
    if (first !== undefined) {
      return {
        field: rollCallField(i, 'participantId'),
        message: `This participant is already in entry ${first} of this roll call`,
      };
    }
    seen.set(e.participantId, i);
    if (!ATTENDANCE_STATUSES.includes(e.status)) {
      return { field: rollCallField(i, 'status'), message: `status must be one of ${ATTENDANCE_STATUSES.join(', ')}` };
    }
    if (!recordableStatus(e.status)) {
      return {
        field: rollCallField(i, 'status'),
        message: `${e.status} is set by Concord from boycotts and participant status, never recorded`,
      };
    }
    if (e.note !== null && e.note !== undefined && textLength(e.note) > TEXT_MAX) {
      return { field: rollCallField(i, 'note'), message: `note must be at most ${TEXT_MAX} characters` };
    }
  }
  return null;
}
