// schema.gql is the reviewed record of the API: the schema the running app serves must be exactly
// the committed file (Nest's header aside). A difference means the code changed the API without the
// file: run `npm run schema`, review the diff (and the public contract it must honour, which CI checks), commit both.
import { readFileSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { withoutHeader } from '../../scripts/schema-sdl.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { schemaDifference } from './schema-diff.js';

const SCHEMA_FILE = new URL('../../schema.gql', import.meta.url);

describe('schema.gql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is committed', () => {
    expect([existsSync(SCHEMA_FILE), 'schema.gql is missing: run `npm run schema`']).toEqual([
      true,
      expect.any(String),
    ]);
  });

  it('is exactly the schema the running API serves', () => {
    const committed = withoutHeader(readFileSync(SCHEMA_FILE, 'utf8'));
    // What Nest writes with autoSchemaFile and sortSchema: true, minus its header comment.
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    const difference = committed === served ? '' : schemaDifference(committed, served);
    expect(difference).toBe('');
  });

  it('is what introspection answers, so clients and reviewers see the same API', async () => {
    const data = await (
      await t.as('us@kp.example')
    ).ok<{ __schema: { types: { name: string }[] } }>('{ __schema { types { name } } }');
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const declared = [...committed.matchAll(/^(?:type|input|enum|scalar|interface|union) (\w+)/gm)]
      .map((m) => m[1])
      .sort();
    const introspected = data.__schema.types
      .map((x) => x.name)
      .filter((name) => !name.startsWith('__') && !['Boolean', 'String', 'Int', 'Float', 'ID'].includes(name));
    expect(introspected.sort()).toEqual(declared);
  });
});
