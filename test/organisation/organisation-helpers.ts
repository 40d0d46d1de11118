// Shared checks of the organisation e2e tests: every refusal has its stable code and leaks nothing,
// leaves the database exactly as it was, and every success writes exactly one audit entry.
import { expect } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import type { GraphQLClient, GraphQLErrorShape } from '../support/graphql-client.js';
import { tableFingerprint } from '../support/fingerprint.js';

/** What a client must never see in an error: stack frames, SQL, driver or ORM internals. */
const LEAKS = [
  /\n\s+at\s/,
  /\bstack\b/i,
  /\bSELECT\b|\bINSERT INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE FROM\b/,
  /duplicate key|violates|constraint|relation "|syntax error/i,
  /QueryFailedError|TypeORM|node_modules|\.ts:\d+|\.js:\d+/i,
  /postgres(ql)?:\/\//i,
];

export function expectNoLeak(err: GraphQLErrorShape): void {
  const text = JSON.stringify(err);
  for (const leak of LEAKS) expect([leak.source, text]).toEqual([leak.source, expect.not.stringMatching(leak)]);
  expect(Object.keys(err.extensions ?? {})).not.toContain('stacktrace');
}

/** The error has the code (and the field, for BAD_USER_INPUT) and leaks nothing. */
export function expectRefusal(err: GraphQLErrorShape, code: string, field?: string): GraphQLErrorShape {
  expect({ code: err.extensions?.code, message: err.message }).toEqual({ code, message: expect.any(String) });
  if (field !== undefined) expect(err.extensions?.field).toBe(field);
  expectNoLeak(err);
  return err;
}

const TABLES = ['organization', 'participant', 'app_user', 'body', 'body_membership', 'chair_term', 'audit_entry'];

/** A digest of every row of the organisation tables (and the audit log): equal digests, equal data. */
export function fingerprint(t: TestApp): Promise<Record<string, string>> {
  return tableFingerprint(t, TABLES);
}

export async function auditEntries(t: TestApp): Promise<
  {
    id: string;
    action: string;
    entity: string;
    entity_id: string;
    actor_user_id: string | null;
    details: Record<string, unknown>;
  }[]
> {
  const { rows } = await t.sql.query(
    'SELECT id::text, action, entity, entity_id, actor_user_id, details FROM audit_entry ORDER BY id',
  );
  return rows;
}

/**
 * Runs an operation that must be refused with `code` (and `field`), and proves that nothing
 * changed: no row of the organisation tables and no audit entry.
 */
export async function expectRefusedUnchanged(
  t: TestApp,
  client: GraphQLClient,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field?: string,
): Promise<GraphQLErrorShape> {
  const before = await fingerprint(t);
  const res = await client.request(query, variables);
  expect(res.errors?.length ?? 0).toBeGreaterThan(0);
  const err = expectRefusal(res.errors![0], code, field);
  expect(await fingerprint(t)).toEqual(before);
  return err;
}

/**
 * Runs a mutation that must succeed and proves it wrote exactly one audit entry, named after the
 * mutation, by the acting user.
 */
export async function expectAuditedOnce<T>(
  t: TestApp,
  client: GraphQLClient,
  action: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: T; entry: Awaited<ReturnType<typeof auditEntries>>[number] }> {
  const before = await auditEntries(t);
  const data = await client.ok<T>(query, variables);
  const after = await auditEntries(t);
  const added = after.slice(before.length);
  expect(added.map((e) => e.action)).toEqual([action]);
  const me = await client.ok<{ me: { id: string } }>('{ me { id } }');
  expect(added[0].actor_user_id).toBe(me.me.id);
  return { data, entry: added[0] };
}

/** Ids of demo participants and bodies by code, read through the API. */
export async function demoIds(
  client: GraphQLClient,
): Promise<{ participant: (code: string) => string; body: (code: string) => string }> {
  const data = await client.ok<{
    organization: { participants: { id: string; code: string }[]; bodies: { id: string; code: string }[] };
  }>('{ organization { participants { id code } bodies { id code } } }');
  const participants = new Map(data.organization.participants.map((p) => [p.code, p.id]));
  const bodies = new Map(data.organization.bodies.map((b) => [b.code, b.id]));
  return {
    participant: (code) => participants.get(code) ?? fail(`no participant ${code}`),
    body: (code) => bodies.get(code) ?? fail(`no body ${code}`),
  };
}

function fail(message: string): never {
  throw new Error(message);
}

/** A well-formed UUID that names nothing. */
export const NOBODY = '00000000-0000-4000-8000-000000000000';
