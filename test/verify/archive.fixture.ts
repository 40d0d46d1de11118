// TEST FIXTURE: chain archives built with #chain (records, a corrigendum, RESTRICTED minutes) and a
// real node:http server that serves one the way RULES of the record say a Concord server does:
// /records/chain.json, /records/checkpoint.json, /.well-known/concord-signing-keys.json and each
// entry's canonical bytes at its `url`, RESTRICTED entries only to the bearer token. Tests then
// tamper with an archive (bytes, listing, keys) the way an attacker holding the server would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  EMPTY_HEAD_HASH,
  issueCheckpoint,
  publishEntry,
  signingKeysDocument,
  type ChainCheckpoint,
  type ChainEntry,
  type PublishedEntry,
  type SigningKeyPair,
} from '#chain';

export interface Archive {
  /** The listing served at /records/chain.json. */
  entries: ChainEntry[];
  /** Served bytes by url. */
  bytes: Map<string, Uint8Array>;
  checkpoint: ChainCheckpoint;
  keys: unknown;
}

export type Item =
  | { kind: 'RECORD'; text: string; visibility?: 'PUBLIC' | 'RESTRICTED' }
  | { kind: 'CORRIGENDUM'; correction: string }
  | { kind: 'MINUTES'; text: string; visibility?: 'PUBLIC' | 'RESTRICTED' };

/** The published entries of a chain of `items`, numbered as a KP secretariat would in 2026. */
export function publishItems(items: readonly Item[], from: PublishedEntry[] = []): PublishedEntry[] {
  const chain = [...from];
  let records = chain.filter((p) => p.entry.kind === 'RECORD').length;
  let minutes = chain.filter((p) => p.entry.kind === 'MINUTES').length;
  for (const item of items) {
    const previous = chain.length ? chain[chain.length - 1].entry : null;
    const publishedAt = new Date(Date.UTC(2026, 2, 1 + chain.length, 10));
    if (item.kind === 'RECORD') {
      records += 1;
      const number = `KP/2026/${records}`;
      const doc = { type: 'concord.decision-record/1', number, text: item.text, outcome: 'ADOPTED', version: 1 };
      const visibility = item.visibility ?? 'PUBLIC';
      chain.push(publishEntry({ previous, kind: 'RECORD', reference: number, visibility, publishedAt, doc }));
    } else if (item.kind === 'CORRIGENDUM') {
      const number = `KP/2026/${records}`;
      const of = chain.find((p) => p.entry.reference === number);
      const doc = { type: 'concord.corrigendum/1', record: { number }, number: 1, correction: item.correction };
      const reference = `${number}/corrigenda/1`;
      const visibility = of?.entry.visibility ?? 'PUBLIC';
      chain.push(publishEntry({ previous, kind: 'CORRIGENDUM', reference, visibility, publishedAt, doc }));
    } else {
      minutes += 1;
      const reference = `KP/PLEN/2026/M${minutes}`;
      const doc = { reference, text: item.text, version: 1, comments: [] };
      const visibility = item.visibility ?? 'RESTRICTED';
      chain.push(publishEntry({ previous, kind: 'MINUTES', reference, visibility, publishedAt, doc }));
    }
  }
  return chain;
}

/** An archive of a chain, its checkpoint signed with `key`, and the keys document listing `listed`. */
export function archiveOf(chain: readonly PublishedEntry[], key: SigningKeyPair, listed?: string[]): Archive {
  const last = chain[chain.length - 1];
  return {
    entries: chain.map((p) => ({ ...p.entry })),
    bytes: new Map(chain.map((p) => [p.entry.url, new Uint8Array(Buffer.from(p.text, 'utf8'))])),
    checkpoint: issueCheckpoint({
      orgCode: 'KP',
      size: chain.length,
      headHash: last?.entry.contentHash ?? EMPTY_HEAD_HASH,
      issuedAt: new Date(Date.UTC(2026, 5, 1, 12, 0, 0, 123)),
      privateKeyPem: key.privateKeyPem,
    }),
    keys: signingKeysDocument(listed ?? [key.publicKeyPem]),
  };
}

export interface ServedArchive {
  url: string;
  /** Swap what is served (a server rewritten between two visits). */
  serve(archive: Archive): void;
  /** Requests seen, as "METHOD path authorization?". */
  requests: string[];
  close(): Promise<void>;
}

/** Serves an archive on a random local port. RESTRICTED bytes need `Bearer <token>`; a wrong token is 401. */
export async function serveArchive(archive: Archive, token = 'secret-token'): Promise<ServedArchive> {
  let current = archive;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const auth = req.headers.authorization ?? null;
    requests.push(`${req.method} ${req.url}${auth ? ' with token' : ''}`);
    const send = (status: number, body: Uint8Array | string, type = 'application/json; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (auth !== null && auth !== `Bearer ${token}`) return send(401, '{"error":"bad token"}');
    const url = req.url ?? '/';
    if (url === '/records/chain.json') return send(200, JSON.stringify(current.entries));
    if (url === '/records/checkpoint.json') return send(200, JSON.stringify(current.checkpoint));
    if (url === '/.well-known/concord-signing-keys.json') return send(200, JSON.stringify(current.keys));
    const bytes = current.bytes.get(url);
    const entry = current.entries.find((e) => e.url === url);
    if (!bytes || (entry?.visibility === 'RESTRICTED' && auth === null)) return send(404, 'not found', 'text/plain');
    return send(200, bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (a) => {
      current = a;
    },
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
