// The audit log: every successful mutation leaves one entry (actor, action, entity, id, JSON of what
// changed), a refused one none; the secretariat and the admin read it newest first with Relay
// paging and a filter by entity; a delegate is FORBIDDEN and a caller without a token UNAUTHENTICATED.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';

const LOG = `query ($entity: String, $entityId: ID, $first: Int, $after: String) {
  auditLog(entity: $entity, entityId: $entityId, first: $first, after: $after) {
    edges { cursor node { id at action entity entityId details actor { displayName role } } }
    pageInfo { hasNextPage endCursor } } }`;

describe('the audit log', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  const created: { id: string; code: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
    for (const code of ['XA', 'XB', 'XC', 'XD', 'XE']) {
      created.push({
        code,
        ...(
          await secretariat.ok(
            `mutation { createParticipant(input: { code: "${code}", name: "Participant ${code}", kind: PARTICIPANT }) { id } }`,
          )
        ).createParticipant,
      });
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('each mutation wrote one entry, newest first, with its actor and what changed as JSON', async () => {
    const log = (await secretariat.ok(LOG, { entity: 'Participant', first: 5 })).auditLog;
    expect(log.edges.map((e: any) => e.node.entityId)).toEqual(created.map((c) => c.id).reverse());
    const newest = log.edges[0].node;
    expect(newest).toMatchObject({
      action: 'createParticipant',
      entity: 'Participant',
      actor: { displayName: 'KP Secretariat', role: 'SECRETARIAT' },
    });
    expect(JSON.parse(newest.details)).toMatchObject({ code: 'XE' });
    const times = log.edges.map((e: any) => Date.parse(e.node.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('a refused mutation writes no entry', async () => {
    const before = (await secretariat.ok(LOG, { first: 1 })).auditLog.edges[0].node.id;
    const dup = await secretariat.fails(
      'mutation { createParticipant(input: { code: "XA", name: "Again", kind: PARTICIPANT }) { id } }',
    );
    expect(dup.extensions?.code).toBe('CONFLICT');
    expect((await secretariat.ok(LOG, { first: 1 })).auditLog.edges[0].node.id).toBe(before);
  });

  it('pages with Relay cursors, without gaps or repeats, and filters by entity id', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await secretariat.ok(LOG, { entity: 'Participant', first: 2, after })).auditLog;
      seen.push(...page.edges.map((e: any) => e.node.entityId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(created.map((c) => c.id).reverse());
    const one = (await secretariat.ok(LOG, { entity: 'Participant', entityId: created[2].id })).auditLog;
    expect(one.edges.map((e: any) => e.node.action)).toEqual(['createParticipant']);
    expect((await secretariat.ok(LOG, { entity: 'NoSuchThing' })).auditLog).toEqual({
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
    const admin = await t.as('admin@kp.example');
    expect((await admin.ok(LOG, { first: 1 })).auditLog.edges).toHaveLength(1);
    for (const email of ['us@kp.example', 'ao@kp.example']) {
      const err = await (await t.as(email)).fails(LOG);
      expect(err.extensions?.code).toBe('FORBIDDEN');
      expect(err.message).toMatch(/SECRETARIAT/);
    }
    expect((await t.anonymous.fails(LOG)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the log itself is append-only: the database refuses to change or delete an entry', async () => {
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
