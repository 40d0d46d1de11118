// Lists as docs/rules.md ("Who may read what") has them: `first` defaults to 20 and may be at most 500,
// and the audit log comes newest first, also once it holds more than nine entries (ids of two
// digits must not sort as text, "9" before "53").
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';

const LOG = `query ($first: Int, $after: String) {
  auditLog(first: $first, after: $after) { edges { node { id at action entityId } } pageInfo { hasNextPage endCursor } } }`;

describe('the order and size of lists', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  const created: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    t.sql.on('error', () => undefined);
    secretariat = await t.as('secretariat@kp.example');
    // 25 entries: more than a default page, and ids of one and two digits.
    for (let i = 0; i < 25; i++) {
      const code = `LO${String(i).padStart(2, '0')}`;
      const { createParticipant } = await secretariat.ok<{ createParticipant: { id: string } }>(
        `mutation ($code: String!) { createParticipant(input: { code: $code, name: "Participant ${code}", kind: PARTICIPANT }) { id } }`,
        { code },
      );
      created.push(createParticipant.id);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('the audit log comes newest first: a page of 20 by default, then the rest after its cursor', async () => {
    const page1 = (await secretariat.ok(LOG)).auditLog;
    expect(page1.edges).toHaveLength(20);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await secretariat.ok(LOG, { after: page1.pageInfo.endCursor })).auditLog;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const entries = [...page1.edges, ...page2.edges].map((e: any) => e.node);
    expect(entries.map((e) => e.entityId)).toEqual([...created].reverse());
    const times = entries.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('first above 500 is BAD_USER_INPUT on first, for every list', async () => {
    for (const list of [
      '{ auditLog(first: 501) { edges { node { id } } } }',
      '{ meetings(first: 501) { edges { node { id } } } }',
      '{ decisionRecords(first: 501) { edges { node { id } } } }',
    ]) {
      const error = await secretariat.fails(list);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    expect((await secretariat.ok('{ auditLog(first: 500) { edges { node { id } } } }')).auditLog.edges).toHaveLength(
      25,
    );
  });
});
