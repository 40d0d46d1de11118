// Shared checks of the organisation e2e tests: every refusal has its stable code and leaks nothing,
// leaves the database exactly as it was (a digest of the tables: the one thing the API cannot show),
// and every success writes exactly one audit entry (read through auditLog).
import { expect } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import type { GraphQLClient, GraphQLErrorShape } from '../support/graphql-client.js';
import { tableFingerprint } from '../support/fingerprint.js';
import { expectRefusedUnchanged as refusedUnchanged } from '../support/refusals.js';

export { expectNoLeak, expectRefusal } from '../support/refusals.js';

const TABLES = ['organization', 'participant', 'app_user', 'body', 'body_membership', 'chair_term', 'audit_entry'];

/** A digest of every row of the organisation tables (and the audit log): equal digests, equal data. */
export function fingerprint(t: TestApp): Promise<Record<string, string>> {
  return tableFingerprint(t, TABLES);
}

export interface AuditEntry {
  id: string;
  action: string;
  entity: string;
  entityId: string;
  /** The JSON of what changed, parsed. */
  details: Record<string, unknown>;
  actor: { id: string } | null;
}

const NEWEST = `query ($first: Int) { auditLog(first: $first) {
  edges { node { id action entity entityId details actor { id } } } } }`;

/**
 * The audit entries written after entry `afterId` (all of the newest `first` when null), oldest
 * first, read through the API as the secretariat reads them.
 */
export async function auditEntriesSince(
  reader: GraphQLClient,
  afterId: string | null,
  first = 20,
): Promise<AuditEntry[]> {
  const { auditLog } = await reader.ok<{
    auditLog: { edges: { node: Omit<AuditEntry, 'details'> & { details: string } }[] };
  }>(NEWEST, { first });
  return auditLog.edges
    .map((e) => ({ ...e.node, details: JSON.parse(e.node.details) as Record<string, unknown> }))
    .filter((e) => afterId === null || BigInt(e.id) > BigInt(afterId))
    .reverse();
}

/** The id of the newest audit entry (null on an empty log). */
export async function newestAuditId(reader: GraphQLClient): Promise<string | null> {
  const [newest] = (await auditEntriesSince(reader, null, 1)).slice(-1);
  return newest?.id ?? null;
}

/** Runs an operation that must be refused with `code` (and `field`) and proves nothing changed. */
export function expectRefusedUnchanged(
  t: TestApp,
  client: GraphQLClient,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field?: string,
): Promise<GraphQLErrorShape> {
  return refusedUnchanged(t, TABLES, client, query, variables, code, field);
}

/**
 * Runs a mutation that must succeed and proves, through the audit log the secretariat reads, that
 * it wrote exactly one entry, named after the mutation, by the acting user.
 */
export async function expectAuditedOnce<T>(
  t: TestApp,
  client: GraphQLClient,
  action: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: T; entry: AuditEntry }> {
  const reader = await t.as('secretariat@kp.example');
  const before = await newestAuditId(reader);
  const data = await client.ok<T>(query, variables);
  const added = await auditEntriesSince(reader, before);
  expect(added.map((e) => e.action)).toEqual([action]);
  const me = await client.ok<{ me: { id: string } }>('{ me { id } }');
  expect(added[0].actor?.id).toBe(me.me.id);
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
