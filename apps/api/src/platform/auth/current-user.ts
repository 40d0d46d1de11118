// Who is acting: taken from a verified token, never from the request body.
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '#consensus';
import type { RequestContext } from '../graphql/request-context.js';

export interface CurrentUser {
  id: string;
  role: Role;
  /** The participant a DELEGATE acts for; null for SECRETARIAT and ADMIN. */
  participantId: string | null;
}

/** `@Actor() actor: CurrentUser | null` in a resolver. */
export const Actor = createParamDecorator((_: unknown, ctx: ExecutionContext): CurrentUser | null => {
  const gql = GqlExecutionContext.create(ctx).getContext<RequestContext>();
  return gql.user;
});

/** `@Ctx() ctx: RequestContext` in a resolver (for the per-request DataLoaders). */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext => {
  return GqlExecutionContext.create(ctx).getContext<RequestContext>();
});
