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
  req?: unknown;
}

export function contextFromAuthorization(tokens: TokenService, authorization: unknown, req?: unknown): RequestContext {
  let user: CurrentUser | null = null;
  let badToken = false;
  if (typeof authorization === 'string' && authorization.trim() !== '') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
    user = match ? tokens.verify(match[1]) : null;
    badToken = user === null;
  }
  return { requestId: randomUUID(), user, badToken, loaders: new LoaderRegistry(), req };
}
