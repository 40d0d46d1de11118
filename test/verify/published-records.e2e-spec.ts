// Records published by the API today verify with #chain and `npm run verify`: the same canonical
// bytes, the same hashes, the same links. The chain listing and the checkpoint are not served by
// the API yet, so this test builds them from what the API answers (each record's and corrigendum's
// contentHash and previousHash) and serves them beside the API's own bytes, fetched at the paths
// chainEntryUrl gives.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chainEntryUrl,
  contentHashOf,
  generateSigningKey,
  verifyChain,
  type ChainEntry,
  type PublishedEntry,
} from '#chain';
import { runVerify } from '../../scripts/verify/verify-command.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { insertDraftRecordFixture } from '../records/draft-record.fixture.js';
import { archiveOf, serveArchive, type ServedArchive } from './archive.fixture.js';

const PUBLISHED = `{ decisionRecords(status: PUBLISHED, first: 50) { edges { node {
  number contentHash previousHash publishedAt corrigenda { number contentHash previousHash issuedAt } } } } }`;

interface Listed {
  reference: string;
  kind: 'RECORD' | 'CORRIGENDUM';
  contentHash: string;
  previousHash: string | null;
  publishedAt: string;
}

describe('records the API has published', () => {
  let t: TestApp;
  let proxy: ServedArchive | undefined;
  let chain: { entry: ChainEntry; bytes: Uint8Array }[];

  beforeAll(async () => {
    t = await startTestApp();
    const secretariat = await t.as('secretariat@kp.example');
    const numbers: string[] = [];
    for (let i = 0; i < 2; i++) {
      const d = await insertDraftRecordFixture(t);
      const published = await secretariat.ok(
        'mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { id number } }',
        {
          id: d.recordId,
        },
      );
      numbers.push(published.publishDecisionRecord.number);
      if (i === 0) {
        await secretariat.ok('mutation ($i: IssueCorrigendumInput!) { issueCorrigendum(input: $i) { id } }', {
          i: {
            recordId: published.publishDecisionRecord.id,
            reason: 'Wrong date',
            correction: 'Read 10 March — «10 марта».',
          },
        });
      }
    }
    // Anonymous, as any reader of the public chain.
    const listed: Listed[] = (await t.anonymous.ok(PUBLISHED)).decisionRecords.edges.flatMap((e: any) => [
      {
        reference: e.node.number,
        kind: 'RECORD',
        contentHash: e.node.contentHash,
        previousHash: e.node.previousHash,
        publishedAt: e.node.publishedAt,
      },
      ...e.node.corrigenda.map((c: any) => ({
        reference: `${e.node.number}/corrigenda/${c.number}`,
        kind: 'CORRIGENDUM',
        contentHash: c.contentHash,
        previousHash: c.previousHash,
        publishedAt: c.issuedAt,
      })),
    ]);
    expect(listed.map((l) => l.reference).sort()).toEqual([...numbers, `${numbers[0]}/corrigenda/1`].sort());
    // Publication order, by following the links from the first entry.
    const ordered: Listed[] = [];
    let previous: string | null = null;
    while (ordered.length < listed.length) {
      const next = listed.find((l) => l.previousHash === previous);
      if (!next) throw new Error(`no entry links to ${previous}`);
      ordered.push(next);
      previous = next.contentHash;
    }
    chain = [];
    for (const [i, l] of ordered.entries()) {
      const url = chainEntryUrl(l.kind, l.reference);
      const res = await fetch(`${t.url}${url}`);
      expect(res.status).toBe(200);
      const entry: ChainEntry = { ...l, position: i + 1, visibility: 'PUBLIC', url };
      chain.push({ entry, bytes: new Uint8Array(await res.arrayBuffer()) });
    }
  });
  afterAll(async () => {
    await proxy?.close();
    await t?.close();
  });

  it('verify with #chain: same bytes, same hashes, every link', () => {
    for (const { entry, bytes } of chain) {
      expect(contentHashOf(JSON.parse(Buffer.from(bytes).toString('utf8')))).toBe(entry.contentHash);
    }
    const verdict = verifyChain(chain.map(({ entry, bytes }) => ({ ...entry, bytes })));
    expect(verdict).toMatchObject({ valid: true, checked: 3, rehashed: 3, problem: null });
  });

  it('verify with npm run verify, served as the record engineer will serve them', async () => {
    const key = generateSigningKey();
    const published: PublishedEntry[] = chain.map(({ entry, bytes }) => ({
      entry,
      text: Buffer.from(bytes).toString('utf8'),
      doc: {},
    }));
    proxy = await serveArchive(archiveOf(published, key));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runVerify([proxy.url], {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('3 entries checked: 3 re-hashed from their bytes');
  });
});
