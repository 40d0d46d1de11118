// The audit log: every successful mutation leaves one entry (actor, action, entity, id, JSON of what
// changed), a refused one none; the secretariat and the admin read it newest first with Relay
// paging and a filter by entity; a delegate is FORBIDDEN and a caller without a token UNAUTHENTICATED.
// Each test makes the entries it reads (organisation fixtures, through the API).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { OrganisationFixtures, type ParticipantFixture } from '../organisation/organisation.fixtures.js';

const LOG = `query ($entity: String, $entityId: ID, $first: Int, $after: String) {
  auditLog(entity: $entity, entityId: $entityId, first: $first, after: $after) {
    edges { cursor node { id at action entity entityId details actor { displayName role } } }
    pageInfo { hasNextPage endCursor } } }`;

interface Page {
  edges: {
    cursor: string;
    node: { id: string; at: string; action: string; entity: string; entityId: string; details: string };
  }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('the audit log', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let make: OrganisationFixtures;

  const log = async (vars: Record<string, unknown>, client = secretariat): Promise<Page> =>
    (await client.ok<{ auditLog: Page }>(LOG, vars)).auditLog;
  const createSome = async (n: number): Promise<ParticipantFixture[]> => make.participants(n);

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
    make = await OrganisationFixtures.on(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('each mutation wrote one entry, newest first, with its actor and what changed as JSON', async () => {
    const created = await createSome(3);
    const page = await log({ entity: 'Participant', first: 3 });
    expect(page.edges.map((e) => e.node.entityId)).toEqual(created.map((c) => c.id).reverse());
    const newest = page.edges[0].node;
    expect(newest).toMatchObject({
      action: 'createParticipant',
      entity: 'Participant',
      actor: { displayName: 'KP Secretariat', role: 'SECRETARIAT' },
    });
    expect(JSON.parse(newest.details)).toEqual({ code: created[2].code, name: created[2].name, kind: 'PARTICIPANT' });
    const times = page.edges.map((e) => Date.parse(e.node.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('a refused mutation writes no entry', async () => {
    const [existing] = await createSome(1);
    const before = (await log({ first: 1 })).edges[0].node.id;
    const dup = await secretariat.fails(
      'mutation ($code: String!) { createParticipant(input: { code: $code, name: "Again", kind: PARTICIPANT }) { id } }',
      { code: existing.code },
    );
    expect(dup.extensions?.code).toBe('CONFLICT');
    expect((await log({ first: 1 })).edges[0].node.id).toBe(before);
  });

  it('pages with Relay cursors, without gaps or repeats, and filters by entity id', async () => {
    const created = await createSome(5);
    const mine = new Set(created.map((c) => c.id));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await log({ entity: 'Participant', first: 2, after });
      seen.push(...page.edges.map((e) => e.node.entityId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // Paging by twos sees exactly what one big page sees, in the same order.
    const whole = await log({ entity: 'Participant', first: 500 });
    expect(seen).toEqual(whole.edges.map((e) => e.node.entityId));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => mine.has(id))).toEqual(created.map((c) => c.id).reverse());

    const one = await log({ entity: 'Participant', entityId: created[2].id });
    expect(one.edges.map((e) => e.node.action)).toEqual(['createParticipant']);
    expect(await log({ entity: 'NoSuchThing' })).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    expect((await secretariat.fails(LOG, { first: 501 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect((await secretariat.fails(LOG, { after: 'garbage' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('the admin reads it too; a delegate (even a chair) is FORBIDDEN; without a token it is UNAUTHENTICATED', async () => {
    await createSome(1);
    const admin = await t.as('admin@kp.example');
    expect((await log({ first: 1 }, admin)).edges).toHaveLength(1);
    const chair = await make.participant();
    const body = await make.body({ members: [chair] });
    await make.chairTerm(body, chair, { startsOn: '2020-01-01' });
    const chairDelegate = await make.delegate(chair);
    for (const client of [await t.as('us@kp.example'), chairDelegate.client]) {
      const err = await client.fails(LOG);
      expect(err.extensions?.code).toBe('FORBIDDEN');
      expect(err.message).toMatch(/SECRETARIAT/);
    }
    expect((await t.anonymous.fails(LOG)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the log itself is append-only: the database refuses to change or delete an entry', async () => {
    await createSome(1);
    const err = await t.sql.query(`UPDATE audit_entry SET action = 'forged'`).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/append-only/);
    const del = await t.sql.query(`DELETE FROM audit_entry`).then(
      () => null,
      (e: Error) => e,
    );
    expect(del?.message).toMatch(/append-only/);
  });
});
