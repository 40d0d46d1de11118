// The per-request GraphQL context: who is acting (from the bearer token) and the request's loaders.
import { randomUUID } from 'node:crypto';
import type { CurrentUser } from '../auth/current-user.js';
import type { TokenService } from '../auth/token.service.js';
import { LoaderRegistry } from './loaders.js';

export interface RequestContext {
  requestId: string;
  user: CurrentUser | null;
  /** Set when a token was sent but is not valid: every operation then answers UNAUTHENTICATED. */
  badToken: boolean;
  loaders: LoaderRegistry;
  /** Epoch milliseconds after which the request does no more work (Infinity for a subscription). */
  deadline: number;
  req?: unknown;
}

/** `timeoutMs`: the request's deadline from now (CONCORD_REQUEST_TIMEOUT_MS); none by default. */
export function contextFromAuthorization(
  tokens: TokenService,
  authorization: unknown,
  req?: unknown,
  timeoutMs = Infinity,
): RequestContext {
  let user: CurrentUser | null = null;
  let badToken = false;
  if (typeof authorization === 'string' && authorization.trim() !== '') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
    user = match ? tokens.verify(match[1]) : null;
    badToken = user === null;
  }
  const deadline = Date.now() + timeoutMs;
  return { requestId: randomUUID(), user, badToken, loaders: new LoaderRegistry(deadline), deadline, req };
}
