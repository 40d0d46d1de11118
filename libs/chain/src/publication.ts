// What publishing one entry into the chain computes, in one place for the server and for test
// archives: the document gets the previous entry's contentHash as its `previousHash`, is written
// as canonical JSON (those exact bytes are stored and served), and is hashed; the chain lists it
// with the path where its bytes are served.

import { canonicalJson, sha256Hex } from './canonical.js';
import type { ChainEntry, ChainEntryKind, Visibility } from './types.js';

const CORRIGENDUM_REF = /^(.+)\/corrigenda\/([1-9][0-9]*)$/;

/**
 * The path where an entry's canonical JSON is served: `/records/{number}.json`,
 * `/records/{number}/corrigenda/{n}.json` or `/minutes/{reference}.json`, the number or reference
 * URL-encoded (so "KP/2026/7" is "KP%2F2026%2F7").
 */
export function chainEntryUrl(kind: ChainEntryKind, reference: string): string {
  if (kind === 'RECORD') return `/records/${encodeURIComponent(reference)}.json`;
  if (kind === 'MINUTES') return `/minutes/${encodeURIComponent(reference)}.json`;
  const m = CORRIGENDUM_REF.exec(reference);
  if (!m) throw new RangeError(`${JSON.stringify(reference)} is not "<record number>/corrigenda/<n>"`);
  return `/records/${encodeURIComponent(m[1])}/corrigenda/${m[2]}.json`;
}

/** An entry as published: its listing in the chain, its canonical text and the document hashed. */
export interface PublishedEntry {
  entry: ChainEntry;
  /** The canonical JSON, exactly as hashed, stored and served (UTF-8). */
  text: string;
  doc: Record<string, unknown>;
}

/**
 * Publishes `doc` after `previous` (null for the first entry): sets `previousHash`, serialises,
 * hashes, and lists it at the next position. `doc` must not carry `contentHash` (it is the hash of
 * the bytes) and should carry what makes it name `reference` (a record's `number`, ...).
 */
export function publishEntry(args: {
  previous: Pick<ChainEntry, 'position' | 'contentHash'> | null;
  kind: ChainEntryKind;
  reference: string;
  visibility: Visibility;
  publishedAt: Date;
  doc: Record<string, unknown>;
  url?: string;
}): PublishedEntry {
  if (Object.prototype.hasOwnProperty.call(args.doc, 'contentHash')) {
    throw new TypeError('A chain document never carries its own contentHash');
  }
  const previousHash = args.previous?.contentHash ?? null;
  const doc = { ...args.doc, previousHash };
  const text = canonicalJson(doc);
  return {
    entry: {
      position: (args.previous?.position ?? 0) + 1,
      kind: args.kind,
      reference: args.reference,
      visibility: args.visibility,
      contentHash: sha256Hex(text),
      previousHash,
      publishedAt: args.publishedAt.toISOString(),
      url: args.url ?? chainEntryUrl(args.kind, args.reference),
    },
    text,
    doc,
  };
}
