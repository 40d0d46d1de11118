// Limits before execution, over HTTP against the real server: an operation too deep, with too many
// aliases, directives or tokens, or costing too much, is refused with HTTP 400 and
// GRAPHQL_VALIDATION_FAILED (GRAPHQL_PARSE_FAILED for tokens) before anything runs: not one SQL
// statement is sent and nothing is written. Operations at each limit still run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from '../support/app.js';
import {
  aliases,
  chainOfDepth,
  directives,
  fanOut,
  HUGE_EMAIL,
  LOGIN,
  LOOPING_INTROSPECTION,
  RECORDS_WITH_POSITIONS,
  tokens,
} from './probes.js';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  /** SQL statements the server sent while answering. */
  sql: number;
}

describe('limits before execution', () => {
  let t: TestApp;
  let delegate: string;
  let secretariat: string;

  beforeAll(async () => {
    // The deadline worker polls rarely here, so every statement counted comes from the request.
    t = await startTestApp({ countQueries: true, env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
    delegate = (await t.as('us@kp.example')).token!;
    secretariat = (await t.as('secretariat@kp.example')).token!;
  });
  afterAll(async () => {
    await t.close();
  });

  async function send(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    accept = 'application/json',
  ): Promise<Answer> {
    t.queries.length = 0;
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Answer['body'];
    return { status: res.status, body, sql: t.queries.length };
  }

  function expectRefused(answer: Answer, limit: string, allowed: number, found?: number): void {
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0].extensions).toEqual({
      code: limit === 'tokens' ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED',
      limit,
      allowed,
      ...(found === undefined ? {} : { found }),
    });
    expect(answer.sql).toBe(0);
  }

  it('runs an operation at each limit: depth 12, 30 aliases, 50 directives', async () => {
    for (const query of [chainOfDepth(12), aliases(30, 'me { id }'), directives(50)]) {
      const answer = await send(query, {}, delegate);
      expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
    }
  });

  it('refuses depth 13 and the depth-21 probe', async () => {
    expectRefused(await send(chainOfDepth(13), {}, delegate), 'depth', 12, 13);
    expectRefused(await send(chainOfDepth(21)), 'depth', 12, 21);
  });

  it('refuses the depth-11 fan-out a delegate sent (organization{bodies{chairTerms{body{...}}}}) by its cost', async () => {
    const answer = await send(fanOut(11), {}, delegate);
    expect(answer.body.errors?.[0].message).toMatch(/estimated to cost \d+; at most 1000000/);
    expectRefused(answer, 'cost', 1_000_000, 20_202_020_102);
  });

  it('refuses 31 aliases, and the 500 aliases of verifyRecordChain', async () => {
    expectRefused(await send(aliases(31, 'me { id }')), 'aliases', 30, 31);
    expectRefused(await send(aliases(500, 'verifyRecordChain { valid checked }')), 'aliases', 30, 500);
  });

  it('refuses the anonymous 1,500 aliases of decisionRecords(first: 500) while parsing (too many tokens)', async () => {
    const query = aliases(1500, RECORDS_WITH_POSITIONS);
    expect(query.length).toBeGreaterThan(150_000);
    expectRefused(await send(query), 'tokens', 5000);
  });

  it('refuses 51 directives and a 100,000-token document', async () => {
    expectRefused(await send(directives(51)), 'directives', 50, 51);
    const answer = await send(tokens(100_000));
    expectRefused(answer, 'tokens', 5000);
    expect(answer.body.errors![0].message).toBe('The document has more than 5000 tokens, the most this server reads.');
    // Just under the limit the document is read and run (a list literal: one token per item).
    const ids = Array.from({ length: 2480 }, (_, i) => `"${i}"`).join(' ');
    const nearLimit = `mutation { reorderAgenda(meetingId: "nowhere", itemIds: [${ids}]) { id } }`;
    const atLimit = await send(nearLimit, {}, secretariat);
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors?.[0].extensions?.code).not.toMatch(/GRAPHQL_/);
  });

  it('judges a cost that depends on variables per request, with the same (cached) document', async () => {
    // 2 + n * 10,202: each record's positions (100) each with its delegates (100).
    const query = `query ($n: Int) { decisionRecords(first: $n) { edges { node {
      positions { participant { delegates { email } } } } } } }`;
    const within = await send(query, { n: 98 }, delegate);
    expect([within.status, within.body.errors]).toEqual([200, undefined]);
    expectRefused(await send(query, { n: 99 }, delegate), 'cost', 1_000_000, 1_010_000);
    // Left out, `first` counts as the page a connection gives without it (20), or the declared default.
    expect((await send(query, {}, delegate)).status).toBe(200);
    const withDefault = query.replace('$n: Int', '$n: Int = 99');
    expectRefused(await send(withDefault, {}, delegate), 'cost', 1_000_000, 1_010_000);
  });

  it('is a 400 for every client, whatever it accepts, and not a 200 as other document failures are', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      expectRefused(await send(chainOfDepth(13), {}, undefined, accept), 'depth', 12, 13);
    }
  });

  it('refuses a mutation over a limit before its resolver runs: nothing is written', async () => {
    const audits = async () => (await t.sql.query('SELECT count(*)::int AS n FROM audit_entry')).rows[0].n as number;
    const before = await audits();
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `delegates { participant { ${selection} } }`;
    const answer = await send(
      `mutation { createParticipant(input: { code: "DEEP", name: "Deep", kind: PARTICIPANT }) { ${selection} } }`,
      {},
      secretariat,
    );
    expectRefused(answer, 'depth', 12, 14);
    expect(await audits()).toBe(before);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM participant WHERE code = 'DEEP'`)).rows[0].n).toBe(0);
  });

  it('lets the standard introspection query through (the IDE needs it), but not one that loops, nor more than it', async () => {
    const full = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const answer = await send(full);
    expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
    const looping = await send(LOOPING_INTROSPECTION);
    expect(looping.body.errors?.[0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'introspection',
    });
    expect(looping.status).toBe(400);
    // The ceiling is that query's own cost: one field more is refused.
    const more = await send(full.replace('__schema {', 'extra: __schema { queryType { name } } __schema {'));
    expect(more.body.errors?.[0].extensions).toMatchObject({ limit: 'introspection' });
  });

  it('refuses a 1.9 MB e-mail and a 257-character password at sign-in, naming the field, before any look-up', async () => {
    const email = await send(LOGIN, { email: HUGE_EMAIL, password: 'whatever-it-is' });
    expect(email.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(email.body.errors?.[0].message).toBe('email must be at most 254 characters.');
    expect(email.sql).toBe(0);
    const password = await send(LOGIN, { email: 'us@kp.example', password: 'p'.repeat(257) });
    expect(password.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(password.sql).toBe(0);
    // At the caps, sign-in goes on and answers as for any wrong e-mail or password.
    const atCaps = await send(LOGIN, { email: `${'a'.repeat(243)}@kp.example`, password: 'p'.repeat(256) });
    expect(atCaps.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('limits set by environment', () => {
  it('CONCORD_MAX_* override the defaults', async () => {
    const t = await startTestApp({
      env: { CONCORD_MAX_ALIASES: '1', CONCORD_MAX_DEPTH: '4', CONCORD_MAX_COST: '10', CONCORD_MAX_TOKENS: '50' },
    });
    try {
      const codes = async (query: string) => (await t.anonymous.request(query)).errors?.[0].extensions;
      expect(await codes('{ a: me { id } b: me { id } }')).toMatchObject({ limit: 'aliases', allowed: 1, found: 2 });
      expect(await codes(chainOfDepth(5))).toMatchObject({ limit: 'depth', allowed: 4, found: 5 });
      expect(await codes('{ decisionRecords(first: 5) { edges { node { id } } } }')).toMatchObject({
        limit: 'cost',
        allowed: 10,
        found: 12,
      });
      expect(await codes(tokens(60))).toMatchObject({ limit: 'tokens', allowed: 50 });
      // At the limit the operation runs (and answers as it would without limits).
      expect(await codes(chainOfDepth(4))).toEqual({ code: 'UNAUTHENTICATED' });
    } finally {
      await t.close();
    }
  });
});
