// Reading the three documents of a chain archive (chain.json, checkpoint.json, the signing keys)
// as untrusted input: each must have the shape the contract gives it before anything is believed.

import { VISIBILITIES, type ChainCheckpoint, type ChainEntry } from '#chain';
import { SourceError } from './archive-source.js';

function parse(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SourceError(`${what} is not JSON`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The chain listing, oldest first. Each entry must carry position, kind, reference, visibility,
 * contentHash, previousHash (string or null) and url; what they say is the verifier's business.
 */
export function parseChainListing(bytes: Uint8Array): ChainEntry[] {
  const doc = parse(bytes, 'the chain (chain.json)');
  if (!Array.isArray(doc)) throw new SourceError('the chain (chain.json) is not a JSON array');
  return doc.map((e, i): ChainEntry => {
    const name = isObject(e) && typeof e.reference === 'string' ? e.reference : `entry ${i + 1} of chain.json`;
    if (!isObject(e)) throw new SourceError(`${name}: not an object`);
    const wrong: string[] = [];
    if (typeof e.position !== 'number') wrong.push('position');
    if (typeof e.kind !== 'string') wrong.push('kind');
    if (typeof e.reference !== 'string') wrong.push('reference');
    if (!VISIBILITIES.includes(e.visibility as never)) wrong.push('visibility');
    if (typeof e.contentHash !== 'string') wrong.push('contentHash');
    if (e.previousHash !== null && typeof e.previousHash !== 'string') wrong.push('previousHash');
    if (typeof e.url !== 'string') wrong.push('url');
    if (wrong.length) throw new SourceError(`${name}: chain.json gives no valid ${wrong.join(', ')}`);
    return e as unknown as ChainEntry;
  });
}

/** The checkpoint, with every field of ChainCheckpoint of the right type. */
export function parseCheckpoint(bytes: Uint8Array, what = 'the checkpoint (checkpoint.json)'): ChainCheckpoint {
  const doc = parse(bytes, what);
  if (!isObject(doc)) throw new SourceError(`${what} is not a JSON object`);
  const strings = ['origin', 'headHash', 'issuedAt', 'note', 'signature', 'keyId', 'publicKey'] as const;
  const wrong = strings.filter((f) => typeof doc[f] !== 'string');
  if (typeof doc.size !== 'number') wrong.push('size' as never);
  if (wrong.length) throw new SourceError(`${what} has no valid ${wrong.join(', ')}`);
  return doc as unknown as ChainCheckpoint;
}

/** The signing-keys document, parsed (its shape is checked by parseSigningKeys). */
export function parseKeysDocument(bytes: Uint8Array): unknown {
  return parse(bytes, 'the signing keys (concord-signing-keys.json)');
}
