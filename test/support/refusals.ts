// The checks every area's tests make of a refusal: it has its stable code (and the field, for
// BAD_USER_INPUT), leaks no stack, SQL, driver or ORM text, and leaves the database exactly as it was.
import { expect } from '@jest/globals';
import type { TestApp } from './app.js';
import { tableFingerprint } from './fingerprint.js';
import type { GraphQLClient, GraphQLErrorShape } from './graphql-client.js';

/** What a client must never see in an error: stack frames, SQL, driver or ORM internals. */
const LEAKS = [
  /\n\s+at\s/,
  /\bstack\b/i,
  /SELECT|INSERT/,
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

/** The error has the code (and the field, when one is named) and leaks nothing. */
export function expectRefusal(err: GraphQLErrorShape, code: string, field?: string): GraphQLErrorShape {
  expect({ code: err.extensions?.code, message: err.message }).toEqual({ code, message: expect.any(String) });
  if (field !== undefined) expect(err.extensions?.field).toBe(field);
  expectNoLeak(err);
  return err;
}

/** Runs an operation that must be refused with `code` (and `field`) and proves `tables` did not change. */
export async function expectRefusedUnchanged(
  t: TestApp,
  tables: readonly string[],
  client: GraphQLClient,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field?: string,
): Promise<GraphQLErrorShape> {
  const before = await tableFingerprint(t, tables);
  const err = expectRefusal(await client.fails(query, variables), code, field);
  expect(await tableFingerprint(t, tables)).toEqual(before);
  return err;
}
