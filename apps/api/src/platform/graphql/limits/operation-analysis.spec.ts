// The measure behind the limits, on a small schema: depth as RULES count it, the cost model (a field
// costs 1 times the lists around it; `first`, 20 for a connection without it, 100 unbounded),
// variables kept as variables, fragments measured once, and cycles that do not hang the walk.
import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse } from 'graphql';
import { analyseDocument, type OperationMeasure } from './operation-analysis.js';

const schema = buildSchema(`
  type Query { a: A, list: [A!]!, page(first: Int, after: String): AConnection! }
  type A { b: String, a: A, items: [A!]!, page(first: Int): AConnection! }
  type AConnection { edges: [AEdge!]!, pageInfo: PageInfo! }
  type AEdge { cursor: String!, node: A! }
  type PageInfo { hasNextPage: Boolean! }
`);

function measure(query: string): OperationMeasure {
  return [...analyseDocument(schema, parse(query)).values()][0];
}

describe('measuring an operation', () => {
  it('counts depth by fields: { a { b } } has depth 2; fragments and inline fragments add none', () => {
    expect(measure('{ a { b } }').depth).toBe(2);
    expect(measure('{ a { ... on A { a { b } } } }').depth).toBe(3);
    expect(measure('{ ...F } fragment F on Query { a { ...G } } fragment G on A { a { b } }').depth).toBe(3);
  });

  it('costs every field 1 times the lists around it', () => {
    expect(measure('{ a { b } }').cost.evaluate()).toBe(2);
    // list 1, each of its 100 items: b 1, items 1, each of 100 items: b 1.
    expect(measure('{ list { b items { b } } }').cost.evaluate()).toBe(1 + 100 * (2 + 100));
  });

  it('counts a connection as its first, 20 without it, and pageInfo once', () => {
    expect(measure('{ page(first: 5) { edges { node { b } } pageInfo { hasNextPage } } }').cost.evaluate()).toBe(
      1 + 1 + 5 * 2 + 2,
    );
    expect(measure('{ page { edges { cursor } } }').cost.evaluate()).toBe(2 + 20);
  });

  it('keeps a variable first as a variable: its value, its declared default, else 20', () => {
    const m = measure('query ($n: Int = 7) { page(first: $n) { edges { node { b } } } }');
    expect(m.cost.isConstant).toBe(false);
    expect(m.cost.evaluate({ n: 100 }, m.defaults)).toBe(2 + 100 * 2);
    expect(m.cost.evaluate({}, m.defaults)).toBe(2 + 7 * 2);
    expect(m.cost.evaluate({ n: null }, m.defaults)).toBe(2 + 20 * 2);
    expect(m.cost.evaluateAt(500)).toBe(2 + 500 * 2);
  });

  it('counts aliases and directives, through fragments', () => {
    const m = measure('{ x: a { y: b @include(if: true) } ...F } fragment F on Query @skip(if: false) { z: a { b } }');
    expect([m.aliases, m.directives]).toEqual([3, 2]);
  });

  it('measures a fragment once, however often it is spread: nested spreads stay linear', () => {
    // 2^40 paths: walked spread by spread this would never end; measured once per fragment, it is instant.
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on A { a { ...F${i + 1} } items { ...F${i + 1} } }`,
    ).join(' ');
    const m = measure(`{ a { ...F0 } } ${fragments} fragment F${levels} on A { b }`);
    expect(m.depth).toBe(levels + 2);
    expect(m.cost.evaluate()).toBeGreaterThan(1e80);
  });

  it('does not hang on a fragment cycle (validation refuses the document)', () => {
    expect(measure('{ a { ...F } } fragment F on A { a { ...F } }').depth).toBe(2);
  });

  it('does not deepen an introspection query by __Type.ofType (it unwraps one to one)', () => {
    expect(measure('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }').depth).toBe(5);
  });
});
