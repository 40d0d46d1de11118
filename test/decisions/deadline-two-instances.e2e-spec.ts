// Two API processes on one database, both running the deadline worker: a written procedure whose
// deadline passes is closed exactly once (one decision record, one closeProposal audit entry with no
// actor), within 5 seconds of its deadline.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import { SECRETARIAT, START_WRITTEN, bodyId, fromNow, stance, startApp, type Proposal } from './decisions-helpers.js';

let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  // Both poll often, so both are likely to find the proposal due in the same instant.
  first = await startApp({ env: { CONCORD_DEADLINE_POLL_MS: '100' } });
  second = await startApp({ databaseUrl: first.databaseUrl, env: { CONCORD_DEADLINE_POLL_MS: '100' } });
});
afterAll(async () => {
  // Only the first owns (and drops) the database.
  await second?.close();
  await first?.close();
});

describe('the deadline worker in two processes', () => {
  it('closes each written procedure once, within 5 s of its deadline', async () => {
    const sec = await first.as(SECRETARIAT);
    const wgde = await bodyId(first, 'WGDE');
    const started: Proposal[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await sec.ok<{ startWrittenProcedure: Proposal }>(START_WRITTEN, {
        input: {
          bodyId: wgde,
          title: `Silence ${i}`,
          text: 'Circulated for silence.',
          deadline: fromNow(1500 + i * 100),
        },
      });
      started.push(res.startWrittenProcedure);
    }
    await stance(second, started[0].id, 'US', 'OBJECT');
    const ids = started.map((p) => p.id);
    const due = Date.now() + 1500 + 4 * 100;
    for (;;) {
      const { rows } = await first.sql.query(
        `SELECT count(*)::int AS n FROM proposal WHERE id = ANY($1) AND status = 'OPEN'`,
        [ids],
      );
      if (rows[0].n === 0) break;
      if (Date.now() > due + 5000)
        throw new Error(`${rows[0].n} written procedures still OPEN 5 s after their deadline`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const records = await first.sql.query(
      'SELECT proposal_id, outcome, count(*) OVER (PARTITION BY proposal_id)::int AS n FROM decision_record WHERE proposal_id = ANY($1)',
      [ids],
    );
    expect(records.rows).toHaveLength(5);
    expect(records.rows.every((r) => r.n === 1)).toBe(true);
    expect(records.rows.find((r) => r.proposal_id === ids[0]).outcome).toBe('NOT_ADOPTED');
    const audits = await first.sql.query(
      `SELECT entity_id, actor_user_id, count(*) OVER (PARTITION BY entity_id)::int AS n FROM audit_entry
        WHERE action = 'closeProposal' AND entity_id = ANY($1)`,
      [ids],
    );
    expect(audits.rows).toHaveLength(5);
    expect(audits.rows.every((r) => r.n === 1 && r.actor_user_id === null)).toBe(true);
  });
});
