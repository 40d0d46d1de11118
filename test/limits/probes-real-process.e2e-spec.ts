// The hardening issue's attack run, re-run against Concord started for real (its own process, the
// heap capped at 192 MB as `npm start` caps it, the demo data): each probe is refused quickly, the
// server keeps answering, and its resident memory never passes 250 MB. Prints each probe's answer
// and the time it took (printed, not asserted: the machine is shared).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  freePort,
  startProcess,
  transpileApp,
  waitForHealth,
  type Running,
  type TranspiledApp,
} from '../config/transpiled-app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { DEMO_PASSWORD } from '../support/app.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { aliases, chainOfDepth, fanOut, HUGE_EMAIL, LOGIN, RECORDS_WITH_POSITIONS, tokens } from './probes.js';

const MB = 1024 * 1024;

/** Resident memory of a process from /proc: now (VmRSS) or its peak so far (VmHWM), in bytes. */
function rss(pid: number, which: 'VmRSS' | 'VmHWM'): number {
  const kb = new RegExp(`${which}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}
const peakRss = (pid: number) => rss(pid, 'VmHWM');

describe('the attack run, against a real Concord process (192 MB heap)', () => {
  let app: TranspiledApp;
  let db: TestDatabase;
  let server: Running;
  let url: string;
  let delegateToken: string;
  const report: string[] = [];

  beforeAll(async () => {
    app = transpileApp();
    db = await createTestDatabase('demo');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = startProcess(
      app,
      {
        NODE_ENV: 'test',
        NODE_OPTIONS: '--max-old-space-size=192',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: db.url,
        JWT_SECRET: 'concord-probe-test-secret-0123456789abcdef',
        CONCORD_SEED: 'demo',
        CONCORD_WRITE_SCHEMA: 'false',
      },
      // It serves the whole file: not killed as a hung start would be.
      600_000,
    );
    await waitForHealth(url, server);
    delegateToken = await new GraphQLClient(`${url}/graphql`).login('us@kp.example', DEMO_PASSWORD);
    report.push(
      `  resident memory after start and one sign-in, peak (VmHWM): ${(peakRss(server.pid!) / MB).toFixed(0)} MB`,
    );
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
    app?.remove();
    process.stdout.write(`\nProbes against a real Concord process:\n${report.join('\n')}\n`);
  });

  /** Sends one probe; answers its status, first error's extensions and the time it took. */
  async function probe(name: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
    const started = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    const ms = performance.now() - started;
    const extensions = body.errors?.[0]?.extensions ?? {};
    report.push(`  ${name}: HTTP ${res.status} ${JSON.stringify(extensions)} in ${ms.toFixed(0)} ms`);
    // The server is still there and answering.
    expect((await fetch(`${url}/health`)).status).toBe(200);
    return { status: res.status, extensions, ms };
  }

  it('refuses each probe, naming the limit, and keeps answering', async () => {
    const probes = [
      { name: 'depth-11 fan-out as a delegate', query: fanOut(11), token: delegateToken, limit: 'cost' },
      {
        name: '1,500 aliases of decisionRecords(first:500), anonymous',
        query: aliases(1500, RECORDS_WITH_POSITIONS),
        limit: 'tokens',
      },
      {
        name: '500 aliases of verifyRecordChain',
        query: aliases(500, 'verifyRecordChain { valid checked }'),
        limit: 'aliases',
      },
      { name: 'depth 21', query: chainOfDepth(21), limit: 'depth' },
      { name: '100,000-token document', query: tokens(100_000), limit: 'tokens' },
    ];
    for (const p of probes) {
      const answer = await probe(p.name, p.query, {}, p.token);
      expect(answer.status).toBe(400);
      expect(answer.extensions.limit).toBe(p.limit);
    }
  });

  it('refuses 78 sign-ins with 1.9 MB e-mails as BAD_USER_INPUT on email, never logging the e-mail', async () => {
    const logBefore = server.output().length;
    const started = performance.now();
    for (let i = 0; i < 78; i++) {
      const answer = await probe(i === 0 ? 'sign-in with a 1.9 MB e-mail (first of 78)' : '', LOGIN, {
        email: HUGE_EMAIL,
        password: 'a wrong password',
      });
      if (i > 0) report.pop();
      expect(answer.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    }
    report.push(`  78 sign-ins with 1.9 MB e-mails: ${(performance.now() - started).toFixed(0)} ms in all`);
    // The e-mail itself is never written; what a refusal logs (today Nest's stack of it, until refusals
    // are logged at info without one) does not grow with the input.
    const logged = server.output().slice(logBefore);
    expect(logged).not.toContain('x'.repeat(255));
    expect(logged.length).toBeLessThan(78 * 2000);
  });

  it('stays under 250 MB resident memory throughout', () => {
    const peak = peakRss(server.pid!);
    const now = rss(server.pid!, 'VmRSS');
    report.push(`  resident memory: peak ${(peak / MB).toFixed(0)} MB, now ${(now / MB).toFixed(0)} MB`);
    expect(peak).toBeLessThan(250 * MB);
  });
});
