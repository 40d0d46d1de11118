// Examples for Ed25519 keys, signatures, key ids and the signing-keys document.

import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  generateSigningKey,
  isPublicKeyPem,
  keyIdOf,
  parseSigningKeys,
  publicKeyOf,
  signingKeysDocument,
  signText,
  verifyText,
} from './signing.js';

const key = generateSigningKey();
const other = generateSigningKey();

describe('Ed25519 signing', () => {
  it('makes PKCS#8 and SPKI PEM keys, the public one derivable from the private one', () => {
    expect(key.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(publicKeyOf(key.privateKeyPem)).toBe(key.publicKeyPem);
    expect(isPublicKeyPem(key.publicKeyPem)).toBe(true);
    expect(isPublicKeyPem(key.privateKeyPem)).toBe(true); // Node derives the public half; keyIdOf says so too
    expect(isPublicKeyPem('not a key')).toBe(false);
  });

  it('names a key by the first 16 hex digits of SHA-256 over its SPKI DER', () => {
    const der = createPublicKey(key.publicKeyPem).export({ type: 'spki', format: 'der' });
    const expected = createHash('sha256').update(der).digest('hex').slice(0, 16);
    expect(keyIdOf(key.publicKeyPem)).toBe(expected);
    expect(keyIdOf(key.privateKeyPem)).toBe(expected);
    expect(keyIdOf(other.publicKeyPem)).not.toBe(expected);
  });

  it('refuses keys that are not Ed25519', () => {
    const rsa = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    expect(isPublicKeyPem(rsa.publicKey)).toBe(false);
    expect(() => keyIdOf(rsa.publicKey)).toThrow();
    expect(() => signText('x', rsa.privateKey)).toThrow(TypeError);
    expect(verifyText('x', 'AAAA', rsa.publicKey)).toBe(false);
  });

  it('verifies exactly the text signed, under exactly the key that signed it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, changed) => {
        const sig = signText(text, key.privateKeyPem);
        expect(Buffer.from(sig, 'base64')).toHaveLength(64);
        expect(verifyText(text, sig, key.publicKeyPem)).toBe(true);
        expect(verifyText(text, sig, other.publicKeyPem)).toBe(false);
        if (changed !== text) expect(verifyText(changed, sig, key.publicKeyPem)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('answers false, never throws, for a malformed signature or key', () => {
    const sig = signText('note', key.privateKeyPem);
    expect(verifyText('note', 'not base64!', key.publicKeyPem)).toBe(false);
    expect(verifyText('note', sig.slice(4), key.publicKeyPem)).toBe(false);
    expect(verifyText('note', sig, 'garbage')).toBe(false);
    expect(verifyText('note', undefined as unknown as string, key.publicKeyPem)).toBe(false);
  });
});

describe('the signing-keys document', () => {
  it('lists every key once, by keyId', () => {
    const doc = signingKeysDocument([key.publicKeyPem, other.publicKeyPem, key.publicKeyPem]);
    expect(doc.keys.map((k) => k.keyId)).toEqual([keyIdOf(key.publicKeyPem), keyIdOf(other.publicKeyPem)]);
    expect(doc.keys[0]).toEqual({
      keyId: keyIdOf(key.publicKeyPem),
      algorithm: 'Ed25519',
      publicKey: key.publicKeyPem,
    });
  });

  it('reads our shape and the likely others, keyed by the id computed from each key', () => {
    const ours = parseSigningKeys(signingKeysDocument([key.publicKeyPem, other.publicKeyPem]));
    expect([...ours.keys()]).toEqual([keyIdOf(key.publicKeyPem), keyIdOf(other.publicKeyPem)]);
    expect(parseSigningKeys([{ keyId: 'whatever', publicKey: key.publicKeyPem }]).has(keyIdOf(key.publicKeyPem))).toBe(
      true,
    );
    expect(parseSigningKeys({ abc: key.publicKeyPem }).get(keyIdOf(key.publicKeyPem))).toBe(key.publicKeyPem);
    expect(parseSigningKeys({ abc: { publicKey: other.publicKeyPem } }).size).toBe(1);
    expect(parseSigningKeys(null).size).toBe(0);
    expect(parseSigningKeys({ keys: [{ keyId: 'x', publicKey: 'nope' }] }).size).toBe(0);
  });
});
