// Examples and properties for "the chain now served extends the one saved earlier".

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sha256Hex } from './canonical.js';
import { EMPTY_HEAD_HASH } from './checkpoint.js';
import { extensionProblem, headOf } from './extension.js';

const chain = (n: number, salt = ''): { contentHash: string }[] =>
  Array.from({ length: n }, (_, i) => ({ contentHash: sha256Hex(`${salt}${i}`) }));

describe('extensionProblem', () => {
  it('accepts the same chain and a longer one', () => {
    const saved = headOf(chain(3));
    expect(extensionProblem(saved, chain(3))).toBeNull();
    expect(extensionProblem(saved, chain(5))).toBeNull();
    expect(extensionProblem(headOf([]), chain(2))).toBeNull();
    expect(headOf([])).toEqual({ size: 0, headHash: EMPTY_HEAD_HASH });
  });

  it('refuses a chain that shrank or was rewritten', () => {
    const saved = headOf(chain(3));
    expect(extensionProblem(saved, chain(2))).toBe(
      'the chain shrank: it has 2 entries, the saved checkpoint covered 3',
    );
    expect(extensionProblem(saved, [])).toContain('shrank');
    expect(extensionProblem(saved, chain(4, 'forked'))).toMatch(
      /^the chain was rewritten: entry 3 now has contentHash/,
    );
  });

  it('holds exactly when the saved chain is a prefix of the new one', () => {
    fc.assert(
      fc.property(fc.nat({ max: 6 }), fc.nat({ max: 6 }), fc.boolean(), (a, b, fork) => {
        const saved = chain(a);
        const now = fork ? chain(b, 'x') : chain(b);
        const isPrefix = a === 0 || (b >= a && now[a - 1].contentHash === saved[a - 1].contentHash);
        expect(extensionProblem(headOf(saved), now) === null).toBe(isPrefix);
      }),
    );
  });
});
