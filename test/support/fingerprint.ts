// A digest of every row of some tables: tests take one before and after a refused mutation to prove
// that it changed nothing ("on any error the database is unchanged").
import type { TestApp } from './app.js';

export async function tableFingerprint(t: TestApp, tables: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await t.sql.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS digest FROM ${table} x`,
    );
    out[table] = `${rows[0].n}:${rows[0].digest ?? ''}`;
  }
  return out;
}
