// Twenty publications at once: numbers 1..20 of the year with no gap and no duplicate, and one
// unbroken chain (each previousHash is the contentHash of the entry published just before).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import { insertDraftRecordFixture } from './draft-record.fixture.js';

const YEAR = new Date().getUTCFullYear();

describe('record numbers under concurrent publication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('20 parallel publications get KP/<year>/1..20 exactly once each, chained in publication order', async () => {
    const drafts = [];
    for (let i = 0; i < 20; i++) drafts.push(await insertDraftRecordFixture(t, { bodyCode: i % 2 ? 'PC' : 'RPC' }));
    const secretariat = await t.as('secretariat@kp.example');
    const admin = await t.as('admin@kp.example');

    const published = await Promise.all(
      drafts.map((d, i) =>
        (i % 3 ? secretariat : admin).ok(
          `mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { id number contentHash previousHash publishedAt } }`,
          {
            id: d.recordId,
          },
        ),
      ),
    );
    const records = published.map((p) => p.publishDecisionRecord);
    expect(records.map((r) => r.number).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `KP/${YEAR}/${i + 1}`).sort(),
    );

    // Chain order is number order; each links to the one before it, the first to nothing.
    const bySeq = [...records].sort((a, b) => Number(a.number.split('/')[2]) - Number(b.number.split('/')[2]));
    expect(bySeq[0].previousHash).toBeNull();
    for (let i = 1; i < bySeq.length; i++) {
      expect(bySeq[i].previousHash).toBe(bySeq[i - 1].contentHash);
      expect(Date.parse(bySeq[i].publishedAt)).toBeGreaterThanOrEqual(Date.parse(bySeq[i - 1].publishedAt));
    }
    const { rows } = await t.sql.query(
      `SELECT chain_position::int AS p, number FROM decision_record WHERE status = 'PUBLISHED' ORDER BY chain_position`,
    );
    expect(rows.map((r) => r.p)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(rows.map((r) => r.number)).toEqual(bySeq.map((r) => r.number));

    // Every served file hashes to its record's contentHash.
    for (const r of records) {
      const bytes = Buffer.from(
        await (await fetch(`${t.url}/records/${encodeURIComponent(r.number)}.json`)).arrayBuffer(),
      );
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(r.contentHash);
    }
    const v = await t.anonymous.ok('{ verifyRecordChain { valid checked problem } }');
    expect(v.verifyRecordChain).toEqual({ valid: true, checked: 20, problem: null });

    // Newest first: the list is the chain backwards.
    const list = await t.anonymous.ok(
      '{ decisionRecords(first: 20) { edges { node { number } } pageInfo { hasNextPage } } }',
    );
    expect(list.decisionRecords.edges.map((e: any) => e.node.number)).toEqual(bySeq.map((r) => r.number).reverse());
    expect(list.decisionRecords.pageInfo.hasNextPage).toBe(false);
  });

  it('a publication racing a second publication of the same record: one wins, the other is CONFLICT, one number used', async () => {
    const draft = await insertDraftRecordFixture(t);
    const secretariat = await t.as('secretariat@kp.example');
    const results = await Promise.all(
      [0, 1, 2, 3].map(() =>
        secretariat.request(`mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { number } }`, {
          id: draft.recordId,
        }),
      ),
    );
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(3);
    expect(won[0].data!.publishDecisionRecord.number).toBe(`KP/${YEAR}/21`);
    const { rows } = await t.sql.query(`SELECT value::int AS v FROM counter WHERE name = $1`, [`record:${YEAR}`]);
    expect(rows[0].v).toBe(21);
  });
});
