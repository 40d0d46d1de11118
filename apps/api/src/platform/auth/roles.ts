// The role checks that need no table: who is signed in, and whether as SECRETARIAT (or ADMIN, who
// holds every SECRETARIAT power) or ADMIN. Here, below every domain area, so the audit log (the
// lowest area) can use them; every other area asks the organisation area's AccessPolicy, which
// answers these same checks and the ones that need chair terms.
import { Forbidden, Unauthenticated } from '../errors.js';
import type { CurrentUser } from './current-user.js';

export function requireUser(actor: CurrentUser | null): CurrentUser {
  if (!actor) throw new Unauthenticated();
  return actor;
}

export function isSecretariat(actor: CurrentUser | null): boolean {
  return actor?.role === 'SECRETARIAT' || actor?.role === 'ADMIN';
}

/** SECRETARIAT (and ADMIN, who has every SECRETARIAT power); UNAUTHENTICATED before FORBIDDEN. */
export function requireSecretariat(actor: CurrentUser | null): CurrentUser {
  const user = requireUser(actor);
  if (!isSecretariat(user)) throw new Forbidden('the SECRETARIAT role (or ADMIN)');
  return user;
}

export function requireAdmin(actor: CurrentUser | null): CurrentUser {
  const user = requireUser(actor);
  if (user.role !== 'ADMIN') throw new Forbidden('the ADMIN role');
  return user;
}

/** Does `actor` act for `participantId` as one of its delegates? */
export function isOwnDelegate(actor: CurrentUser | null, participantId: string): boolean {
  return actor?.role === 'DELEGATE' && actor.participantId === participantId;
}
