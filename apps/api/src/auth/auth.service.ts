// Sign-in: email (case-insensitive) and password, checked with argon2. One message for a wrong email
// and a wrong password alike; failures go to the server log, never to the audit log. Throttling
// counts per account, never per address (a room of delegates shares one address).
import { Injectable, Logger } from '@nestjs/common';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { Unauthenticated } from '../platform/errors.js';
import type { UserEntity } from '../organisation/entities/user.entity.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { TokenService } from '../platform/auth/token.service.js';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 20;
const WRONG = 'Wrong email or password.';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const key = email.trim().toLowerCase();
    const recent = (this.failures.get(key) ?? []).filter((t) => t > Date.now() - WINDOW_MS);
    if (recent.length >= MAX_FAILURES) {
      this.logger.warn(`sign-in refused for ${key}: too many failures in 15 minutes`);
      throw new Unauthenticated('Too many failed sign-ins for this account: wait a few minutes and try again.');
    }
    const rows = (await this.dataSource.query(
      `SELECT id, email, display_name AS "displayName", role, participant_id AS "participantId", password_hash AS "passwordHash"
         FROM app_user WHERE lower(email) = $1`,
      [key],
    )) as (UserEntity & { passwordHash: string })[];
    const row = rows[0];
    const ok = row ? await argon2.verify(row.passwordHash, password).catch(() => false) : false;
    if (!row || !ok) {
      recent.push(Date.now());
      this.failures.set(key, recent);
      this.logger.warn(`failed sign-in for ${key}`);
      throw new Unauthenticated(WRONG);
    }
    this.failures.delete(key);
    const { passwordHash: _hash, ...user } = row;
    const current: CurrentUser = { id: user.id, role: user.role, participantId: user.participantId };
    return { token: this.tokens.sign(current), user: user as UserEntity };
  }

  async me(actor: CurrentUser | null): Promise<UserEntity | null> {
    if (!actor) return null;
    const rows = (await this.dataSource.query(
      `SELECT id, email, display_name AS "displayName", role, participant_id AS "participantId" FROM app_user WHERE id = $1`,
      [actor.id],
    )) as UserEntity[];
    return rows[0] ?? null;
  }
}
