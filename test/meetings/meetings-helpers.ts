// Shared steps of the meetings e2e tests: scheduling a meeting of a body named by its code, and
// proving that a refusal left the meeting tables and the audit log exactly as they were.
import type { TestApp } from '../support/app.js';
import type { GraphQLClient, GraphQLErrorShape } from '../support/graphql-client.js';
import { expectRefusedUnchanged } from '../support/refusals.js';

export { SECRETARIAT } from './meetings.fixture.js';

export const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id title kind status startsAt endsAt location body { code } chairedBy { code } }
}`;

/** The id of the body with this code, read through GraphQL. */
export async function bodyId(client: GraphQLClient, code: string): Promise<string> {
  const data = await client.ok<{ organization: { bodies: { id: string; code: string }[] } }>(
    '{ organization { bodies { id code } } }',
  );
  const body = data.organization.bodies.find((b) => b.code === code);
  if (!body) throw new Error(`no body ${code}`);
  return body.id;
}

/** Schedules a meeting of the body with code `body` starting at `startsAt` (two hours long); its id. */
export async function schedule(
  _t: TestApp,
  client: GraphQLClient,
  body: string,
  startsAt: string,
  title = `${body} meeting ${startsAt}`,
): Promise<string> {
  const ends = new Date(new Date(startsAt).getTime() + 2 * 3600_000).toISOString();
  const res = await client.ok<{ scheduleMeeting: { id: string } }>(SCHEDULE, {
    input: { bodyId: await bodyId(client, body), title, kind: 'REGULAR', startsAt, endsAt: ends, location: 'Moscow' },
  });
  return res.scheduleMeeting.id;
}

const TABLES = ['meeting', 'agenda_item', 'attendance_record', 'boycott', 'audit_entry'];

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
