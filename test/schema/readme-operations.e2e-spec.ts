// Every GraphQL operation the README shows (the example session and the 2022 story) must be valid
// against the committed schema, so the documentation cannot drift from the API a user pastes into.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';

const readme = readFileSync('README.md', 'utf8');
const schema = buildSchema(readFileSync('schema.gql', 'utf8'));

/** Each ```graphql block may hold several operations, one per paragraph. */
const operations = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1]
    .split(/\n\s*\n/)
    .map((op) => op.trim())
    .filter(Boolean),
);

describe('the README', () => {
  it('shows GraphQL operations', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations.map((op) => [op.split('\n')[0].slice(0, 60), op]))(
    '%s ... is valid against schema.gql',
    (_title, op) => {
      const errors = validate(schema, parse(op));
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );
});
