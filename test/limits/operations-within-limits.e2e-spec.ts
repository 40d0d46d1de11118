// Our own operations are never refused by our own limits: every operation the README shows and every
// one the web app sends (apps/web: .graphql files and graphql(`...`) / gql`...` documents, with the
// fragments they spread) is held to the default limits, a variable `first` counted at the largest
// page (500). The demo's story runs against the real server, limits on, in test/acceptance.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, getIntrospectionQuery, Kind, parse, type DocumentNode } from 'graphql';
import {
  costViolation,
  DEFAULT_QUERY_LIMITS,
  measuresOf,
  staticViolation,
} from '../../apps/api/src/platform/graphql/limits/query-limits.js';

const schema = buildSchema(readFileSync('schema.gql', 'utf8'));

function readmeOperations(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]
      .split(/\n\s*\n/)
      .map((op) => op.trim())
      .filter(Boolean),
  );
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    // As the web app's code generator reads them: not its own output (gql/), not the tests.
    if (statSync(file).isDirectory()) return ['node_modules', 'dist', 'gql'].includes(name) ? [] : sourceFiles(file);
    return /\.(graphql|gql|tsx?|jsx?)$/.test(name) && !/\.(spec|test)\./.test(name) ? [file] : [];
  });
}

/** Every GraphQL document written in the web app's sources, as text. */
function webDocuments(): string[] {
  return sourceFiles('apps/web').flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    if (/\.(graphql|gql)$/.test(file)) return [text];
    return [...text.matchAll(/(?:\bgraphql\(\s*|\bgql\s*)`([^`]*)`/g)].map((m) => m[1]);
  });
}

/** Names the operations of `document` that some limit would refuse, with the refusal. */
function refusals(document: DocumentNode): string[] {
  const found: string[] = [];
  for (const [node, measure] of measuresOf(schema, document)) {
    const refused =
      staticViolation(measure, DEFAULT_QUERY_LIMITS, node, schema) ??
      costViolation(measure, DEFAULT_QUERY_LIMITS, node, null);
    if (refused) found.push(`${node.name?.value ?? '(anonymous)'}: ${refused.message}`);
  }
  return found;
}

describe('our own operations within our own limits', () => {
  it('every README operation', () => {
    const operations = readmeOperations();
    expect(operations.length).toBeGreaterThan(10);
    expect(operations.flatMap((op) => refusals(parse(op)))).toEqual([]);
  });

  it('every web app operation, with the fragments it spreads (none yet without apps/web)', () => {
    // One document of all of them, so a fragment spread in one file and defined in another is found;
    // the same fragment written twice (generated copies) is kept once.
    const definitions = new Map<string, DocumentNode['definitions'][number]>();
    for (const text of webDocuments()) {
      for (const d of parse(text).definitions) {
        const key = 'name' in d && d.name ? `${d.kind}:${d.name.value}` : `${d.kind}:${definitions.size}`;
        definitions.set(key, d);
      }
    }
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [...definitions.values()] };
    if (existsSync('apps/web/src')) {
      expect(document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)).toBe(true);
    }
    expect(refusals(document)).toEqual([]);
  });

  it("GraphiQL's introspection query, every option on", () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    expect(refusals(parse(query))).toEqual([]);
  });
});
