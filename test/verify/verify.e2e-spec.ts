// `npm run verify` against a real HTTP server (node:http, in process) serving chain archives built
// with #chain: a valid chain verifies, anonymously (RESTRICTED minutes by their hashes only) and
// with CONCORD_TOKEN; a tampered entry, a removed entry, a checkpoint that does not cover the chain,
// a rewritten history signed with another key (caught with --key), and a chain that shrank or
// forked since a saved checkpoint (--since) all fail, naming the problem; --save then --dir
// verifies the saved folder offline.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateSigningKey, keyIdOf } from '#chain';
import { runVerify } from '../../scripts/verify/verify-command.js';
import {
  archiveOf,
  publishItems,
  serveArchive,
  type Archive,
  type Item,
  type ServedArchive,
} from './archive.fixture.js';

const key = generateSigningKey();
const attacker = generateSigningKey();

const ITEMS: Item[] = [
  { kind: 'RECORD', text: 'Admission of Gabon' },
  { kind: 'RECORD', text: 'Décision sur le Venezuela — Решение' },
  { kind: 'CORRIGENDUM', correction: 'Read "Bolivarian Republic of Venezuela".' },
  { kind: 'MINUTES', text: '# Minutes of the intersessional meeting' },
  { kind: 'RECORD', text: 'Budget 2027', visibility: 'RESTRICTED' },
];

async function verify(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runVerify(args, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let scratch: string;
let server: ServedArchive;
let keyFile: string;
const good = archiveOf(publishItems(ITEMS), key);

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'concord-verify-'));
  keyFile = path.join(scratch, 'concord-key.pem');
  await writeFile(keyFile, key.publicKeyPem);
  server = await serveArchive(good);
});
afterAll(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** Serves `archive` for one test (the next test serves its own). */
function serving(archive: Archive): string {
  server.serve(archive);
  server.requests.length = 0;
  return server.url;
}

describe('a valid chain', () => {
  it('verifies anonymously: public entries re-hashed, RESTRICTED ones by their hashes, no token sent', async () => {
    const r = await verify([serving(good)]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('5 entries checked: 3 re-hashed from their bytes, 2 by their listed hashes only');
    expect(r.out).toContain(`signed by key ${keyIdOf(key.publicKeyPem)} as served; pin it with --key`);
    expect(server.requests.some((q) => q.includes('M1') || q.includes('KP%2F2026%2F3.json'))).toBe(false);
    expect(server.requests.some((q) => q.endsWith('with token'))).toBe(false);
  });

  it('with CONCORD_TOKEN re-hashes the RESTRICTED entries too, and with --key trusts only that key', async () => {
    const r = await verify([serving(good), '--key', keyFile], { CONCORD_TOKEN: 'secret-token' });
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('5 entries checked: 5 re-hashed from their bytes, 0 by their listed hashes only');
    expect(r.out).toContain(`signed by the trusted key ${keyIdOf(key.publicKeyPem)}`);
  });

  it('an empty chain verifies with the head 64 zeros', async () => {
    const r = await verify([serving(archiveOf([], key)), '--key', keyFile]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`size 0, head ${'0'.repeat(64)}`);
  });

  it('a bad token is refused by the server and named', async () => {
    const r = await verify([serving(good)], { CONCORD_TOKEN: 'stale' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('the server refused CONCORD_TOKEN (HTTP 401');
  });
});

describe('a chain that was tampered with', () => {
  it('a changed entry fails, naming it', async () => {
    const tampered: Archive = { ...good, bytes: new Map(good.bytes) };
    const url = good.entries[1].url;
    const text = Buffer.from(good.bytes.get(url)!).toString('utf8').replace('Venezuela', 'Venezuala');
    tampered.bytes.set(url, new Uint8Array(Buffer.from(text, 'utf8')));
    const r = await verify([serving(tampered), '--key', keyFile]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^invalid: KP\/2026\/2 \(position 2\): its bytes hash to [0-9a-f]{64}, not to its contentHash/,
    );
  });

  it('a removed entry fails at the hole', async () => {
    const removed: Archive = { ...good, entries: good.entries.filter((e) => e.position !== 2) };
    const r = await verify([serving(removed)]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'invalid: KP/2026/2/corrigenda/1 (position 3): it is listed at position 3 where the chain needs entry 2',
    );
  });

  it('a PUBLIC entry whose bytes are not served fails', async () => {
    const gone: Archive = { ...good, bytes: new Map([...good.bytes].filter(([u]) => u !== good.entries[0].url)) };
    const r = await verify([serving(gone)]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('KP/2026/1: its bytes are not served at /records/KP%2F2026%2F1.json (HTTP 404)');
  });

  it('a checkpoint that does not cover the chain fails', async () => {
    const older = archiveOf(publishItems(ITEMS.slice(0, 3)), key);
    const r = await verify([serving({ ...good, checkpoint: older.checkpoint })]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('invalid: the checkpoint covers 3 entries but the chain has 5');
  });

  it('an entry url on another origin is refused, and the token never goes there', async () => {
    const elsewhere: Archive = {
      ...good,
      entries: good.entries.map((e, i) => (i === 0 ? { ...e, url: 'http://attacker.example/x.json' } : e)),
    };
    const r = await verify([serving(elsewhere)], { CONCORD_TOKEN: 'secret-token' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('KP/2026/1: its url http://attacker.example/x.json is not on http://127.0.0.1');
  });

  it('a history rewritten and signed with another key passes on its own word, and fails with --key', async () => {
    const rewritten = publishItems([
      { kind: 'RECORD', text: 'Admission of Gabon' },
      { kind: 'RECORD', text: 'Nothing' },
    ]);
    const forged = archiveOf(rewritten, attacker);
    const url = serving(forged);
    // Consistent in itself, with its own key served: only a key kept beforehand tells.
    expect((await verify([url])).code).toBe(0);
    const r = await verify([url, '--key', keyFile]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `invalid: the checkpoint is signed by key ${keyIdOf(attacker.publicKeyPem)}, not by the trusted key ${keyIdOf(key.publicKeyPem)}`,
    );
    // Listing the attacker's key with the real one changes nothing for a pinned reader.
    const bothListed = archiveOf(rewritten, attacker, [key.publicKeyPem, attacker.publicKeyPem]);
    expect((await verify([serving(bothListed), '--key', keyFile])).code).toBe(1);
  });

  it('a checkpoint signed by a key the server does not list fails', async () => {
    const unlisted = { ...archiveOf(publishItems(ITEMS), attacker), keys: good.keys };
    const r = await verify([serving(unlisted)]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('which the signing-keys document does not list');
  });
});

describe('saved archives', () => {
  it('--save writes what was served; --dir verifies it offline; a changed saved file fails', async () => {
    const dir = path.join(scratch, 'saved');
    const r = await verify([serving(good), '--save', dir], { CONCORD_TOKEN: 'secret-token' });
    expect(r.code).toBe(0);
    expect(r.out).toContain(`saved to ${dir}`);
    expect((await readdir(dir)).sort()).toEqual(['chain.json', 'checkpoint.json', 'entries', 'keys.json']);
    expect((await readdir(path.join(dir, 'entries'))).sort()).toEqual([
      '1.json',
      '2.json',
      '3.json',
      '4.json',
      '5.json',
    ]);
    expect(await readFile(path.join(dir, 'entries', '2.json'))).toEqual(
      Buffer.from(good.bytes.get(good.entries[1].url)!),
    );
    expect(JSON.parse(await readFile(path.join(dir, 'checkpoint.json'), 'utf8'))).toEqual(good.checkpoint);

    server.requests.length = 0;
    const offline = await verify(['--dir', dir, '--key', keyFile]);
    expect(offline).toMatchObject({ code: 0, err: '' });
    expect(offline.out).toContain('5 entries checked: 5 re-hashed');
    expect(server.requests).toEqual([]);

    await writeFile(path.join(dir, 'entries', '4.json'), '{"reference":"KP/PLEN/2026/M1","text":"edited"}');
    const edited = await verify(['--dir', dir]);
    expect(edited.code).toBe(1);
    expect(edited.err).toContain('invalid: KP/PLEN/2026/M1 (position 4): its bytes hash to');
  });

  it('an anonymous --save keeps no RESTRICTED bytes, and its folder verifies by their hashes', async () => {
    const dir = path.join(scratch, 'anonymous');
    expect((await verify([serving(good), '--save', dir])).code).toBe(0);
    expect((await readdir(path.join(dir, 'entries'))).sort()).toEqual(['1.json', '2.json', '3.json']);
    const r = await verify(['--dir', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('3 re-hashed from their bytes, 2 by their listed hashes only');
    await rm(path.join(dir, 'entries', '1.json'));
    expect((await verify(['--dir', dir])).err).toContain('KP/2026/1: its bytes are missing from');
  });

  it('--since passes when the chain grew, and fails when it shrank or forked since the saved checkpoint', async () => {
    const dir = path.join(scratch, 'baseline');
    const three = publishItems(ITEMS.slice(0, 3));
    expect((await verify([serving(archiveOf(three, key)), '--save', dir])).code).toBe(0);

    const grown = archiveOf(publishItems(ITEMS.slice(3), three), key);
    const ok = await verify([serving(grown), '--key', keyFile, '--since', dir]);
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(ok.out).toContain(`extends the saved checkpoint of size 3 (${dir})`);

    // Valid in itself and signed with the real key: only the saved checkpoint shows the loss.
    const shrunk = archiveOf(publishItems(ITEMS.slice(0, 2)), key);
    expect((await verify([serving(shrunk), '--key', keyFile])).code).toBe(0);
    const lost = await verify([serving(shrunk), '--key', keyFile, '--since', dir]);
    expect(lost.code).toBe(1);
    expect(lost.err).toBe(`invalid: since ${dir}: the chain shrank: it has 2 entries, the saved checkpoint covered 3`);

    const forkedItems: Item[] = [...ITEMS.slice(0, 2), { kind: 'RECORD', text: 'Another third decision' }, ITEMS[3]];
    const forked = archiveOf(publishItems(forkedItems), key);
    const fork = await verify([serving(forked), '--key', keyFile, '--since', dir]);
    expect(fork.code).toBe(1);
    expect(fork.err).toMatch(
      /^invalid: since .*: the chain was rewritten: entry 3 now has contentHash [0-9a-f]{64}, the saved/,
    );
  });

  it('--since refuses a folder that is not a verified archive', async () => {
    const r = await verify([serving(good), '--since', path.join(scratch, 'nowhere')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('chain.json is missing');
  });
});

describe('usage', () => {
  it('is exit 2 with the usage for a mistake', async () => {
    for (const args of [
      [],
      ['--dir'],
      ['http://x', '--dir', 'd'],
      ['--dir', 'd', '--save', 'e'],
      ['a', 'b'],
      ['--nope'],
    ]) {
      const r = await verify(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('usage: npm run verify --');
    }
  });

  it('refuses a key file that is not an Ed25519 public key, and a base URL that is not one', async () => {
    const notAKey = path.join(scratch, 'not-a-key.pem');
    await writeFile(notAKey, 'hello');
    expect((await verify([server.url, '--key', notAKey])).err).toContain('is not an Ed25519 public key');
    expect((await verify(['not a url'])).err).toBe('invalid: not a url is not a URL');
    expect((await verify(['ftp://example.org'])).err).toContain('is not an http or https URL');
  });
});
