// Small helpers shared by the meeting requests, statements and calendar stories: look up the demo's
// bodies and participants by code, and count audit entries (one per successful mutation, none on failure).
import type { TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';

export interface Directory {
  body(code: string): string;
  participant(code: string): string;
}

export async function directory(client: GraphQLClient): Promise<Directory> {
  const data = await client.ok<{
    organization: { bodies: { id: string; code: string }[]; participants: { id: string; code: string }[] };
  }>('{ organization { bodies { id code } participants { id code } } }');
  const bodies = new Map(data.organization.bodies.map((b) => [b.code, b.id]));
  const participants = new Map(data.organization.participants.map((p) => [p.code, p.id]));
  const get = (map: Map<string, string>, code: string) => {
    const id = map.get(code);
    if (!id) throw new Error(`no ${code} in the demo data`);
    return id;
  };
  return { body: (code) => get(bodies, code), participant: (code) => get(participants, code) };
}

export async function auditCount(t: TestApp, where = 'true', params: unknown[] = []): Promise<number> {
  const { rows } = await t.sql.query<{ n: string }>(`SELECT count(*) AS n FROM audit_entry WHERE ${where}`, params);
  return Number(rows[0].n);
}

export async function rowCount(t: TestApp, table: string): Promise<number> {
  const { rows } = await t.sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

/** An id that is well formed but names nothing. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
