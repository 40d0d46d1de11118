// Shared steps of the meetings e2e tests: looking up the demo's ids, scheduling through the API,
// and proving that a refusal left the meeting tables and the audit log exactly as they were.
import type { TestApp } from '../support/app.js';
import type { GraphQLClient, GraphQLErrorShape } from '../support/graphql-client.js';
import { tableFingerprint } from '../support/fingerprint.js';
import { expectRefusedUnchanged } from '../support/refusals.js';

export const SECRETARIAT = 'secretariat@kp.example';
/** The demo delegate of a participant: `us@kp.example` for US. */
export const delegateOf = (code: string): string => `${code.toLowerCase()}@kp.example`;

export async function participantId(t: TestApp, code: string): Promise<string> {
  const { rows } = await t.sql.query<{ id: string }>('SELECT id FROM participant WHERE code = $1', [code]);
  if (!rows[0]) throw new Error(`no participant ${code}`);
  return rows[0].id;
}

export async function bodyId(t: TestApp, code: string): Promise<string> {
  const { rows } = await t.sql.query<{ id: string }>('SELECT id FROM body WHERE code = $1', [code]);
  if (!rows[0]) throw new Error(`no body ${code}`);
  return rows[0].id;
}

export const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id title kind status startsAt endsAt location body { code } chairedBy { code } }
}`;

/** Schedules a meeting of `body` starting at `startsAt` (two hours long) and returns its id. */
export async function schedule(
  t: TestApp,
  client: GraphQLClient,
  body: string,
  startsAt: string,
  title = `${body} meeting ${startsAt}`,
): Promise<string> {
  const ends = new Date(new Date(startsAt).getTime() + 2 * 3600_000).toISOString();
  const res = await client.ok<{ scheduleMeeting: { id: string } }>(SCHEDULE, {
    input: { bodyId: await bodyId(t, body), title, kind: 'REGULAR', startsAt, endsAt: ends, location: 'Moscow' },
  });
  return res.scheduleMeeting.id;
}

const TABLES = ['meeting', 'agenda_item', 'attendance_record', 'boycott', 'audit_entry'];

/** A digest of every row of the meeting tables and the audit log. */
export function fingerprint(t: TestApp): Promise<Record<string, string>> {
  return tableFingerprint(t, TABLES);
}

export async function auditCount(t: TestApp, action?: string): Promise<number> {
  const { rows } = await t.sql.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_entry WHERE ($1::text IS NULL OR action = $1)',
    [action ?? null],
  );
  return rows[0].n;
}

export async function lastAudit(
  t: TestApp,
  action: string,
): Promise<{ entity: string; entity_id: string; details: Record<string, any>; actor_user_id: string | null }> {
  const { rows } = await t.sql.query(
    'SELECT entity, entity_id::text, details, actor_user_id FROM audit_entry WHERE action = $1 ORDER BY id DESC LIMIT 1',
    [action],
  );
  return rows[0];
}

/**
 * Runs an operation that must be refused with `code` (and `field`) and proves nothing changed:
 * no meeting, agenda, attendance or boycott row, and no audit entry.
 */
export function refused(
  t: TestApp,
  client: GraphQLClient,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field?: string,
): Promise<GraphQLErrorShape> {
  return expectRefusedUnchanged(t, TABLES, client, query, variables, code, field);
}
