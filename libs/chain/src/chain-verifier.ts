// Verifying the chain one entry at a time, in constant memory: the verifier keeps only the position
// and the contentHash of the entry before, so a chain of any length is checked as it streams past.
// For each entry it checks the link (its position follows, its previousHash is the contentHash of
// the entry before) and, when it may read the entry's canonical bytes, that they hash to the
// listed contentHash, are canonical JSON, carry the same previousHash and name the same reference.
// An entry it may not read (RESTRICTED, without a token) is checked for linkage only, through its
// listed hashes. It stops at the first problem and names the entry by its reference.

import { canonicalFormProblem, decodeUtf8, isHashHex, sha256Hex } from './canonical.js';
import { EMPTY_HEAD_HASH } from './checkpoint.js';
import { CHAIN_ENTRY_KINDS, type ChainEntryKind, type ChainHead } from './types.js';

/** What the verifier is fed for one entry: the chain's listing of it, and its bytes if read. */
export interface ChainStep {
  position: number;
  kind: ChainEntryKind;
  reference: string;
  contentHash: string;
  previousHash: string | null;
  /** Its canonical bytes exactly as served; null when they may not be read (checked for linkage only). */
  bytes: Uint8Array | string | null;
}

export interface ChainProblem {
  position: number;
  reference: string;
  /** "KP/2026/7 (position 7): its bytes hash to ..., not to its contentHash ...". */
  message: string;
}

export interface ChainVerdict extends ChainHead {
  valid: boolean;
  /** Entries checked, up to and including the first invalid one. */
  checked: number;
  /** Of those, whose bytes were read and re-hashed. */
  rehashed: number;
  /** Of those, checked through their listed hashes only. */
  linkageOnly: number;
  problem: ChainProblem | null;
}

function bytesOf(b: Uint8Array | string): Uint8Array {
  return typeof b === 'string' ? new Uint8Array(Buffer.from(b, 'utf8')) : b;
}

function field(doc: unknown, ...path: string[]): unknown {
  let at: unknown = doc;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * The reference the bytes themselves give: a record's `number`, a corrigendum's
 * `<record number>/corrigenda/<n>`, minutes' `reference`.
 */
export function referenceInBytes(kind: ChainEntryKind, doc: unknown): string | undefined {
  switch (kind) {
    case 'RECORD': {
      const n = field(doc, 'number');
      return typeof n === 'string' ? n : undefined;
    }
    case 'CORRIGENDUM': {
      const rec = field(doc, 'record', 'number');
      const n = field(doc, 'number');
      return typeof rec === 'string' && (typeof n === 'number' || typeof n === 'string')
        ? `${rec}/corrigenda/${n}`
        : undefined;
    }
    case 'MINUTES': {
      const r = field(doc, 'reference');
      return typeof r === 'string' ? r : undefined;
    }
    default:
      return undefined;
  }
}

export class ChainVerifier {
  private size = 0;
  private head: string | null = null;
  private rehashed = 0;
  private linkageOnly = 0;
  private failed: ChainProblem | null = null;

  /** Checks the next entry; answers its problem (or the first one met before), else null. */
  add(step: ChainStep): ChainProblem | null {
    if (this.failed !== null) return this.failed;
    const problem = this.problemOf(step);
    this.size += 1;
    if (problem !== null) {
      const name = typeof step.reference === 'string' && step.reference ? step.reference : '(no reference)';
      this.failed = {
        position: this.size,
        reference: name,
        message: `${name} (position ${step.position}): ${problem}`,
      };
      return this.failed;
    }
    if (step.bytes === null) this.linkageOnly += 1;
    else this.rehashed += 1;
    this.head = step.contentHash;
    return null;
  }

  /** The first problem met so far, or null. */
  get problem(): ChainProblem | null {
    return this.failed;
  }

  /** The verdict on everything added: valid when nothing was wrong. Size and head are of the chain seen. */
  finish(): ChainVerdict {
    return {
      valid: this.failed === null,
      checked: this.size,
      rehashed: this.rehashed,
      linkageOnly: this.linkageOnly,
      problem: this.failed,
      size: this.size,
      headHash: this.head ?? EMPTY_HEAD_HASH,
    };
  }

  private problemOf(step: ChainStep): string | null {
    const expected = this.size + 1;
    if (step.position !== expected) {
      return `it is listed at position ${String(step.position)} where the chain needs entry ${expected} (an entry was removed, inserted or renumbered)`;
    }
    if (!CHAIN_ENTRY_KINDS.includes(step.kind))
      return `its kind ${String(step.kind)} is not RECORD, CORRIGENDUM or MINUTES`;
    if (typeof step.reference !== 'string' || step.reference === '') return 'it has no reference';
    if (!isHashHex(step.contentHash)) return 'its contentHash is not 64 lower-case hex digits';
    const wanted = this.head;
    if (step.previousHash !== wanted) {
      return wanted === null
        ? `it is the first entry of the chain but links to ${String(step.previousHash)}`
        : `its previousHash ${String(step.previousHash)} is not the contentHash ${wanted} of entry ${this.size}`;
    }
    if (step.bytes === null) return null;
    const bytes = bytesOf(step.bytes);
    const actual = sha256Hex(bytes);
    if (actual !== step.contentHash) {
      return `its bytes hash to ${actual}, not to its contentHash ${step.contentHash}: it was changed after publication`;
    }
    const text = decodeUtf8(bytes);
    if (text === null) return 'its bytes are not UTF-8';
    const { problem, doc } = canonicalFormProblem(text);
    if (problem !== null) return problem;
    const inBytes = field(doc, 'previousHash');
    if (inBytes === undefined) return 'its bytes carry no previousHash';
    if (inBytes !== step.previousHash) {
      return `the previousHash in its bytes (${String(inBytes)}) differs from the chain's (${String(step.previousHash)})`;
    }
    const ref = referenceInBytes(step.kind, doc);
    if (ref !== step.reference) {
      return `its bytes name ${ref === undefined ? 'no reference' : ref}, not ${step.reference}`;
    }
    return null;
  }
}

/** Verifies a whole chain at once (the same checks, for callers that hold every step). */
export function verifyChain(steps: Iterable<ChainStep>): ChainVerdict {
  const v = new ChainVerifier();
  for (const step of steps) if (v.add(step) !== null) break;
  return v.finish();
}
