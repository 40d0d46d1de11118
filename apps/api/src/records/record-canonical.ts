// The bytes of the chain. A published record (or corrigendum) is serialised ONCE with RFC 8785, the
// JSON Canonicalization Scheme (`canonicalize`): keys sorted, no whitespace, numbers and strings in
// one spelling. Those bytes are stored as text exactly as hashed and served as they are; they are
// never re-derived from jsonb (which reorders keys and respaces), so `sha256sum` of the served file
// prints the record's contentHash.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** RFC 8785 canonical JSON of a document. */
export function canonicalJson(doc: object): string {
  const bytes = canonicalize(doc);
  // canonicalize answers undefined only for undefined input or a function.
  if (bytes === undefined) throw new Error('canonicalJson: the document has no JSON form');
  return bytes;
}

/** SHA-256, lower-case hex, of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
