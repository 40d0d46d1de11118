// Examples for publishing an entry: the link, the bytes, the hash and the path it is served at.

import { describe, expect, it } from '@jest/globals';
import { canonicalJson, sha256Hex } from './canonical.js';
import { chainEntryUrl, publishEntry } from './publication.js';

describe('chainEntryUrl', () => {
  it('serves records, corrigenda and minutes at their URL-encoded paths', () => {
    expect(chainEntryUrl('RECORD', 'KP/2026/7')).toBe('/records/KP%2F2026%2F7.json');
    expect(chainEntryUrl('CORRIGENDUM', 'KP/2026/7/corrigenda/2')).toBe('/records/KP%2F2026%2F7/corrigenda/2.json');
    expect(chainEntryUrl('MINUTES', 'KP/PLEN/2026/M1')).toBe('/minutes/KP%2FPLEN%2F2026%2FM1.json');
    expect(() => chainEntryUrl('CORRIGENDUM', 'KP/2026/7')).toThrow(RangeError);
  });
});

describe('publishEntry', () => {
  const publishedAt = new Date('2026-06-20T09:30:00.000Z');

  it('links the first entry to nothing and the next to it', () => {
    const first = publishEntry({
      previous: null,
      kind: 'RECORD',
      reference: 'KP/2026/1',
      visibility: 'PUBLIC',
      publishedAt,
      doc: { number: 'KP/2026/1', text: 'Décision' },
    });
    expect(first.text).toBe('{"number":"KP/2026/1","previousHash":null,"text":"Décision"}');
    expect(first.entry).toEqual({
      position: 1,
      kind: 'RECORD',
      reference: 'KP/2026/1',
      visibility: 'PUBLIC',
      contentHash: sha256Hex(first.text),
      previousHash: null,
      publishedAt: '2026-06-20T09:30:00.000Z',
      url: '/records/KP%2F2026%2F1.json',
    });
    const second = publishEntry({
      previous: first.entry,
      kind: 'MINUTES',
      reference: 'KP/PLEN/2026/M1',
      visibility: 'RESTRICTED',
      publishedAt,
      doc: { reference: 'KP/PLEN/2026/M1' },
    });
    expect(second.entry.position).toBe(2);
    expect(second.entry.previousHash).toBe(first.entry.contentHash);
    expect(second.text).toBe(canonicalJson({ reference: 'KP/PLEN/2026/M1', previousHash: first.entry.contentHash }));
  });

  it('refuses a document that carries its own contentHash', () => {
    expect(() =>
      publishEntry({
        previous: null,
        kind: 'RECORD',
        reference: 'KP/2026/1',
        visibility: 'PUBLIC',
        publishedAt,
        doc: { number: 'KP/2026/1', contentHash: 'x' },
      }),
    ).toThrow(TypeError);
  });
});
