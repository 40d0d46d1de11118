// Signs and verifies the bearer tokens (HS256 JWT). The token carries the role and participant so a
// request needs no database round-trip to know who acts.
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { CONFIG, type Config } from '../config/config.js';
import type { CurrentUser } from './current-user.js';

const TOKEN_LIFETIME = '12h';
const ISSUER = 'concord';

@Injectable()
export class TokenService {
  private readonly cache = new Map<string, { user: CurrentUser; exp: number }>();

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  sign(user: CurrentUser): string {
    return jwt.sign({ role: user.role, pid: user.participantId }, this.config.jwtSecret, {
      algorithm: 'HS256',
      subject: user.id,
      expiresIn: TOKEN_LIFETIME,
      issuer: ISSUER,
    });
  }

  /** The user a token names, or null when it is forged, expired or malformed. */
  verify(token: string): CurrentUser | null {
    const now = Date.now() / 1000;
    const hit = this.cache.get(token);
    if (hit && hit.exp > now) return hit.user;
    try {
      const claims = jwt.verify(token, this.config.jwtSecret, {
        algorithms: ['HS256'],
        issuer: ISSUER,
      }) as jwt.JwtPayload;
      const role = claims.role;
      if (typeof claims.sub !== 'string' || (role !== 'ADMIN' && role !== 'SECRETARIAT' && role !== 'DELEGATE'))
        return null;
      const user: CurrentUser = {
        id: claims.sub,
        role,
        participantId: typeof claims.pid === 'string' ? claims.pid : null,
      };
      // Verified tokens are remembered briefly: HMAC checks are cheap, but not free on a hot write path.
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(token, { user, exp: Math.min(claims.exp ?? now, now + 300) });
      return user;
    } catch {
      return null;
    }
  }
}
