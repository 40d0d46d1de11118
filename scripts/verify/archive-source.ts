// Where `npm run verify` reads a chain from: a Concord server over HTTP (fetch only, no database),
// or a folder an earlier `--save` wrote. Both hand back the served bytes untouched, so what is
// verified, and what is saved, is exactly what the server sent.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChainEntry } from '#chain';

/** Paths a Concord server serves the public chain at. */
export const CHAIN_PATH = '/records/chain.json';
export const CHECKPOINT_PATH = '/records/checkpoint.json';
export const KEYS_PATH = '/.well-known/concord-signing-keys.json';

/** A document could not be read; `message` says which and why. */
export class SourceError extends Error {}

/** Bytes of an entry, or null when this reader may not read it (checked for linkage only). */
export type EntryBytes = Uint8Array | null;

export interface ArchiveSource {
  /** Where it reads from, for messages. */
  readonly label: string;
  chain(): Promise<Uint8Array>;
  checkpoint(): Promise<Uint8Array>;
  keys(): Promise<Uint8Array>;
  entry(entry: ChainEntry): Promise<EntryBytes>;
}

const TIMEOUT_MS = 30_000;

/**
 * A Concord server at `baseUrl`. With a token (CONCORD_TOKEN) it sends it as a bearer token and reads
 * RESTRICTED entries too; without one it does not ask for them. It only ever fetches from the base
 * URL's own origin, so an entry `url` pointing elsewhere can neither leak the token nor stand in
 * for the server's bytes.
 */
export class HttpSource implements ArchiveSource {
  readonly label: string;
  private readonly base: URL;

  constructor(
    baseUrl: string,
    private readonly token: string | null,
  ) {
    try {
      this.base = new URL(baseUrl);
    } catch {
      throw new SourceError(`${baseUrl} is not a URL`);
    }
    if (this.base.protocol !== 'http:' && this.base.protocol !== 'https:') {
      throw new SourceError(`${baseUrl} is not an http or https URL`);
    }
    this.label = this.base.origin + this.base.pathname.replace(/\/+$/, '');
  }

  /** The absolute URL of a server path, refusing another origin. */
  private resolve(p: string): URL {
    const url = p.startsWith('/') ? new URL(`${this.label}${p}`) : new URL(p, `${this.label}/`);
    if (url.origin !== this.base.origin) throw new SourceError(`${p} is not on ${this.base.origin}`);
    return url;
  }

  private async get(p: string, what: string): Promise<{ status: number; bytes: Uint8Array }> {
    const url = this.resolve(p);
    let res: Response;
    try {
      res = await fetch(url, {
        headers: this.token ? { authorization: `Bearer ${this.token}` } : {},
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (e) {
      const why = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
      throw new SourceError(`could not fetch ${what} from ${url.href}: ${why}`);
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (res.status === 401 && this.token) {
      throw new SourceError(`the server refused CONCORD_TOKEN (HTTP 401 at ${url.pathname}): sign in again`);
    }
    return { status: res.status, bytes };
  }

  private async document(p: string, what: string): Promise<Uint8Array> {
    const { status, bytes } = await this.get(p, what);
    if (status !== 200) throw new SourceError(`could not fetch ${what}: HTTP ${status} at ${p}`);
    return bytes;
  }

  chain(): Promise<Uint8Array> {
    return this.document(CHAIN_PATH, 'the chain');
  }

  checkpoint(): Promise<Uint8Array> {
    return this.document(CHECKPOINT_PATH, 'the checkpoint');
  }

  keys(): Promise<Uint8Array> {
    return this.document(KEYS_PATH, 'the signing keys');
  }

  async entry(entry: ChainEntry): Promise<EntryBytes> {
    // Anonymous readers may not read RESTRICTED entries: their listed hashes are all there is.
    if (entry.visibility === 'RESTRICTED' && !this.token) return null;
    try {
      this.resolve(entry.url);
    } catch {
      throw new SourceError(`${entry.reference}: its url ${entry.url} is not on ${this.base.origin}`);
    }
    const got = await this.get(entry.url, `the bytes of ${entry.reference}`);
    if (got.status !== 200) {
      throw new SourceError(`${entry.reference}: its bytes are not served at ${entry.url} (HTTP ${got.status})`);
    }
    return got.bytes;
  }
}

/** The saved name of an entry's bytes: `entries/<position>.json`. */
export function entryFileName(position: number): string {
  return path.join('entries', `${position}.json`);
}

async function readIfThere(file: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SourceError(`could not read ${file}: ${(e as Error).message}`);
  }
}

/**
 * A folder written by `--save`: chain.json, checkpoint.json, keys.json and entries/<position>.json.
 * A RESTRICTED entry saved without a token has no file and is checked for linkage only; a PUBLIC
 * entry without its file is a problem (every PUBLIC entry is saved).
 */
export class DirSource implements ArchiveSource {
  readonly label: string;

  constructor(private readonly dir: string) {
    this.label = dir;
  }

  private async required(name: string): Promise<Uint8Array> {
    const bytes = await readIfThere(path.join(this.dir, name));
    if (bytes === null) throw new SourceError(`${path.join(this.dir, name)} is missing`);
    return bytes;
  }

  chain(): Promise<Uint8Array> {
    return this.required('chain.json');
  }

  checkpoint(): Promise<Uint8Array> {
    return this.required('checkpoint.json');
  }

  keys(): Promise<Uint8Array> {
    return this.required('keys.json');
  }

  async entry(entry: ChainEntry): Promise<EntryBytes> {
    const bytes = await readIfThere(path.join(this.dir, entryFileName(entry.position)));
    if (bytes === null && entry.visibility !== 'RESTRICTED') {
      throw new SourceError(
        `${entry.reference}: its bytes are missing from ${this.dir} (${entryFileName(entry.position)})`,
      );
    }
    return bytes;
  }
}
