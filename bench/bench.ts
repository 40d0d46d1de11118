// `npm run bench`: 85 delegates recording positions at once against the real server, beside the same
// database work done with nothing but `pg` over node:http (the ceiling), and a proposal with 85
// positions read both ways. Starts the real API (a child process, as deployed) on a free loopback
// port with a fresh database (DATABASE_URL's server if set, else the embedded PostgreSQL), sets up
// a body of 85 members through the API, then measures with autocannon and prints req/s, p50, p99,
// the ratios and the API's resident memory under load. Nothing is left behind: the database is
// dropped and the processes stopped. BENCH_DURATION / BENCH_WARMUP set the seconds per run;
// BENCH_CONNECTIONS overrides the 85 connections; BENCH_API_NODE_ARGS passes node flags to the API process (e.g. --cpu-prof to profile it) and
// BENCH_API_LOG names a file for its output.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#database';

/** The node flags `npm start` and the Docker image run the API with (a bounded heap keeps RSS in check). */
const API_NODE_ARGS = '--max-old-space-size=192';
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
/** The room: 85 members, each with its own delegate. */
const MEMBERS = 85;
/** Concurrent connections per run: the room at once (BENCH_CONNECTIONS overrides, e.g. 1 to measure a lone request's cost). */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? MEMBERS);
const ADMIN = { email: 'bench-admin@bench.example', password: 'bench-admin-password' };
const DELEGATE_PASSWORD = 'bench-delegate-password';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

const children: ChildProcess[] = [];
let dropDatabase: (() => Promise<void>) | null = null;
let embedded: EmbeddedDatabase | null = null;

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** A fresh database on DATABASE_URL's server, else on an embedded PostgreSQL under .data/bench. */
async function freshDatabase(): Promise<string> {
  const name = `concord_bench_${randomBytes(4).toString('hex')}`;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(root, '.data', 'bench'),
      port: 54391,
      database: 'postgres',
    });
    adminUrl = embedded.url;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await admin.end();
  dropDatabase = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await c.end();
  };
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

function startChild(script: string, env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'dist', script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', script.startsWith('apps/') && process.env.BENCH_API_LOG ? 'pipe' : 'ignore', 'pipe'],
  });
  if (child.stdout && process.env.BENCH_API_LOG) child.stdout.pipe(createWriteStream(process.env.BENCH_API_LOG));
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  child.on('exit', (code) => {
    if (code !== 0 && code !== null && !stopping) log(`${script} exited with ${code}:\n${stderr}`);
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

class Gql {
  constructor(
    private readonly endpoint: string,
    readonly token?: string,
  ) {}
  async ok<T = Record<string, { id: string }>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
}

async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]);
      }
    }),
  );
  return out;
}

async function login(endpoint: string, email: string, password: string): Promise<Gql> {
  const data = await new Gql(endpoint).ok<{ login: { token: string } }>(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  return new Gql(endpoint, data.login.token);
}

interface Room {
  delegates: { participantId: string; userId: string; token: string }[];
  writeProposalId: string;
  readProposalId: string;
}

/** The room of 85, through the API as the admin (who holds every secretariat power). */
async function setUp(endpoint: string): Promise<Room> {
  const admin = await login(endpoint, ADMIN.email, ADMIN.password);
  const codes = Array.from({ length: MEMBERS }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);
  const members = await inBatches(codes, 4, async (code) => {
    const p = await admin.ok(`mutation ($i: CreateParticipantInput!) { createParticipant(input: $i) { id } }`, {
      i: { code, name: `Participant ${code}`, kind: 'PARTICIPANT' },
    });
    const email = `${code.toLowerCase()}@bench.example`;
    const u = await admin.ok(`mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: {
        email,
        displayName: `Delegate of ${code}`,
        password: DELEGATE_PASSWORD,
        role: 'DELEGATE',
        participantId: p.createParticipant.id,
      },
    });
    const client = await login(endpoint, email, DELEGATE_PASSWORD);
    return {
      participantId: p.createParticipant.id as string,
      userId: u.createUser.id as string,
      token: client.token as string,
    };
  });
  const body = await admin.ok(`mutation ($i: CreateBodyInput!) { createBody(input: $i) { id } }`, {
    i: { name: 'Bench room', code: 'BENCH', kind: 'WORKING_GROUP', memberIds: members.map((m) => m.participantId) },
  });
  const starts = new Date();
  const meeting = await admin.ok(`mutation ($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`, {
    i: {
      bodyId: body.createBody.id,
      title: 'Bench sitting',
      kind: 'REGULAR',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 8 * 3600_000).toISOString(),
    },
  });
  const meetingId = meeting.scheduleMeeting.id as string;
  const item = await admin.ok(`mutation ($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }`, {
    i: { meetingId, title: 'Decisions', kind: 'DECISION' },
  });
  await inBatches(members, 8, (m) =>
    admin.ok(`mutation ($i: RecordAttendanceInput!) { recordAttendance(input: $i) { status } }`, {
      i: { meetingId, participantId: m.participantId, status: 'PRESENT' },
    }),
  );
  await admin.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: meetingId });
  const openProposal = async (title: string) => {
    const p = await admin.ok(`mutation ($i: SubmitProposalInput!) { submitProposal(input: $i) { id } }`, {
      i: { agendaItemId: item.addAgendaItem.id, title, text: `${title}: the text.` },
    });
    await admin.ok(`mutation ($id: ID!) { openProposal(proposalId: $id) { status } }`, { id: p.submitProposal.id });
    return p.submitProposal.id as string;
  };
  const writeProposalId = await openProposal('Written to under load');
  const readProposalId = await openProposal('Read under load');
  const stances = ['SUPPORT', 'SUPPORT', 'ABSTAIN'];
  await inBatches(members, 8, (m) =>
    new Gql(endpoint, m.token).ok(`mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { stance } }`, {
      i: { proposalId: readProposalId, participantId: m.participantId, stance: stances[members.indexOf(m) % 3] },
    }),
  );
  return { delegates: members, writeProposalId, readProposalId };
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    // no /proc: not Linux
    return 0;
  }
}

/** Peak and last resident set size of a process, sampled from /proc while `work` runs. */
async function sampleRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = 0;
  const read = () => {
    peak = Math.max(peak, rssMb(pid));
  };
  const timer = setInterval(read, 200);
  try {
    const result = await work();
    read();
    return { result, peakMb: peak };
  } finally {
    clearInterval(timer);
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (0 where there is none). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

interface Measured {
  result: Result;
  /** Server CPU milliseconds per answered request: what a request costs, whatever else the machine runs. */
  cpuMsPerRequest: number;
  /** 2xx answers over warm-up and run together. */
  okWithWarmup: number;
}

async function load(pid: number, opts: Parameters<typeof autocannon>[0]): Promise<Measured> {
  const warm = WARMUP > 0 ? await autocannon({ ...opts, duration: WARMUP }) : null;
  const cpuBefore = cpuSeconds(pid);
  if (process.env.BENCH_MARKS) log(`mark start ${process.hrtime.bigint() / 1000n}`);
  const result = await autocannon({ ...opts, duration: DURATION });
  if (process.env.BENCH_MARKS) log(`mark end ${process.hrtime.bigint() / 1000n}`);
  const answered = result['2xx'] + result.non2xx;
  return {
    result,
    cpuMsPerRequest: answered > 0 ? ((cpuSeconds(pid) - cpuBefore) * 1000) / answered : 0,
    okWithWarmup: (warm?.['2xx'] ?? 0) + result['2xx'],
  };
}

function rotating(bodies: { headers: Record<string, string>; body?: string }[]) {
  let next = 0;
  return (client: { setHeaders(h: Record<string, string>): void; setBody(b: string): void }) => {
    const b = bodies[next++ % bodies.length];
    client.setHeaders(b.headers);
    if (b.body !== undefined) client.setBody(b.body);
  };
}

async function countRows(url: string, sql: string, params: unknown[]): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query(sql, params)).rows[0].n);
  } finally {
    await c.end();
  }
}

function line(name: string, m: Measured): string {
  const r = m.result;
  return `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   server CPU ${m.cpuMsPerRequest.toFixed(2)} ms/req   (${r['2xx']} ok, ${r.non2xx} non-2xx, ${r.errors} errors)`;
}

let stopping = false;
async function cleanUp(): Promise<void> {
  stopping = true;
  for (const c of children) {
    if (c.exitCode === null && c.pid) {
      const exited = new Promise((r) => c.once('exit', r));
      process.kill(c.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
  }
  await dropDatabase?.().catch((e: unknown) => log(`could not drop the bench database: ${String(e)}`));
  await embedded?.stop().catch(() => undefined);
}

async function main(): Promise<void> {
  log(
    `Concord benchmark: ${CONNECTIONS} connections, ${DURATION} s per run after ${WARMUP} s of warm-up, loopback only`,
  );
  const databaseUrl = await freshDatabase();
  log(
    `database: ${process.env.DATABASE_URL ? 'DATABASE_URL server' : 'embedded PostgreSQL'} (fresh database, dropped at the end)`,
  );

  const apiPort = await freePort();
  const api = startChild(
    'apps/api/src/main.js',
    {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      CONCORD_SEED: 'none',
      CONCORD_ORG_NAME: 'Bench Organisation',
      CONCORD_ORG_CODE: 'KP',
      CONCORD_ADMIN_EMAIL: ADMIN.email,
      CONCORD_ADMIN_PASSWORD: ADMIN.password,
      CONCORD_WRITE_SCHEMA: 'false',
      REDIS_URL: '',
    },
    (process.env.BENCH_API_NODE_ARGS ?? API_NODE_ARGS).split(' ').filter(Boolean),
  );
  const apiBase = `http://127.0.0.1:${apiPort}`;
  await waitFor(`${apiBase}/health`);
  const endpoint = `${apiBase}/graphql`;

  const rawPort = await freePort();
  const raw = startChild(
    'bench/raw-server.js',
    { DATABASE_URL: databaseUrl, PORT: String(rawPort) },
    (process.env.BENCH_RAW_NODE_ARGS ?? '').split(' ').filter(Boolean),
  );
  const rawBase = `http://127.0.0.1:${rawPort}`;
  await waitFor(`${rawBase}/health`);

  log('setting up a body of 85 members, their delegates, a sitting and two OPEN proposals through the API ...');
  const room = await setUp(endpoint);
  const idleRss = rssMb(api.pid!);

  // (a) and (b): 85 delegates recording positions, each its own participant.
  const recordPosition = `mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { stance versionNumber recordedAt } }`;
  const stances = ['SUPPORT', 'OBJECT', 'ABSTAIN'];
  const gqlWrites = room.delegates.map((d, i) => ({
    headers: { 'content-type': 'application/json', authorization: `Bearer ${d.token}` },
    body: JSON.stringify({
      query: recordPosition,
      variables: { i: { proposalId: room.writeProposalId, participantId: d.participantId, stance: stances[i % 3] } },
    }),
  }));
  const rawWrites = room.delegates.map((d, i) => ({
    headers: { 'content-type': 'application/json', 'x-user-id': d.userId },
    body: JSON.stringify({ proposalId: room.writeProposalId, participantId: d.participantId, stance: stances[i % 3] }),
  }));
  const positionsOf = () =>
    countRows(databaseUrl, 'SELECT count(*) AS n FROM position WHERE proposal_id = $1', [room.writeProposalId]);

  log('(a) recordPosition through GraphQL ...');
  const before = await positionsOf();
  const apiWrite = await sampleRss(api.pid!, () =>
    load(api.pid!, { url: endpoint, connections: CONNECTIONS, method: 'POST', setupClient: rotating(gqlWrites) }),
  );
  const apiWritten = (await positionsOf()) - before;
  log('(b) the same transaction with raw pg over node:http ...');
  const beforeRaw = await positionsOf();
  const rawWrite = await load(raw.pid!, {
    url: `${rawBase}/position`,
    connections: CONNECTIONS,
    method: 'POST',
    setupClient: rotating(rawWrites),
  });
  const rawWritten = (await positionsOf()) - beforeRaw;

  // (c): reading a proposal with 85 positions and its tally.
  const readQuery =
    process.env.BENCH_READ_QUERY ??
    `query ($id: ID!) { proposal(id: $id) { positions { participant { code } stance } tally { support object abstain silent consensus } } }`;
  const gqlReads = room.delegates.map((d) => ({
    headers: { 'content-type': 'application/json', authorization: `Bearer ${d.token}` },
    body: JSON.stringify({ query: readQuery, variables: { id: room.readProposalId } }),
  }));
  log('(c) reading a proposal with 85 positions through GraphQL, then with raw SQL over node:http ...');
  const apiRead = await sampleRss(api.pid!, () =>
    load(api.pid!, { url: endpoint, connections: CONNECTIONS, method: 'POST', setupClient: rotating(gqlReads) }),
  );
  const rawReadSampled = await sampleRss(raw.pid!, () =>
    load(raw.pid!, { url: `${rawBase}/proposal/${room.readProposalId}`, connections: CONNECTIONS, method: 'GET' }),
  );
  const rawRead = rawReadSampled.result;

  const writeRatio = apiWrite.result.result.requests.average / rawWrite.result.requests.average;
  const readRatio = apiRead.result.result.requests.average / rawRead.result.requests.average;
  const rss = Math.max(apiWrite.peakMb, apiRead.peakMb);
  const mark = (ok: boolean) => (ok ? 'meets target' : 'BELOW TARGET');
  log('');
  log(line('(a) recordPosition, GraphQL API', apiWrite.result));
  log(line('(b) same transaction, raw pg', rawWrite));
  log(`    write ratio API / raw pg: ${writeRatio.toFixed(2)} (target >= 0.75: ${mark(writeRatio >= 0.75)})`);
  // Every answer was a stored position: GraphQL errors come back as 200, so count the rows too.
  // GraphQL refusals come back as HTTP 200: every 2xx answer must be a stored row. Requests still in
  // flight when autocannon stops are stored but not counted, so there may be more rows than answers.
  const consistent = (stored: number, ok: number) => stored >= ok;
  log(
    `    positions stored (warm-up and run): API ${apiWritten} for ${apiWrite.result.okWithWarmup} answers, raw pg ${rawWritten} for ${rawWrite.okWithWarmup}` +
      (consistent(apiWritten, apiWrite.result.okWithWarmup) && consistent(rawWritten, rawWrite.okWithWarmup)
        ? ' (every answer a stored position; the rest were in flight when a run stopped)'
        : ' (MISMATCH: some answers were not stored positions)'),
  );
  log(line('(c) proposal read, GraphQL API', apiRead.result));
  log(line('(c) same reads, raw SQL', rawRead));
  log(`    read ratio API / raw SQL: ${readRatio.toFixed(2)} (target >= 0.5: ${mark(readRatio >= 0.5)})`);
  log(
    `(d) API resident memory under load, peak: ${rss.toFixed(0)} MB (writes ${apiWrite.peakMb.toFixed(0)} MB, reads ${apiRead.peakMb.toFixed(0)} MB; ${idleRss.toFixed(0)} MB idle after set-up; the raw server peaks at ${rawReadSampled.peakMb.toFixed(0)} MB) (target < 250 MB: ${mark(rss < 250)})`,
  );
}

main()
  .catch((e: unknown) => {
    log(`benchmark failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
