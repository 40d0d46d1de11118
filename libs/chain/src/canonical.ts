// The bytes of the chain: RFC 8785 canonical JSON (the JSON Canonicalization Scheme, through the
// `canonicalize` package: keys sorted by UTF-16 code units, no whitespace, one spelling per number
// and string) and SHA-256 over its UTF-8 bytes, in lower-case hex. The records area publishes with
// exactly this, so `sha256sum` of a served entry prints its contentHash, and what this library
// computes for a document is what the server stored for it.

import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** RFC 8785 canonical JSON of a document. Throws for what JSON cannot hold (NaN, lone surrogates). */
export function canonicalJson(doc: unknown): string {
  const text = canonicalize(doc);
  // canonicalize answers undefined only for undefined itself, a function or a symbol.
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}

/** The UTF-8 bytes of a document's canonical JSON: what is hashed, stored and served. */
export function canonicalBytes(doc: unknown): Uint8Array {
  return new Uint8Array(Buffer.from(canonicalJson(doc), 'utf8'));
}

/** SHA-256 in lower-case hex: of the UTF-8 bytes of a string, or of the bytes as given. */
export function sha256Hex(data: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof data === 'string') hash.update(data, 'utf8');
  else hash.update(data);
  return hash.digest('hex');
}

/** The contentHash of a document: SHA-256 hex of its canonical JSON. */
export function contentHashOf(doc: unknown): string {
  return sha256Hex(canonicalJson(doc));
}

const HASH_HEX = /^[0-9a-f]{64}$/;

/** A SHA-256 as the chain writes it: exactly 64 lower-case hex digits. */
export function isHashHex(s: unknown): s is string {
  return typeof s === 'string' && HASH_HEX.test(s);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of UTF-8 bytes, or null when they are not valid UTF-8 (a byte order mark is kept, not dropped). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Why `text` is not the canonical JSON of a document, or null when it is: it must parse as JSON and
 * serialise back to exactly itself. Returns the parsed document too, for the caller's own checks.
 */
export function canonicalFormProblem(text: string): { problem: string | null; doc: unknown } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { problem: 'its bytes are not JSON', doc: undefined };
  }
  let again: string;
  try {
    again = canonicalJson(doc);
  } catch {
    return { problem: 'its bytes hold a value canonical JSON refuses', doc };
  }
  return { problem: again === text ? null : 'its bytes are not in canonical form (RFC 8785)', doc };
}
