// Every GraphQL operation of the web app must validate against the committed schema.gql, and the
// typed documents GraphQL Code Generator made from them (src/gql, `npm run codegen`) must be current:
// an API change that breaks a page fails here, in npm test, before any browser is started.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  Kind,
  parse,
  validate,
  type DefinitionNode,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';

const SRC = path.resolve('apps/web/src');
const schema = buildSchema(readFileSync('schema.gql', 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'gql' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** The text of each graphql(`...`) call: the web app writes its operations as plain templates. */
const documents = sourceFiles(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => ({
    file: path.relative(SRC, file),
    source: m[1]!,
  })),
);
const definitions: DefinitionNode[] = documents.flatMap((d) => parse(d.source).definitions);
const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

describe('the web app’s GraphQL operations', () => {
  it('are found, each with a name of its own', () => {
    expect(operations.length).toBeGreaterThan(20);
    const names = operations.map((o) => o.name?.value);
    expect(names.filter((n) => n === undefined)).toEqual([]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it.each(operations.map((o): [string, OperationDefinitionNode] => [o.name!.value, o]))(
    '%s validates against schema.gql',
    (_name, operation) => {
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
      // Fragments used by other operations are not "unused" here.
      const errors = validate(schema, document).filter((e) => !/^Fragment ".*" is never used/.test(e.message));
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );

  it('have typed documents generated from their current text (else run npm run codegen)', () => {
    const generated = readFileSync(path.join(SRC, 'gql/gql.ts'), 'utf8');
    const stale = documents.filter((d) => !generated.includes(JSON.stringify(d.source))).map((d) => d.file);
    expect(stale).toEqual([]);
  });
});
