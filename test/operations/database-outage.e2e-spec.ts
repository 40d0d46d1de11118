// PostgreSQL stops under a running API and comes back: /health and /ready answer 503 while it is
// away (the API itself stays up and answers), and 200 again once it is back, without restarting the
// API; a signed-in user carries on with the same token. A private embedded PostgreSQL of its own,
// never the machine's server.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prepareDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '#database';
import { startTestApp, TEST_ADMIN, type TestApp } from '../support/app.js';
import { freePort } from '../config/transpiled-app.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = path.join(ROOT, '.data', `outage-${process.pid}-${randomBytes(3).toString('hex')}`);
let port: number;
let db: EmbeddedDatabase | null = null;
let clusterDir = '';
let t: TestApp;

function start(): Promise<EmbeddedDatabase> {
  return startEmbeddedPostgres({ dataDir, port, database: 'concord', settings: { fsync: 'off' } }).then((started) => {
    clusterDir = started.clusterDir;
    return started;
  });
}

/** Polls `path` until it answers `status` (the state, not a sleep). */
async function until(route: string, status: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const res = await fetch(`${t.url}${route}`);
    if (res.status === status) return Date.now() - started;
    if (Date.now() - started > 30_000) throw new Error(`${route} still answers ${res.status}, not ${status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  port = await freePort();
  db = await start();
  await prepareDatabase({
    url: db.url,
    seed: 'none',
    bootstrap: { orgName: 'Outage', orgCode: 'OUT', adminEmail: TEST_ADMIN.email, adminPassword: TEST_ADMIN.password },
  });
  t = await startTestApp({ databaseUrl: db.url });
  t.sql.on('error', () => undefined);
});

afterAll(async () => {
  await t?.app.close();
  await t?.sql.end().catch(() => undefined);
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  // As root under a private folder, the cluster lived under /var/lib/concord-embedded.
  if (clusterDir && !clusterDir.startsWith(dataDir)) rmSync(path.dirname(clusterDir), { recursive: true, force: true });
});

describe('a database outage', () => {
  it('/health goes 503 while PostgreSQL is stopped and back to 200 when it returns, without restarting the API', async () => {
    const admin = await t.as(TEST_ADMIN.email);
    expect(await admin.ok('{ organization { code } }')).toEqual({ organization: { code: 'OUT' } });
    expect((await fetch(`${t.url}/health`)).status).toBe(200);

    await db!.stop();
    db = null;
    await until('/health', 503);
    const health = await fetch(`${t.url}/health`);
    expect(await health.json()).toEqual({ status: 'error', database: { status: 'down' } });
    expect((await fetch(`${t.url}/ready`)).status).toBe(503);
    // The API answers meanwhile: an error with a code, not a hang or a crash.
    const during = await admin.request('{ organization { participants { id } } }');
    expect(during.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    db = await start();
    const recoveredMs = await until('/health', 200);
    if (process.env.CONCORD_TIMINGS)
      process.stderr.write(`/health back to 200 ${recoveredMs} ms after PostgreSQL was ready\n`);
    expect((await fetch(`${t.url}/ready`)).status).toBe(200);
    expect(await admin.ok('{ organization { code } }')).toEqual({ organization: { code: 'OUT' } });
  });
});
