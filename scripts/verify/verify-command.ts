// `npm run verify`: checks a Concord chain offline, with no database, from a server over HTTP or
// from a folder saved earlier. It re-hashes every entry it may read (RESTRICTED ones too with
// CONCORD_TOKEN), checks every link, that the checkpoint covers exactly the chain it saw, and the
// checkpoint's signature (against --key when given: a key served beside the checkpoint proves
// nothing by itself). With --since it also fails when the chain does not extend a saved one.
// Exit 0 when valid, 1 naming the first problem, 2 for a usage mistake.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ChainVerifier,
  checkpointProblem,
  coverageProblem,
  extensionProblem,
  headOf,
  isPublicKeyPem,
  parseSigningKeys,
  type ChainCheckpoint,
  type ChainHead,
} from '#chain';
import { parseChainListing, parseCheckpoint, parseKeysDocument } from './archive-documents.js';
import { DirSource, entryFileName, HttpSource, SourceError, type ArchiveSource } from './archive-source.js';

export const USAGE = [
  'usage: npm run verify -- <base-url> [--key FILE] [--save DIR] [--since DIR]',
  '       npm run verify -- --dir DIR [--key FILE] [--since DIR]',
  'CONCORD_TOKEN (a bearer token) lets it read RESTRICTED entries too.',
].join('\n');

export interface VerifyOptions {
  baseUrl: string | null;
  dir: string | null;
  keyFile: string | null;
  saveDir: string | null;
  sinceDir: string | null;
}

/** The options, or the usage mistake. */
export function parseVerifyArgs(argv: readonly string[]): VerifyOptions | { usage: string } {
  const o: VerifyOptions = { baseUrl: null, dir: null, keyFile: null, saveDir: null, sinceDir: null };
  const flags: Record<string, 'dir' | 'keyFile' | 'saveDir' | 'sinceDir'> = {
    '--dir': 'dir',
    '--key': 'keyFile',
    '--save': 'saveDir',
    '--since': 'sinceDir',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const flag = Object.prototype.hasOwnProperty.call(flags, arg) ? flags[arg] : undefined;
    if (flag) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return { usage: `${arg} needs a value` };
      if (o[flag] !== null) return { usage: `${arg} given twice` };
      o[flag] = value;
      i += 1;
    } else if (arg.startsWith('-')) {
      return { usage: `unknown option ${arg}` };
    } else if (o.baseUrl === null) {
      o.baseUrl = arg;
    } else {
      return { usage: `unexpected argument ${arg}` };
    }
  }
  if ((o.baseUrl === null) === (o.dir === null)) return { usage: 'give either a base URL or --dir DIR' };
  if (o.dir !== null && o.saveDir !== null) return { usage: '--save is for a server; --dir reads a saved folder' };
  return o;
}

/** Where the command writes its lines. */
export interface VerifyOutput {
  out(line: string): void;
  err(line: string): void;
}

/** A verification that failed, with the problem to print. */
class Invalid extends Error {}

/** The chain, its checkpoint and the keys read at one moment: the checkpoint must cover the chain. */
async function readConsistently(source: ArchiveSource, live: boolean) {
  // A publication between the two reads makes the checkpoint newer than the list: read again.
  for (let attempt = 1; ; attempt++) {
    const chainBytes = await source.chain();
    const checkpointBytes = await source.checkpoint();
    const entries = parseChainListing(chainBytes);
    const checkpoint = parseCheckpoint(checkpointBytes);
    if (!live || checkpoint.size <= entries.length || attempt === 5) {
      return { chainBytes, checkpointBytes, entries, checkpoint };
    }
  }
}

async function savedHead(dir: string): Promise<ChainHead> {
  const source = new DirSource(dir);
  const entries = parseChainListing(await source.chain());
  const saved = parseCheckpoint(await source.checkpoint(), `the saved checkpoint (${dir})`);
  const problem = checkpointProblem(saved) ?? coverageProblem(saved, headOf(entries));
  if (problem) throw new Invalid(`the saved folder ${dir} is not a verified archive: ${problem}`);
  return { size: saved.size, headHash: saved.headHash };
}

async function readKey(file: string): Promise<string> {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (e) {
    throw new Invalid(`could not read the key ${file}: ${(e as Error).message}`);
  }
  if (!isPublicKeyPem(pem)) throw new Invalid(`${file} is not an Ed25519 public key (PEM)`);
  return pem;
}

async function saveDocument(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
  await writeFile(path.join(dir, name), bytes);
}

async function verify(o: VerifyOptions, env: NodeJS.ProcessEnv, io: VerifyOutput): Promise<void> {
  const trustedKey = o.keyFile !== null ? await readKey(o.keyFile) : undefined;
  // Read before anything is saved, so `--since DIR --save DIR` compares with the old folder.
  const since = o.sinceDir !== null ? await savedHead(o.sinceDir) : null;
  const token = env.CONCORD_TOKEN && env.CONCORD_TOKEN.trim() ? env.CONCORD_TOKEN.trim() : null;
  const source: ArchiveSource = o.dir !== null ? new DirSource(o.dir) : new HttpSource(o.baseUrl!, token);

  const { chainBytes, checkpointBytes, entries, checkpoint } = await readConsistently(source, o.dir === null);
  const keysBytes = await source.keys();
  const publishedKeys = parseSigningKeys(parseKeysDocument(keysBytes));
  const save = o.saveDir;
  if (save !== null) {
    await saveDocument(save, 'chain.json', chainBytes);
    await saveDocument(save, 'checkpoint.json', checkpointBytes);
    await saveDocument(save, 'keys.json', keysBytes);
  }

  // One entry at a time: only the entry in hand and the hash before it are kept.
  const verifier = new ChainVerifier();
  for (const entry of entries) {
    const bytes = await source.entry(entry);
    if (bytes !== null && save !== null) await saveDocument(save, entryFileName(entry.position), bytes);
    const problem = verifier.add({ ...entry, bytes });
    if (problem) throw new Invalid(problem.message);
  }
  const verdict = verifier.finish();

  const signed = checkpointProblem(checkpoint, { trustedKey, publishedKeys });
  if (signed) throw new Invalid(signed);
  const covers = coverageProblem(checkpoint, verdict);
  if (covers) throw new Invalid(covers);
  if (since !== null) {
    const extended = extensionProblem(since, entries);
    if (extended) throw new Invalid(`since ${o.sinceDir}: ${extended}`);
  }
  report(io, { verdict, checkpoint, trusted: trustedKey !== undefined, o, since, source });
}

function report(
  io: VerifyOutput,
  r: {
    verdict: { checked: number; rehashed: number; linkageOnly: number };
    checkpoint: ChainCheckpoint;
    trusted: boolean;
    o: VerifyOptions;
    since: ChainHead | null;
    source: ArchiveSource;
  },
): void {
  const { verdict, checkpoint: cp } = r;
  io.out(`valid: ${r.source.label}`);
  io.out(
    `  ${verdict.checked} entries checked: ${verdict.rehashed} re-hashed from their bytes, ${verdict.linkageOnly} by their listed hashes only (RESTRICTED)`,
  );
  io.out(`  checkpoint ${cp.origin}: size ${cp.size}, head ${cp.headHash}, issued ${cp.issuedAt}`);
  io.out(
    r.trusted
      ? `  signed by the trusted key ${cp.keyId} (${r.o.keyFile})`
      : `  signed by key ${cp.keyId} as served; pin it with --key to catch a rewritten history`,
  );
  if (r.since) io.out(`  extends the saved checkpoint of size ${r.since.size} (${r.o.sinceDir})`);
  if (r.o.saveDir) io.out(`  saved to ${r.o.saveDir}`);
}

/** Runs the command; answers the exit code (0 valid, 1 a problem, 2 a usage mistake). */
export async function runVerify(argv: readonly string[], env: NodeJS.ProcessEnv, io: VerifyOutput): Promise<number> {
  const o = parseVerifyArgs(argv);
  if ('usage' in o) {
    io.err(`${o.usage}\n${USAGE}`);
    return 2;
  }
  try {
    await verify(o, env, io);
    return 0;
  } catch (e) {
    if (e instanceof Invalid || e instanceof SourceError) {
      io.err(`invalid: ${e.message}`);
      return 1;
    }
    io.err(`invalid: the verifier failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
