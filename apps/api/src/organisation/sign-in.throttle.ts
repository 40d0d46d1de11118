// Failed sign-ins counted per account (the email asked for), never per address: a room of delegates
// shares one address. Twenty failures in fifteen minutes lock that account until the oldest ages out.
// Kept in this process's memory for now; the interface is what SignInService needs, so a per-account
// counter in the database (shared by replicas) replaces this class without touching the use case.
import { Injectable } from '@nestjs/common';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 20;

@Injectable()
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  /** Whether the account may try now (fewer than the allowed failures in the window). */
  async allows(account: string, now = Date.now()): Promise<boolean> {
    return this.recent(account, now).length < SIGN_IN_MAX_FAILURES;
  }

  async recordFailure(account: string, now = Date.now()): Promise<void> {
    this.failures.set(account, [...this.recent(account, now), now]);
  }

  async recordSuccess(account: string): Promise<void> {
    this.failures.delete(account);
  }

  private recent(account: string, now: number): number[] {
    return (this.failures.get(account) ?? []).filter((t) => t > now - SIGN_IN_WINDOW_MS);
  }
}
