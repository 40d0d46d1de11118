// No N+1: reading a page of published records with every public field costs the same number of SQL
// statements for 3 records as for 12, and a reader without a token costs no lookup of participants,
// users or bodies at all (a published record answers from its bytes).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { insertDraftRecordFixture } from './draft-record.fixture.js';

const PAGE = `{ decisionRecords(first: 50) { edges { node {
  id number text outcome contentHash previousHash proposal { reference title } body { code name kind } meeting { title kind }
  chairedBy { code name } objectors { code }
  positions { participant { code name } stance statement recordedBy { displayName } }
  attendance { participant { code name } status note recordedBy { displayName } }
  statements { participant { code } title body submittedBy { displayName } }
  publishedBy { displayName } corrigenda { number issuedBy { displayName } }
} } } }`;

describe('the cost of reading records', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  const publish = async (n: number) => {
    for (let i = 0; i < n; i++) {
      const d = await insertDraftRecordFixture(t, { statements: { US: 'A statement.' } });
      await secretariat.ok('mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { id } }', { id: d.recordId });
    }
  };
  const cost = async (client: GraphQLClient) => {
    t.queries.length = 0;
    await client.ok(PAGE);
    return [...t.queries];
  };

  beforeAll(async () => {
    // The written-procedure poller would add its own statements to the count: slow it down.
    t = await startTestApp({ countQueries: true, env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
    secretariat = await t.as('secretariat@kp.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('a page of 3 or of 12 records costs the same statements, anonymous or signed in', async () => {
    await publish(3);
    const anon3 = await cost(t.anonymous);
    const signed3 = await cost(secretariat);
    await publish(9);
    const anon12 = await cost(t.anonymous);
    const signed12 = await cost(secretariat);
    expect(anon12.length).toBe(anon3.length);
    expect(signed12.length).toBe(signed3.length);
    // Without a token: the page and the corrigenda, nothing about participants, users or bodies.
    expect(anon12.filter((q) => /\bFROM\s+"?(participant|app_user|body)"?\b/i.test(q))).toEqual([]);
    expect(anon12.length).toBeLessThanOrEqual(3);
  });
});
