// Examples and properties for the streaming chain verifier: a chain built by publishEntry verifies;
// any change to an entry's bytes, its listing or the order of entries is caught, at that entry or
// at the link it breaks, and the problem names the entry's reference.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson, sha256Hex } from './canonical.js';
import { ChainVerifier, referenceInBytes, verifyChain, type ChainStep } from './chain-verifier.js';
import { EMPTY_HEAD_HASH } from './checkpoint.js';
import { publishEntry, type PublishedEntry } from './publication.js';
import type { ChainEntryKind } from './types.js';

/** A chain of n entries: records, now and then a corrigendum of the record before, or minutes. */
function buildChain(kinds: readonly ChainEntryKind[]): PublishedEntry[] {
  const chain: PublishedEntry[] = [];
  let records = 0;
  kinds.forEach((wanted, i) => {
    const previous = chain.length ? chain[chain.length - 1].entry : null;
    const kind: ChainEntryKind = wanted === 'CORRIGENDUM' && records === 0 ? 'RECORD' : wanted;
    const publishedAt = new Date(Date.UTC(2026, 0, 1 + i));
    if (kind === 'RECORD') {
      records += 1;
      const number = `KP/2026/${records}`;
      const doc = { type: 'concord.decision-record/1', number, text: `Décision n° ${records} — Решение`, version: 1 };
      chain.push(publishEntry({ previous, kind, reference: number, visibility: 'PUBLIC', publishedAt, doc }));
    } else if (kind === 'CORRIGENDUM') {
      const doc = {
        type: 'concord.corrigendum/1',
        record: { number: `KP/2026/${records}` },
        number: 1,
        reason: 'typo',
      };
      const reference = `KP/2026/${records}/corrigenda/1`;
      chain.push(publishEntry({ previous, kind, reference, visibility: 'PUBLIC', publishedAt, doc }));
    } else {
      const reference = `KP/PLEN/2026/M${i + 1}`;
      const doc = { reference, text: '# Minutes', version: 1 };
      chain.push(publishEntry({ previous, kind, reference, visibility: 'RESTRICTED', publishedAt, doc }));
    }
  });
  return chain;
}

const steps = (chain: PublishedEntry[], readable = (_e: PublishedEntry) => true): ChainStep[] =>
  chain.map((p) => ({ ...p.entry, bytes: readable(p) ? p.text : null }));

const someKinds = fc.array(fc.constantFrom<ChainEntryKind>('RECORD', 'RECORD', 'CORRIGENDUM', 'MINUTES'), {
  minLength: 1,
  maxLength: 12,
});

describe('a chain as published', () => {
  it('verifies, reporting its size and head', () => {
    const chain = buildChain(['RECORD', 'CORRIGENDUM', 'MINUTES', 'RECORD']);
    expect(verifyChain(steps(chain))).toEqual({
      valid: true,
      checked: 4,
      rehashed: 4,
      linkageOnly: 0,
      problem: null,
      size: 4,
      headHash: chain[3].entry.contentHash,
    });
    expect(chain[0].entry.previousHash).toBeNull();
    expect(chain[1].entry.previousHash).toBe(chain[0].entry.contentHash);
    expect(chain[1].entry.url).toBe('/records/KP%2F2026%2F1/corrigenda/1.json');
  });

  it('an empty chain is valid, with the head 64 zeros', () => {
    expect(verifyChain([])).toMatchObject({ valid: true, checked: 0, size: 0, headHash: EMPTY_HEAD_HASH });
  });

  it('checks entries it may not read through their listed hashes only', () => {
    const chain = buildChain(['RECORD', 'MINUTES', 'RECORD']);
    const verdict = verifyChain(steps(chain, (p) => p.entry.visibility === 'PUBLIC'));
    expect(verdict).toMatchObject({ valid: true, checked: 3, rehashed: 2, linkageOnly: 1 });
  });

  it('verifies whatever the kinds and whichever entries are readable', () => {
    fc.assert(
      fc.property(someKinds, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (kinds, readable) => {
        const chain = buildChain(kinds);
        const verdict = verifyChain(steps(chain, (p) => readable[p.entry.position - 1]));
        expect(verdict.valid).toBe(true);
        expect(verdict.rehashed + verdict.linkageOnly).toBe(chain.length);
      }),
    );
  });
});

describe('what the verifier catches', () => {
  const chain = buildChain(['RECORD', 'RECORD', 'CORRIGENDUM', 'RECORD']);

  it('changed bytes, naming the entry', () => {
    const tampered = steps(chain);
    tampered[1] = { ...tampered[1], bytes: chain[1].text.replace('Décision', 'Decision') };
    const verdict = verifyChain(tampered);
    expect(verdict.valid).toBe(false);
    expect(verdict.checked).toBe(2);
    expect(verdict.problem?.reference).toBe('KP/2026/2');
    expect(verdict.problem?.message).toMatch(
      /^KP\/2026\/2 \(position 2\): its bytes hash to [0-9a-f]{64}, not to its contentHash/,
    );
  });

  it('a removed entry, at the first entry after the hole', () => {
    const removed = steps(chain).filter((s) => s.position !== 2);
    expect(verifyChain(removed).problem?.message).toBe(
      'KP/2026/2/corrigenda/1 (position 3): it is listed at position 3 where the chain needs entry 2 (an entry was removed, inserted or renumbered)',
    );
    const renumbered = removed.map((s, i) => ({ ...s, position: i + 1 }));
    expect(verifyChain(renumbered).problem?.message).toContain('its previousHash');
  });

  it('entries swapped, rewritten with a matching hash, or mislabelled', () => {
    const swapped = steps(chain);
    [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
    expect(verifyChain(swapped).valid).toBe(false);

    // Re-hashed after a change (the listing updated too): the next entry's link breaks.
    const rewritten = steps(chain);
    const text = canonicalJson({ ...chain[1].doc, text: 'Something else' });
    rewritten[1] = { ...rewritten[1], bytes: text, contentHash: sha256Hex(text) };
    expect(verifyChain(rewritten).problem?.reference).toBe('KP/2026/2/corrigenda/1');

    const mislabelled = steps(chain);
    mislabelled[0] = { ...mislabelled[0], reference: 'KP/2026/9' };
    expect(verifyChain(mislabelled).problem?.message).toBe(
      'KP/2026/9 (position 1): its bytes name KP/2026/1, not KP/2026/9',
    );
  });

  it('bytes that are not canonical JSON, or whose previousHash differs from the listing', () => {
    const spaced = ` ${chain[0].text}`;
    const notCanonical = steps(chain);
    notCanonical[0] = { ...notCanonical[0], bytes: spaced, contentHash: sha256Hex(spaced) };
    expect(verifyChain(notCanonical).problem?.message).toContain('not in canonical form');

    const lying = canonicalJson({ ...chain[0].doc, previousHash: 'f'.repeat(64) });
    const first = steps(chain);
    first[0] = { ...first[0], bytes: lying, contentHash: sha256Hex(lying) };
    expect(verifyChain(first).problem?.message).toContain('the previousHash in its bytes');

    const badUtf8 = new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]);
    const invalid = steps(chain);
    invalid[0] = { ...invalid[0], bytes: badUtf8, contentHash: sha256Hex(badUtf8) };
    expect(verifyChain(invalid).problem?.message).toContain('not UTF-8');
  });

  it('stops at the first problem and keeps answering it', () => {
    const v = new ChainVerifier();
    const s = steps(chain);
    expect(v.add(s[0])).toBeNull();
    const p = v.add({ ...s[1], previousHash: null });
    expect(p?.reference).toBe('KP/2026/2');
    expect(v.add(s[2])).toBe(p);
    expect(v.finish()).toMatchObject({ valid: false, checked: 2, headHash: s[0].contentHash });
  });

  it('any single changed byte of any entry is caught, at that entry', () => {
    fc.assert(
      fc.property(someKinds, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), (kinds, pick, at, flip) => {
        const c = buildChain(kinds);
        const victim = pick % c.length;
        const s = c.map((p) => ({ ...p.entry, bytes: new Uint8Array(Buffer.from(p.text, 'utf8')) }) as ChainStep);
        const bytes = new Uint8Array(s[victim].bytes as Uint8Array);
        bytes[at % bytes.length] ^= flip;
        s[victim] = { ...s[victim], bytes };
        const verdict = verifyChain(s);
        expect(verdict.valid).toBe(false);
        expect(verdict.problem?.position).toBe(victim + 1);
        expect(verdict.problem?.reference).toBe(c[victim].entry.reference);
      }),
    );
  });

  it('any listing hash changed is caught, at that entry or the next', () => {
    fc.assert(
      fc.property(someKinds, fc.nat(), fc.boolean(), fc.boolean(), (kinds, pick, onContent, readable) => {
        const c = buildChain(kinds);
        const victim = pick % c.length;
        const s = steps(c, () => readable);
        const forged = 'a'.repeat(64);
        s[victim] = onContent ? { ...s[victim], contentHash: forged } : { ...s[victim], previousHash: forged };
        const verdict = verifyChain(s);
        if (!readable && onContent && victim === c.length - 1) {
          // The last entry of an unreadable chain vouches for itself: only a checkpoint catches it.
          expect(verdict.valid).toBe(true);
          expect(verdict.headHash).toBe(forged);
          return;
        }
        expect(verdict.valid).toBe(false);
        expect([victim + 1, victim + 2]).toContain(verdict.problem?.position);
      }),
    );
  });
});

describe('referenceInBytes', () => {
  it('reads a record number, a corrigendum reference and a minutes reference', () => {
    expect(referenceInBytes('RECORD', { number: 'KP/2026/7' })).toBe('KP/2026/7');
    expect(referenceInBytes('CORRIGENDUM', { record: { number: 'KP/2026/7' }, number: 2 })).toBe(
      'KP/2026/7/corrigenda/2',
    );
    expect(referenceInBytes('MINUTES', { reference: 'KP/PLEN/2026/M1' })).toBe('KP/PLEN/2026/M1');
    expect(referenceInBytes('RECORD', { number: 7 })).toBeUndefined();
    expect(referenceInBytes('CORRIGENDUM', null)).toBeUndefined();
  });
});
