// Ed25519 keys and signatures for checkpoints, with Node's own crypto: a checkpoint's note is signed
// over its UTF-8 bytes and the signature sent in base64, so anyone can check it with
// `openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in note.txt -sigfile sig.bin`.

import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/** A signing key pair as PEM: the private key PKCS#8 (CONCORD_SIGNING_KEY), the public key SPKI. */
export interface SigningKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** A fresh Ed25519 key pair. */
export function generateSigningKey(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}

function ed25519Private(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError('The signing key is not an Ed25519 private key');
  return key;
}

/** The Ed25519 public key in a PEM (SPKI), or null when the text is not one. */
function ed25519Public(pem: string): KeyObject | null {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/** The public key (PEM, SPKI) of a private key (PEM, PKCS#8). Throws unless it is Ed25519. */
export function publicKeyOf(privateKeyPem: string): string {
  return createPublicKey(ed25519Private(privateKeyPem)).export({ type: 'spki', format: 'pem' }).toString();
}

/** True when the text is an Ed25519 public key in PEM (SPKI). */
export function isPublicKeyPem(pem: string): boolean {
  return ed25519Public(pem) !== null;
}

/**
 * A key's id: the first 16 hex digits of SHA-256 over the public key's DER (SPKI). Accepts the
 * public key, or the private key (whose public half is meant). Throws unless it is Ed25519.
 */
export function keyIdOf(pem: string): string {
  const pub = ed25519Public(pem) ?? createPublicKey(ed25519Private(pem));
  const der = pub.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** Ed25519 signature of the UTF-8 bytes of `text`, base64. */
export function signText(text: string, privateKeyPem: string): string {
  return sign(null, Buffer.from(text, 'utf8'), ed25519Private(privateKeyPem)).toString('base64');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Whether `signatureBase64` is a valid Ed25519 signature of the UTF-8 bytes of `text` under the
 * public key. False, never an exception, for a malformed key or signature.
 */
export function verifyText(text: string, signatureBase64: string, publicKeyPem: string): boolean {
  const key = ed25519Public(publicKeyPem);
  if (key === null || typeof signatureBase64 !== 'string' || !BASE64.test(signatureBase64)) return false;
  const signature = Buffer.from(signatureBase64, 'base64');
  if (signature.length !== 64) return false;
  try {
    return verify(null, Buffer.from(text, 'utf8'), key, signature);
  } catch {
    return false;
  }
}

/** One key of `GET /.well-known/concord-signing-keys.json`. */
export interface PublishedKey {
  keyId: string;
  algorithm: 'Ed25519';
  publicKey: string;
}

/**
 * The body of `/.well-known/concord-signing-keys.json`: `{ "keys": [ { keyId, algorithm, publicKey } ] }`,
 * every public key ever used, oldest first as given, each once.
 */
export function signingKeysDocument(publicKeyPems: readonly string[]): { keys: PublishedKey[] } {
  const keys: PublishedKey[] = [];
  for (const pem of publicKeyPems) {
    const keyId = keyIdOf(pem);
    if (keys.some((k) => k.keyId === keyId)) continue;
    keys.push({
      keyId,
      algorithm: 'Ed25519',
      publicKey: createPublicKey(pem).export({ type: 'spki', format: 'pem' }).toString(),
    });
  }
  return { keys };
}

/**
 * The keys listed in a signing-keys document, by keyId. Accepts `{ keys: [...] }` (ours), a bare
 * array of `{ keyId, publicKey }`, or an object mapping keyId to a PEM or to `{ publicKey }`. Entries
 * that are not Ed25519 public keys are left out; a keyId that does not match its key is kept under
 * the id computed from the key, so a mislabelled key cannot stand in for another.
 */
export function parseSigningKeys(doc: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const add = (value: unknown): void => {
    const pem =
      typeof value === 'string'
        ? value
        : value !== null &&
            typeof value === 'object' &&
            typeof (value as { publicKey?: unknown }).publicKey === 'string'
          ? (value as { publicKey: string }).publicKey
          : null;
    if (pem !== null && isPublicKeyPem(pem)) found.set(keyIdOf(pem), pem);
  };
  const list = Array.isArray(doc)
    ? doc
    : doc !== null && typeof doc === 'object' && Array.isArray((doc as { keys?: unknown }).keys)
      ? (doc as { keys: unknown[] }).keys
      : doc !== null && typeof doc === 'object'
        ? Object.values(doc)
        : [];
  for (const value of list) add(value);
  return found;
}
