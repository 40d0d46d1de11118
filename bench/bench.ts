// `npm run bench`: the room's hot paths through the real API beside the same work done with nothing
// but `pg` over node:http (the ceiling), both on the same PostgreSQL in one run:
//   write: 85 closed-loop delegates, each with its own token, recording positions on one OPEN proposal;
//   read:  20 clients reading `proposal { positions { participant { code } stance } tally { support
//          object abstain silent entitled { code } } }` on a proposal with 85 positions, beside a raw
//          server answering the same JSON (checked equal first) from two SQL statements;
//   chain: verifyRecordChain over 10,000 published entries (a fixture, see chain-fixture.ts).
// Each load runs BENCH_DURATION (15) s after BENCH_WARMUP (3) s; the write and read pairs run
// BENCH_ROUNDS (3) times, and the summary gives the median of the ratios, p99 beside raw p99, the
// API's peak resident memory and the chain's verification time. The API runs as deployed (built,
// its own process, the node flags of `npm start`) on a fresh database that is dropped at the end.
// Knobs: BENCH_PHASES (write,read,chain), BENCH_WRITERS, BENCH_READERS, BENCH_CHAIN_ENTRIES,
// BENCH_CHAIN_MEMBERS (chain entries of a smaller body), BENCH_API_NODE_ARGS (replaces the API's node flags), BENCH_PROFILE=<dir> (CPU profile of the API,
// summarised per measured window, see cpu-profile.ts), BENCH_API_LOG=<file> (the API's stdout).
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, load, median, windows, type Measured } from './bench-load.js';
import {
  cleanUp,
  countRows,
  deathOf,
  freePort,
  freshDatabase,
  log,
  root,
  rssMb,
  sampleRss,
  startChild,
  waitFor,
} from './bench-processes.js';
import { ADMIN, MEMBERS, buildRoom, publishOneRecord, Gql, type Room } from './bench-room.js';
import { buildChain } from './chain-fixture.js';
import { summariseProfile } from './cpu-profile.js';

/** The node flags `npm start` and the Docker image run the API with. */
const API_NODE_ARGS = '--max-old-space-size=192';
const SECONDS = Number(process.env.BENCH_DURATION ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WRITERS = Number(process.env.BENCH_WRITERS ?? MEMBERS);
const READERS = Number(process.env.BENCH_READERS ?? 20);
const CHAIN_ENTRIES = Number(process.env.BENCH_CHAIN_ENTRIES ?? 10_000);
/** Entries copied from the room's record cut down to a body of this many members (default: all 85). */
const CHAIN_MEMBERS = process.env.BENCH_CHAIN_MEMBERS ? Number(process.env.BENCH_CHAIN_MEMBERS) : undefined;
const PHASES = new Set((process.env.BENCH_PHASES ?? 'write,read,chain').split(','));
const PROFILE_DIR = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : null;

export const READ_QUERY =
  'query ($id: ID!) { proposal(id: $id) { positions { participant { code } stance } tally { support object abstain silent entitled { code } } } }';
const WRITE_MUTATION =
  'mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { stance versionNumber recordedAt } }';
const STANCES = ['SUPPORT', 'OBJECT', 'ABSTAIN'];

interface Servers {
  apiPid: number;
  rawPid: number;
  endpoint: string;
  rawBase: string;
  databaseUrl: string;
}

interface Pair {
  api: Measured;
  raw: Measured;
}

/** Runs `first` then `second`, or the other way round: alternate rounds cancel a drift of the machine. */
async function both(round: number, api: () => Promise<Measured>, raw: () => Promise<Measured>): Promise<Pair> {
  if (round % 2 === 0) {
    const raw1 = await raw();
    return { api: await api(), raw: raw1 };
  }
  const api1 = await api();
  return { api: api1, raw: await raw() };
}

async function writeRound(s: Servers, room: Room, round: number): Promise<Pair> {
  const delegates = room.delegates.slice(0, WRITERS);
  const positions = () =>
    countRows(s.databaseUrl, 'SELECT count(*) AS n FROM position WHERE proposal_id = $1', [room.writeProposalId]);
  const input = (i: number) => ({
    proposalId: room.writeProposalId,
    participantId: delegates[i].participantId,
    stance: STANCES[i % 3],
  });
  const stored = async (side: string, run: () => Promise<Measured>) => {
    const before = await positions();
    const m = await run();
    const written = (await positions()) - before;
    // Every 2xx answer must be a stored row (GraphQL refusals come back as 200 too); requests still
    // in flight when a run stops are stored but not counted, so rows may exceed answers.
    if (written < m.okWithWarmup) throw new Error(`${side}: ${m.okWithWarmup} answers but ${written} positions stored`);
    return m;
  };
  const common = { method: 'POST' as const, warmupSeconds: WARMUP, seconds: SECONDS };
  return both(
    round,
    () =>
      stored('API', () =>
        load({
          ...common,
          name: `write API round ${round}`,
          pid: s.apiPid,
          url: s.endpoint,
          requests: delegates.map((d, i) => ({
            headers: { 'content-type': 'application/json', authorization: `Bearer ${d.token}` },
            body: JSON.stringify({ query: WRITE_MUTATION, variables: { i: input(i) } }),
          })),
        }),
      ),
    () =>
      stored('raw', () =>
        load({
          ...common,
          name: `write raw round ${round}`,
          pid: s.rawPid,
          url: `${s.rawBase}/position`,
          requests: delegates.map((d, i) => ({
            headers: { 'content-type': 'application/json', 'x-user-id': d.userId },
            body: JSON.stringify(input(i)),
          })),
        }),
      ),
  );
}

async function readRound(s: Servers, room: Room, round: number): Promise<Pair> {
  const readers = room.delegates.slice(0, READERS);
  const common = { warmupSeconds: WARMUP, seconds: SECONDS };
  return both(
    round,
    () =>
      load({
        ...common,
        name: `read API round ${round}`,
        pid: s.apiPid,
        url: s.endpoint,
        method: 'POST',
        requests: readers.map((d) => ({
          headers: { 'content-type': 'application/json', authorization: `Bearer ${d.token}` },
          body: JSON.stringify({ query: READ_QUERY, variables: { id: room.readProposalId } }),
        })),
      }),
    () =>
      load({
        ...common,
        name: `read raw round ${round}`,
        pid: s.rawPid,
        url: `${s.rawBase}/proposal/${room.readProposalId}`,
        method: 'GET',
        requests: readers.map(() => ({ headers: {} })),
      }),
  );
}

/** The raw server must answer what the API answers, or the read ratio compares different work. */
async function checkSameRead(s: Servers, room: Room): Promise<void> {
  const api = await new Gql(s.endpoint, room.delegates[0].token).raw(READ_QUERY, { id: room.readProposalId });
  const raw = (await (await fetch(`${s.rawBase}/proposal/${room.readProposalId}`)).json()) as unknown;
  if (!isDeepStrictEqual(api, raw)) {
    throw new Error(
      `the raw server's read differs from the API's:\nAPI ${JSON.stringify(api)}\nraw ${JSON.stringify(raw)}`,
    );
  }
  const positions = (api as { data: { proposal: { positions: unknown[] } } }).data.proposal.positions.length;
  log(`read answers checked equal (API and raw): ${positions} positions, ${JSON.stringify(raw).length} bytes`);
}

interface ChainResult {
  seconds: number[];
  peakMb: number;
  megabytes: number;
  problem: string | null;
}

async function chainPhase(s: Servers, room: Room): Promise<ChainResult> {
  log(`chain: closing and publishing one record through the API, then ${CHAIN_ENTRIES - 1} copies as SQL fixture ...`);
  const recordId = await publishOneRecord(room);
  const fixture = await buildChain(s.databaseUrl, recordId, CHAIN_ENTRIES, CHAIN_MEMBERS);
  log(
    `chain: ${fixture.entries} entries, ${fixture.megabytes.toFixed(0)} MB of canonical JSON (${fixture.entryBytes} bytes each)`,
  );
  const anonymous = new Gql(s.endpoint);
  const seconds: number[] = [];
  let peakMb = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const started = process.hrtime.bigint();
    const { result, peakMb: peak } = await sampleRss(s.apiPid, () =>
      anonymous
        .raw('{ verifyRecordChain { valid checked problem } }')
        .catch((e: unknown) => ({ failed: `${String(e)} ${String((e as { cause?: unknown }).cause ?? '')}` })),
    );
    const took = Number(process.hrtime.bigint() - started) / 1e9;
    peakMb = Math.max(peakMb, peak);
    const v = (result as { data?: { verifyRecordChain?: { valid: boolean; checked: number } } }).data
      ?.verifyRecordChain;
    if (!v || !v.valid || v.checked !== CHAIN_ENTRIES) {
      const why = (await deathOf(s.apiPid)) ?? `answer: ${JSON.stringify(result).slice(0, 300)}`;
      return { seconds, peakMb, megabytes: fixture.megabytes, problem: `after ${took.toFixed(1)} s, ${why}` };
    }
    seconds.push(took);
    log(
      `chain: verifyRecordChain checked ${v.checked} entries in ${took.toFixed(2)} s (API peak RSS ${peak.toFixed(0)} MB)`,
    );
    // Far off the 2 s target, a repeat adds minutes and no information.
    if (took > 10) break;
  }
  return { seconds, peakMb, megabytes: fixture.megabytes, problem: null };
}

function targetMark(ok: boolean): string {
  return ok ? 'met' : 'NOT MET';
}

function summary(writes: Pair[], reads: Pair[], rss: number, idleRss: number, chain: ChainResult | null): void {
  const ratio = (pairs: Pair[]) => median(pairs.map((p) => p.api.rate / p.raw.rate));
  const p99 = (pairs: Pair[]) => median(pairs.map((p) => p.api.p99 / p.raw.p99));
  const med = (pairs: Pair[], pick: (p: Pair) => number) => median(pairs.map(pick)).toFixed(0);
  const cpu = (pairs: Pair[], pick: (p: Pair) => number) => median(pairs.map(pick)).toFixed(2);
  log('');
  log(
    `Summary: median of ${Math.max(writes.length, reads.length)} rounds (${SECONDS} s each after ${WARMUP} s warm-up); ` +
      `load average of the machine now ${loadavg()[0].toFixed(1)} (1 min), ${loadavg()[2].toFixed(1)} (15 min)`,
  );
  if (writes.length) {
    const r = ratio(writes);
    const q = p99(writes);
    log(
      `  recordPosition (${WRITERS} delegates): API ${med(writes, (p) => p.api.rate)} req/s, p99 ${med(writes, (p) => p.api.p99)} ms, ` +
        `${cpu(writes, (p) => p.api.cpuMs)} ms CPU/req | raw ${med(writes, (p) => p.raw.rate)} req/s, p99 ${med(writes, (p) => p.raw.p99)} ms, ` +
        `${cpu(writes, (p) => p.raw.cpuMs)} ms CPU/req`,
    );
    log(
      `    ratio ${r.toFixed(2)} (rounds ${writes.map((p) => (p.api.rate / p.raw.rate).toFixed(2)).join(' / ')}; target >= 0.85: ${targetMark(r >= 0.85)})`,
    );
    log(`    p99 API / raw ${q.toFixed(2)}x (target <= 1.5x: ${targetMark(q <= 1.5)})`);
  }
  if (reads.length) {
    const r = ratio(reads);
    log(
      `  proposal read (${READERS} clients, 85 positions): API ${med(reads, (p) => p.api.rate)} req/s, p99 ${med(reads, (p) => p.api.p99)} ms, ` +
        `${cpu(reads, (p) => p.api.cpuMs)} ms CPU/req | raw ${med(reads, (p) => p.raw.rate)} req/s, p99 ${med(reads, (p) => p.raw.p99)} ms, ` +
        `${cpu(reads, (p) => p.raw.cpuMs)} ms CPU/req`,
    );
    log(
      `    ratio ${r.toFixed(2)} (rounds ${reads.map((p) => (p.api.rate / p.raw.rate).toFixed(2)).join(' / ')}; target >= 0.6: ${targetMark(r >= 0.6)})`,
    );
  }
  log(
    `  API resident memory under load: peak ${rss.toFixed(0)} MB, ${idleRss.toFixed(0)} MB idle after set-up (target < 250 MB: ${targetMark(rss < 250)})`,
  );
  if (chain) {
    if (chain.problem)
      log(
        `  verifyRecordChain over ${CHAIN_ENTRIES} entries: FAILED (${chain.problem}); API peak RSS ${chain.peakMb.toFixed(0)} MB`,
      );
    else {
      const t = median(chain.seconds);
      log(
        `  verifyRecordChain over ${CHAIN_ENTRIES} entries (${chain.megabytes.toFixed(0)} MB): median ${t.toFixed(2)} s ` +
          `(${chain.seconds.map((x) => x.toFixed(2)).join(' / ')}), API peak RSS ${chain.peakMb.toFixed(0)} MB (target < 2 s: ${targetMark(t < 2)})`,
      );
    }
  }
}

async function main(): Promise<void> {
  log(
    `Concord benchmark: ${ROUNDS} rounds of ${SECONDS} s after ${WARMUP} s warm-up; ${WRITERS} writers, ${READERS} readers; loopback only`,
  );
  const databaseUrl = await freshDatabase();
  log(
    `database: ${process.env.DATABASE_URL ? 'DATABASE_URL server' : 'embedded PostgreSQL'} (a fresh database, dropped at the end)`,
  );
  const apiArgs = (process.env.BENCH_API_NODE_ARGS ?? API_NODE_ARGS).split(' ').filter(Boolean);
  if (PROFILE_DIR) apiArgs.push('--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`);
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
    apiArgs,
  );
  await waitFor(`http://127.0.0.1:${apiPort}/health`);
  const rawPort = await freePort();
  const raw = startChild('bench/raw-server.js', { DATABASE_URL: databaseUrl, PORT: String(rawPort) });
  const s: Servers = {
    apiPid: api.pid!,
    rawPid: raw.pid!,
    endpoint: `http://127.0.0.1:${apiPort}/graphql`,
    rawBase: `http://127.0.0.1:${rawPort}`,
    databaseUrl,
  };
  await waitFor(`${s.rawBase}/health`);
  log(`node flags of the API: ${apiArgs.join(' ') || '(none)'}`);
  log('setting up 85 participants, their delegates, a body, a sitting and two OPEN proposals through the API ...');
  const room = await buildRoom(s.endpoint);
  const idleRss = rssMb(s.apiPid);
  await checkSameRead(s, room);

  const writes: Pair[] = [];
  const reads: Pair[] = [];
  let rss = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    if (PHASES.has('write')) {
      const { result, peakMb } = await sampleRss(s.apiPid, () => writeRound(s, room, round));
      writes.push(result);
      rss = Math.max(rss, peakMb);
      log(describe(`round ${round} write, API`, result.api));
      log(describe(`round ${round} write, raw pg`, result.raw));
    }
    if (PHASES.has('read')) {
      const { result, peakMb } = await sampleRss(s.apiPid, () => readRound(s, room, round));
      reads.push(result);
      rss = Math.max(rss, peakMb);
      log(describe(`round ${round} read, API`, result.api));
      log(describe(`round ${round} read, raw SQL`, result.raw));
    }
  }
  const chain = PHASES.has('chain') ? await chainPhase(s, room) : null;
  summary(writes, reads, rss, idleRss, chain);
}

main()
  .catch((e: unknown) => {
    log(`benchmark failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanUp();
    if (PROFILE_DIR) summariseProfile(PROFILE_DIR, windows, root);
  });
