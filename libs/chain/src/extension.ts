// "Does the chain now served extend the one saved earlier?" A chain that only grows keeps every
// entry it had: the same contentHash at the saved size. Since every entry's hash covers the hash of
// the one before, that one hash vouches for the whole saved prefix (once the new chain's links are
// verified). A shorter chain, or another hash at the saved size, is a rewrite.

import { EMPTY_HEAD_HASH } from './checkpoint.js';
import type { ChainHead } from './types.js';

/**
 * Null when the chain `current` (its entries' contentHashes, oldest first, already verified as
 * linked) extends the chain that had head `saved`; else what happened to it.
 */
export function extensionProblem(saved: ChainHead, current: readonly { contentHash: string }[]): string | null {
  if (saved.size === 0) {
    return saved.headHash === EMPTY_HEAD_HASH ? null : 'the saved checkpoint is of an empty chain with a head hash';
  }
  if (current.length < saved.size) {
    return `the chain shrank: it has ${current.length} entries, the saved checkpoint covered ${saved.size}`;
  }
  const now = current[saved.size - 1].contentHash;
  if (now !== saved.headHash) {
    return `the chain was rewritten: entry ${saved.size} now has contentHash ${now}, the saved checkpoint has ${saved.headHash}`;
  }
  return null;
}

/** The head of a chain given its entries' contentHashes, oldest first. */
export function headOf(entries: readonly { contentHash: string }[]): ChainHead {
  return entries.length === 0
    ? { size: 0, headHash: EMPTY_HEAD_HASH }
    : { size: entries.length, headHash: entries[entries.length - 1].contentHash };
}
