// A GraphQL refusal as a value, and the words a delegate reads for it: the catalogue's sentence for
// each code the API documents (NOT_ENTITLED with its reason), else the API's own message.
import { m } from '../messages.js';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function asError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('INTERNAL_CLIENT_ERROR', e instanceof Error ? e.message : String(e));
}

/** The sentence to show in the page's alert for a failed operation. */
export function refusalText(error: unknown, during: 'sign-in' | 'other' = 'other'): string {
  const e = asError(error);
  const x = e.extensions;
  const codes = (key: string) => (Array.isArray(x[key]) ? m.app.list((x[key] as unknown[]).map(String)) : '');
  switch (e.code) {
    case 'UNAUTHENTICATED':
      return during === 'sign-in' ? m.errors.UNAUTHENTICATED_SIGN_IN : m.signIn.sessionEnded;
    case 'TOO_MANY_ATTEMPTS':
      return m.errors.TOO_MANY_ATTEMPTS(String(Math.max(1, Math.ceil(Number(x.retryAfter ?? 60) / 60))));
    case 'FORBIDDEN':
      return m.errors.FORBIDDEN(e.message);
    case 'NOT_FOUND':
      return m.errors.NOT_FOUND;
    case 'BAD_USER_INPUT':
      return m.errors.BAD_USER_INPUT(String(x.field ?? ''), e.message);
    case 'CONFLICT':
      return m.errors.CONFLICT(e.message);
    case 'NOT_ENTITLED': {
      const reason = String(x.reason ?? '') as keyof typeof m.errors.NOT_ENTITLED;
      return m.errors.NOT_ENTITLED[reason] ?? m.errors.NOT_ENTITLED.unknown;
    }
    case 'STALE_VERSION':
    case 'PROPOSAL_CLOSED':
    case 'PROPOSAL_NOT_OPEN':
    case 'DEADLINE_PASSED':
    case 'MEETING_NOT_IN_SESSION':
    case 'QUORUM_NOT_MET':
    case 'POSITIONS_OUTSTANDING':
    case 'BOYCOTT_IN_FORCE':
    case 'REQUEST_TIMEOUT':
      return m.errors[e.code];
    case 'ATTENDANCE_INCOMPLETE':
      return m.errors.ATTENDANCE_INCOMPLETE(codes('participants') || e.message);
    case 'INTERNAL_SERVER_ERROR':
      return m.errors.INTERNAL_SERVER_ERROR(String(x.correlationId ?? '-'));
    case 'NETWORK':
      return m.errors.network;
    default:
      return e.message;
  }
}
