// Signing in and `me`: email (case-insensitive) and password, checked with argon2. One message for a
// wrong email and a wrong password alike; failures go to the server log, never to the audit log
// (signing in changes nothing). Throttling counts per account (SignInThrottle).
//
// The token is issued by platform/auth's TokenService; `openSession` is the one place a successful
// sign-in turns into a credential, so a sessions table (logout, deactivation) slots in there.
import { Injectable, Logger } from '@nestjs/common';
import argon2 from 'argon2';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { TokenService } from '../platform/auth/token.service.js';
import { Database } from '../platform/database/database.js';
import { Unauthenticated } from '../platform/errors.js';
import { SignInThrottle } from './sign-in.throttle.js';
import { UsersRepository, type UserRow } from './users.repository.js';

const WRONG = 'Wrong email or password.';

@Injectable()
export class SignInService {
  private readonly logger = new Logger('SignIn');

  constructor(
    private readonly database: Database,
    private readonly users: UsersRepository,
    private readonly throttle: SignInThrottle,
    private readonly tokens: TokenService,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: UserRow }> {
    const account = email.trim().toLowerCase();
    if (!(await this.throttle.allows(account))) {
      this.logger.warn(`sign-in refused for ${account}: too many failures in 15 minutes`);
      throw new Unauthenticated('Too many failed sign-ins for this account: wait a few minutes and try again.');
    }
    const found = await this.users.credentialsByEmail(this.database, account);
    const ok = found ? await argon2.verify(found.passwordHash, password).catch(() => false) : false;
    if (!found || !ok) {
      await this.throttle.recordFailure(account);
      this.logger.warn(`failed sign-in for ${account}`);
      throw new Unauthenticated(WRONG);
    }
    await this.throttle.recordSuccess(account);
    const { passwordHash: _hash, ...user } = found;
    return { token: this.openSession(user), user };
  }

  /** The signed-in user, read afresh; null without a token. */
  async me(actor: CurrentUser | null): Promise<UserRow | null> {
    return actor ? this.users.byId(this.database, actor.id) : null;
  }

  private openSession(user: UserRow): string {
    return this.tokens.sign({ id: user.id, role: user.role, participantId: user.participantId });
  }
}
