// Signed checkpoints: a signed statement of the chain's size and head, after Certificate
// Transparency and Go's checksum database. Whoever kept an earlier checkpoint can prove a rewrite:
// the chain now served must extend the one it signed. The note is exactly four lines, each ending
// in "\n": `concord/<ORG CODE>`, the size, the head hash (lower-case hex; 64 zeros for an empty
// chain), and `issuedAt` as YYYY-MM-DDTHH:MM:SS.sssZ. The signature is Ed25519 over its UTF-8 bytes.

import { isHashHex } from './canonical.js';
import { keyIdOf, publicKeyOf, signText, verifyText } from './signing.js';
import type { ChainCheckpoint, ChainHead } from './types.js';

/** The head hash of an empty chain. */
export const EMPTY_HEAD_HASH = '0'.repeat(64);

const ORG_CODE = /^[A-Z][A-Z0-9_-]{0,15}$/;
const ISSUED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SIZE = /^(0|[1-9][0-9]{0,14})$/;
const KEY_ID = /^[0-9a-f]{16}$/;

/** "concord/KP". */
export function checkpointOrigin(orgCode: string): string {
  if (!ORG_CODE.test(orgCode)) throw new RangeError(`${JSON.stringify(orgCode)} is not an organisation code`);
  return `concord/${orgCode}`;
}

/** An instant as the note writes it: YYYY-MM-DDTHH:MM:SS.sssZ (years 0000-9999). */
export function formatIssuedAt(instant: Date): string {
  const s = Number.isNaN(instant.getTime()) ? '' : instant.toISOString();
  if (!ISSUED_AT.test(s)) throw new RangeError('issuedAt must be a valid instant in years 0000-9999');
  return s;
}

function checkHead(size: number, headHash: string): void {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`size ${size} is not a count`);
  if (!isHashHex(headHash)) throw new RangeError('headHash must be 64 lower-case hex digits');
  if (size === 0 && headHash !== EMPTY_HEAD_HASH) throw new RangeError('an empty chain has the head 64 zeros');
}

/** The exact text a checkpoint signs. */
export function checkpointNote(args: { orgCode: string; size: number; headHash: string; issuedAt: Date }): string {
  checkHead(args.size, args.headHash);
  return `${checkpointOrigin(args.orgCode)}\n${args.size}\n${args.headHash}\n${formatIssuedAt(args.issuedAt)}\n`;
}

export interface ParsedNote {
  origin: string;
  orgCode: string;
  size: number;
  headHash: string;
  issuedAt: string;
}

/** The fields of a note written exactly as checkpointNote writes it, else null. */
export function parseCheckpointNote(note: string): ParsedNote | null {
  if (typeof note !== 'string' || !note.endsWith('\n')) return null;
  const lines = note.slice(0, -1).split('\n');
  if (lines.length !== 4) return null;
  const [origin, size, headHash, issuedAt] = lines;
  if (!origin.startsWith('concord/') || !ORG_CODE.test(origin.slice('concord/'.length))) return null;
  if (!SIZE.test(size) || !isHashHex(headHash) || !ISSUED_AT.test(issuedAt)) return null;
  if (Number.isNaN(Date.parse(issuedAt)) || new Date(issuedAt).toISOString() !== issuedAt) return null;
  const n = Number(size);
  if (n === 0 && headHash !== EMPTY_HEAD_HASH) return null;
  return { origin, orgCode: origin.slice('concord/'.length), size: n, headHash, issuedAt };
}

/** A signed checkpoint with every field of ChainCheckpoint, from the head and the private key (PKCS#8 PEM). */
export function issueCheckpoint(args: {
  orgCode: string;
  size: number;
  headHash: string;
  issuedAt: Date;
  privateKeyPem: string;
}): ChainCheckpoint {
  const note = checkpointNote(args);
  const publicKey = publicKeyOf(args.privateKeyPem);
  return {
    origin: checkpointOrigin(args.orgCode),
    size: args.size,
    headHash: args.headHash,
    issuedAt: formatIssuedAt(args.issuedAt),
    note,
    signature: signText(note, args.privateKeyPem),
    keyId: keyIdOf(publicKey),
    publicKey,
  };
}

/**
 * Why a checkpoint cannot be trusted, or null. Checks that its note is well formed and says what its
 * fields say, that `keyId` is the id of `publicKey`, and that the signature verifies. With
 * `trustedKey` (a public key PEM the reader kept, e.g. `--key`), the checkpoint must be signed by
 * that very key: a key served beside the checkpoint proves nothing by itself. With `publishedKeys`
 * (keyId -> PEM from the signing-keys document), its key must be listed there.
 */
export function checkpointProblem(
  cp: ChainCheckpoint,
  options: { trustedKey?: string; publishedKeys?: ReadonlyMap<string, string> } = {},
): string | null {
  if (cp === null || typeof cp !== 'object') return 'the checkpoint is not an object';
  const parsed = parseCheckpointNote(cp.note);
  if (parsed === null) return 'the checkpoint note is not four lines: concord/<ORG>, size, head hash, issuedAt';
  const differing = (['origin', 'size', 'headHash', 'issuedAt'] as const).filter((f) => cp[f] !== parsed[f]);
  if (differing.length) return `the checkpoint's ${differing.join(', ')} differ from what its note says`;
  if (typeof cp.keyId !== 'string' || !KEY_ID.test(cp.keyId)) return 'the checkpoint keyId is not 16 hex digits';
  let servedKeyId: string;
  try {
    servedKeyId = keyIdOf(cp.publicKey);
  } catch {
    return 'the checkpoint publicKey is not an Ed25519 public key (PEM, SPKI)';
  }
  if (servedKeyId !== cp.keyId)
    return `the checkpoint keyId ${cp.keyId} is not the id of its publicKey (${servedKeyId})`;
  if (options.publishedKeys && !options.publishedKeys.has(cp.keyId)) {
    return `the checkpoint is signed by key ${cp.keyId}, which the signing-keys document does not list`;
  }
  if (options.trustedKey !== undefined) {
    let trustedId: string;
    try {
      trustedId = keyIdOf(options.trustedKey);
    } catch {
      return 'the trusted key is not an Ed25519 public key (PEM, SPKI)';
    }
    if (trustedId !== cp.keyId) {
      return `the checkpoint is signed by key ${cp.keyId}, not by the trusted key ${trustedId}`;
    }
    if (!verifyText(cp.note, cp.signature, options.trustedKey)) {
      return 'the checkpoint signature does not verify under the trusted key';
    }
    return null;
  }
  if (!verifyText(cp.note, cp.signature, cp.publicKey)) return 'the checkpoint signature does not verify';
  return null;
}

/** Null when the checkpoint covers exactly the chain seen (same size, same head); else why not. */
export function coverageProblem(cp: Pick<ChainCheckpoint, 'size' | 'headHash'>, seen: ChainHead): string | null {
  if (cp.size !== seen.size) {
    return `the checkpoint covers ${cp.size} entries but the chain has ${seen.size}`;
  }
  if (cp.headHash !== seen.headHash) {
    return `the checkpoint head ${cp.headHash} is not the contentHash ${seen.headHash} of entry ${seen.size}`;
  }
  return null;
}
