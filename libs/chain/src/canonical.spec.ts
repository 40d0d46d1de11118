// Examples and properties for the chain's bytes: RFC 8785 canonical JSON and SHA-256 hex, the
// same bytes and hashes as the records area has published with from the start.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  canonicalBytes,
  canonicalFormProblem,
  canonicalJson,
  contentHashOf,
  decodeUtf8,
  isHashHex,
  sha256Hex,
} from './canonical.js';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units (RFC 8785, 3.2.3)', () => {
    const doc = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(doc)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('writes numbers, strings and literals in one spelling (RFC 8785, 3.2.2)', () => {
    const doc = {
      // eslint-disable-next-line no-loss-of-precision -- the RFC's own input, which JSON numbers round the same way
      numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
      string: '\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/',
      literals: [null, true, false],
    };
    expect(canonicalJson(doc)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('gives a record the bytes and hash the records area gives it (published records still verify)', () => {
    const doc = {
      type: 'concord.decision-record/1',
      number: 'KP/2026/7',
      text: 'Кыргыз Республикасы — «décision» 😀\nline 2',
      version: 2,
      tally: { support: 12, object: 0, abstain: 1, silent: 3 },
      positions: [{ participant: { code: 'KG', name: 'Кыргыз Республикасы' }, stance: 'SUPPORT', statement: null }],
      score: 0.1,
      big: 1e21,
      decidedAt: '2026-06-20T09:30:00.000Z',
      previousHash: null,
    };
    // Computed once with apps/api/src/records/record-canonical.ts (canonicalJson, sha256Hex).
    expect(canonicalJson(doc)).toBe(
      '{"big":1e+21,"decidedAt":"2026-06-20T09:30:00.000Z","number":"KP/2026/7","positions":[{"participant":{"code":"KG","name":"Кыргыз Республикасы"},"stance":"SUPPORT","statement":null}],"previousHash":null,"score":0.1,"tally":{"abstain":1,"object":0,"silent":3,"support":12},"text":"Кыргыз Республикасы — «décision» 😀\\nline 2","type":"concord.decision-record/1","version":2}',
    );
    expect(contentHashOf(doc)).toBe('5d3c2eaaf4ffd949add45adebdda15738c816f83481455c7053ef758b5383d54');
    expect(sha256Hex(canonicalBytes(doc))).toBe(contentHashOf(doc));
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
    expect(() => canonicalJson({ s: '\ud800' })).toThrow();
  });

  it('is a fixed point: parsing canonical JSON and writing it again gives the same text, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(canonicalFormProblem(text).problem).toBeNull();
        const reordered = JSON.parse(JSON.stringify(v, null, 2)) as unknown;
        expect(canonicalJson(reordered)).toBe(text);
      }),
    );
  });
});

describe('sha256Hex and friends', () => {
  it('hashes the UTF-8 bytes: a string and its bytes agree', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(sha256Hex(s)).toBe(sha256Hex(new Uint8Array(Buffer.from(s, 'utf8'))));
        expect(isHashHex(sha256Hex(s))).toBe(true);
      }),
    );
  });

  it('knows a hash when it sees one', () => {
    expect(isHashHex('0'.repeat(64))).toBe(true);
    expect(isHashHex('A'.repeat(64))).toBe(false);
    expect(isHashHex('0'.repeat(63))).toBe(false);
    expect(isHashHex(null)).toBe(false);
  });

  it('decodes strict UTF-8 only', () => {
    expect(decodeUtf8(new Uint8Array(Buffer.from('Côte d’Ivoire', 'utf8')))).toBe('Côte d’Ivoire');
    expect(decodeUtf8(new Uint8Array([0xc3, 0x28]))).toBeNull();
  });

  it('says why a text is not canonical', () => {
    expect(canonicalFormProblem('{"b":1,"a":2}').problem).toBe('its bytes are not in canonical form (RFC 8785)');
    expect(canonicalFormProblem('{"a": 2}').problem).toBe('its bytes are not in canonical form (RFC 8785)');
    expect(canonicalFormProblem('{"a":1,"a":2}').problem).toBe('its bytes are not in canonical form (RFC 8785)');
    expect(canonicalFormProblem('{"a":').problem).toBe('its bytes are not JSON');
    expect(canonicalFormProblem('{"a":1}')).toEqual({ problem: null, doc: { a: 1 } });
  });
});
