// Errors are values with codes. Services throw these; the GraphQL error formatter maps them, once,
// to `extensions.code` (see graphql/format-error.ts). Never throw a bare Error for a user mistake.

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'MEETING_NOT_IN_SESSION',
  'ATTENDANCE_INCOMPLETE',
  'QUORUM_NOT_MET',
  'PROPOSAL_NOT_OPEN',
  'PROPOSAL_CLOSED',
  'NOT_ENTITLED',
  'DEADLINE_PASSED',
  'POSITIONS_OUTSTANDING',
  'STALE_VERSION',
  'BOYCOTT_IN_FORCE',
  'REQUEST_TIMEOUT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = 'You must sign in to do this.') {
    super('UNAUTHENTICATED', message);
  }
}

export class Forbidden extends DomainError {
  /** `needed` names the power, e.g. "the SECRETARIAT role" or "chair powers on body PC". */
  constructor(needed: string) {
    super('FORBIDDEN', `This needs ${needed}.`);
  }
}

export class NotFound extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `No ${what} with id ${id}.`);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

export class BadInput extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

/**
 * The request ran past its deadline (CONCORD_REQUEST_TIMEOUT_MS), or one of its statements past the
 * statement timeout: what was left undone is not done, so one request never holds the server.
 */
export class RequestTimeout extends DomainError {
  constructor() {
    super('REQUEST_TIMEOUT', 'This request took longer than the server allows; ask for less, or try again.');
  }
}

/** A consensus or lifecycle rule refused the operation (ATTENDANCE_INCOMPLETE, NOT_ENTITLED, ...). */
export class RuleViolation extends DomainError {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs; anything else names nothing (and must never reach PostgreSQL as a uuid). */
export function isUuid(id: string | null | undefined): id is string {
  return typeof id === 'string' && UUID.test(id);
}

/** PostgreSQL error codes we translate into domain answers. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_EXCLUSION_VIOLATION = '23P01';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
/** A statement cancelled, here by statement_timeout. */
export const PG_QUERY_CANCELED = '57014';

export function pgCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const direct = (e as { code?: unknown }).code;
  if (typeof direct === 'string') return direct;
  const driver = (e as { driverError?: { code?: unknown } }).driverError;
  return typeof driver?.code === 'string' ? driver.code : undefined;
}
