// The plain-HTTP public reads (record exports, calendar feeds) need no token, but one that is sent
// and is bad (forged, expired, malformed) is refused with 401, as GraphQL answers UNAUTHENTICATED
// for it: docs/rules.md "Who may read what" — a client must learn that its token is bad.
import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { contextFromAuthorization } from '../graphql/request-context.js';
import { TokenService } from './token.service.js';

@Injectable()
export class RejectBadTokenGuard implements CanActivate {
  constructor(private readonly tokens: TokenService) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    if (contextFromAuthorization(this.tokens, req.headers.authorization).badToken) {
      throw new UnauthorizedException('Your token is not valid (forged, expired or malformed): sign in again.');
    }
    return true;
  }
}
