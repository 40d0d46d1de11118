// Checks the areas above meetings register to veto an adjournment (the decisions area: no OPEN
// proposals on the agenda). The meetings area runs them without knowing what they look at, so it
// never imports the areas that build on it.
import { Injectable } from '@nestjs/common';
import type { Tx } from '../platform/database/database.js';
import type { MeetingRow } from './meetings.repository.js';

/**
 * A check another area runs before a meeting adjourns, inside the adjourning transaction (the
 * meeting locked); it throws to refuse (e.g. the decisions area: no OPEN proposals on the agenda).
 */
export type AdjournmentCheck = (tx: Tx, meeting: MeetingRow) => Promise<void>;

/** The checks other areas registered; the meetings area knows nothing of what they look at. */
@Injectable()
export class AdjournmentChecks {
  private readonly checks: AdjournmentCheck[] = [];

  add(check: AdjournmentCheck): void {
    this.checks.push(check);
  }

  async run(tx: Tx, meeting: MeetingRow): Promise<void> {
    for (const check of this.checks) await check(tx, meeting);
  }
}
