// Examples and properties for checkpoints: the exact note, its signature, and what makes one
// untrustworthy or not covering the chain seen.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sha256Hex } from './canonical.js';
import {
  checkpointNote,
  checkpointProblem,
  coverageProblem,
  EMPTY_HEAD_HASH,
  formatIssuedAt,
  issueCheckpoint,
  parseCheckpointNote,
} from './checkpoint.js';
import { generateSigningKey, keyIdOf, parseSigningKeys, signingKeysDocument, verifyText } from './signing.js';

const key = generateSigningKey();
const other = generateSigningKey();
const head = sha256Hex('the last entry');
const issuedAt = new Date('2026-06-20T09:30:00.120Z');

describe('the note', () => {
  it('is exactly four lines, each ending in a newline', () => {
    expect(checkpointNote({ orgCode: 'KP', size: 7, headHash: head, issuedAt })).toBe(
      `concord/KP\n7\n${head}\n2026-06-20T09:30:00.120Z\n`,
    );
    expect(checkpointNote({ orgCode: 'KP', size: 0, headHash: EMPTY_HEAD_HASH, issuedAt })).toBe(
      `concord/KP\n0\n${'0'.repeat(64)}\n2026-06-20T09:30:00.120Z\n`,
    );
  });

  it('refuses a bad head, size, code or instant', () => {
    expect(() => checkpointNote({ orgCode: 'KP', size: 0, headHash: head, issuedAt })).toThrow(RangeError);
    expect(() => checkpointNote({ orgCode: 'KP', size: 1, headHash: head.toUpperCase(), issuedAt })).toThrow(
      RangeError,
    );
    expect(() => checkpointNote({ orgCode: 'KP', size: -1, headHash: head, issuedAt })).toThrow(RangeError);
    expect(() => checkpointNote({ orgCode: 'kp', size: 1, headHash: head, issuedAt })).toThrow(RangeError);
    expect(() => formatIssuedAt(new Date('nope'))).toThrow(RangeError);
    expect(() => formatIssuedAt(new Date('+010000-01-01T00:00:00Z'))).toThrow(RangeError);
  });

  it('parses back exactly what was written, and nothing looser', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][A-Z0-9_-]{0,15}$/),
        fc.nat({ max: 1_000_000 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        (orgCode, size, bytes, at) => {
          const headHash = size === 0 ? EMPTY_HEAD_HASH : Buffer.from(bytes).toString('hex');
          const note = checkpointNote({ orgCode, size, headHash, issuedAt: at });
          expect(parseCheckpointNote(note)).toEqual({
            origin: `concord/${orgCode}`,
            orgCode,
            size,
            headHash,
            issuedAt: at.toISOString(),
          });
        },
      ),
    );
    const good = `concord/KP\n7\n${head}\n2026-06-20T09:30:00.120Z\n`;
    for (const bad of [
      good.slice(0, -1),
      `${good}\n`,
      good.replace('\n7\n', '\n07\n'),
      good.replace('.120Z', 'Z'),
      good.replace('concord/KP', 'concord/kp'),
      good.replace('2026-06-20', '2026-02-30'),
      good.replace(/\n/g, '\r\n'),
    ]) {
      expect(parseCheckpointNote(bad)).toBeNull();
    }
  });
});

describe('issued checkpoints', () => {
  const cp = issueCheckpoint({ orgCode: 'KP', size: 7, headHash: head, issuedAt, privateKeyPem: key.privateKeyPem });
  const published = parseSigningKeys(signingKeysDocument([key.publicKeyPem]));

  it('carry every field of ChainCheckpoint, the signature over the note', () => {
    expect(cp).toEqual({
      origin: 'concord/KP',
      size: 7,
      headHash: head,
      issuedAt: '2026-06-20T09:30:00.120Z',
      note: `concord/KP\n7\n${head}\n2026-06-20T09:30:00.120Z\n`,
      signature: expect.any(String),
      keyId: keyIdOf(key.publicKeyPem),
      publicKey: key.publicKeyPem,
    });
    expect(verifyText(cp.note, cp.signature, key.publicKeyPem)).toBe(true);
    expect(checkpointProblem(cp)).toBeNull();
    expect(checkpointProblem(cp, { trustedKey: key.publicKeyPem, publishedKeys: published })).toBeNull();
  });

  it('are refused when anything was changed, or signed by a key other than the trusted one', () => {
    expect(checkpointProblem({ ...cp, size: 8 })).toBe("the checkpoint's size differ from what its note says");
    expect(checkpointProblem({ ...cp, note: cp.note.replace('\n7\n', '\n8\n'), size: 8 })).toBe(
      'the checkpoint signature does not verify',
    );
    expect(checkpointProblem({ ...cp, keyId: '0123456789abcdef' })).toContain('is not the id of its publicKey');
    expect(checkpointProblem({ ...cp, publicKey: 'nope' })).toContain('not an Ed25519 public key');
    const forged = issueCheckpoint({
      orgCode: 'KP',
      size: 7,
      headHash: head,
      issuedAt,
      privateKeyPem: other.privateKeyPem,
    });
    expect(checkpointProblem(forged)).toBeNull(); // consistent in itself: a served key proves nothing alone
    expect(checkpointProblem(forged, { trustedKey: key.publicKeyPem })).toBe(
      `the checkpoint is signed by key ${keyIdOf(other.publicKeyPem)}, not by the trusted key ${keyIdOf(key.publicKeyPem)}`,
    );
    expect(checkpointProblem(forged, { publishedKeys: published })).toContain('does not list');
    // The trusted key's id on a signature it did not make.
    const stolenId = { ...forged, keyId: cp.keyId, publicKey: cp.publicKey };
    expect(checkpointProblem(stolenId, { trustedKey: key.publicKeyPem })).toBe(
      'the checkpoint signature does not verify under the trusted key',
    );
  });

  it('cover the chain seen only with the same size and head', () => {
    expect(coverageProblem(cp, { size: 7, headHash: head })).toBeNull();
    expect(coverageProblem(cp, { size: 8, headHash: head })).toBe(
      'the checkpoint covers 7 entries but the chain has 8',
    );
    expect(coverageProblem(cp, { size: 7, headHash: EMPTY_HEAD_HASH })).toContain('is not the contentHash');
  });
});
