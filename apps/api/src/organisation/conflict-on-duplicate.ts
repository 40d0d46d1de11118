// Uniqueness and "no overlapping terms" are the database's to enforce (a unique index, an exclusion
// constraint), so no race can get past them: a write that trips one answers CONFLICT with our words.
import { Conflict, PG_EXCLUSION_VIOLATION, PG_UNIQUE_VIOLATION, pgCode } from '../platform/errors.js';

export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const code = pgCode(e);
    if (code === PG_UNIQUE_VIOLATION || code === PG_EXCLUSION_VIOLATION) throw new Conflict(message);
    throw e;
  }
}
