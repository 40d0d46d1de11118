// The words of the public chain, as the contract spells them (ChainEntry, ChainCheckpoint), so the
// verifier, the fixtures and the server's JSON speak the same shapes.

export type ChainEntryKind = 'RECORD' | 'CORRIGENDUM' | 'MINUTES';
export const CHAIN_ENTRY_KINDS: readonly ChainEntryKind[] = ['RECORD', 'CORRIGENDUM', 'MINUTES'];

export type Visibility = 'PUBLIC' | 'RESTRICTED';
export const VISIBILITIES: readonly Visibility[] = ['PUBLIC', 'RESTRICTED'];

/** One entry of `GET /records/chain.json` (and of `recordChain`), oldest first. */
export interface ChainEntry {
  /** 1, 2, ... in publication order. */
  position: number;
  kind: ChainEntryKind;
  /** "KP/2026/7", "KP/2026/7/corrigenda/1", or the minutes' reference "KP/PLEN/2026/M1". */
  reference: string;
  visibility: Visibility;
  contentHash: string;
  /** The contentHash of the entry before; null for the first. */
  previousHash: string | null;
  /** ISO 8601 instant. */
  publishedAt: string;
  /** The path of its canonical JSON, e.g. "/records/KP%2F2026%2F7.json". */
  url: string;
}

/** How far a chain reaches: its size and the contentHash of its last entry (64 zeros when empty). */
export interface ChainHead {
  size: number;
  headHash: string;
}

/** `GET /records/checkpoint.json` (and `chainCheckpoint`): exactly these fields. */
export interface ChainCheckpoint {
  /** "concord/<organisation code>". */
  origin: string;
  size: number;
  headHash: string;
  /** ISO 8601, as in the note: YYYY-MM-DDTHH:MM:SS.sssZ. */
  issuedAt: string;
  /** The exact signed text: four lines, each ending in "\n". */
  note: string;
  /** Ed25519 over the UTF-8 bytes of `note`, base64. */
  signature: string;
  /** The first 16 hex digits of SHA-256 over the public key's DER (SPKI). */
  keyId: string;
  /** PEM (SPKI). */
  publicKey: string;
}
