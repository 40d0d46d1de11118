// The benchmark's processes and what it reads of them: a fresh database (dropped at the end), the
// API and the raw server as child processes on free loopback ports, and their resident memory and
// CPU time from /proc. Everything started here is stopped by cleanUp(), by its own pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#database';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root (this file runs from dist/bench). */
export const root = path.resolve(here, '..', '..');

const children: ChildProcess[] = [];
/** The last 4,000 characters each child wrote to stderr, by pid. */
const stderrTails = new Map<number, string>();
let dropDatabase: (() => Promise<void>) | null = null;
let embedded: EmbeddedDatabase | null = null;
let stopping = false;

export function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

export async function freePort(): Promise<number> {
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
export async function freshDatabase(): Promise<string> {
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

/** Starts `node <nodeArgs> dist/<script>`; its stderr tail is printed if it dies before cleanUp(). */
export function startChild(script: string, env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  const logFile = script.startsWith('apps/') ? process.env.BENCH_API_LOG : undefined;
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'dist', script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', logFile ? 'pipe' : 'ignore', 'pipe'],
  });
  if (child.stdout && logFile) child.stdout.pipe(createWriteStream(logFile));
  child.stderr?.on('data', (d: Buffer) =>
    stderrTails.set(child.pid!, ((stderrTails.get(child.pid!) ?? '') + d.toString()).slice(-4000)),
  );
  child.on('exit', (code, signal) => {
    const tail = stderrTails.get(child.pid!) ?? '';
    const errors = tail.split('\n').filter((l) => /error|fatal/i.test(l));
    if (!stopping)
      log(`${script} exited (code ${code}, signal ${signal}): ${errors.length ? errors.join('\n') : tail}`);
  });
  children.push(child);
  return child;
}

/** Null while the child runs (waiting up to 15 s for it to end); else why it is gone (its stderr's first error line). */
export async function deathOf(pid: number): Promise<string | null> {
  const child = children.find((c) => c.pid === pid);
  if (!child) return null;
  if (child.exitCode === null && child.signalCode === null) {
    await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 15_000))]);
  }
  if (child.exitCode === null && child.signalCode === null) {
    const tail = (stderrTails.get(pid) ?? '').trim();
    return tail ? `the process runs; its stderr ends: ${tail.slice(-300)}` : null;
  }
  const lines = (stderrTails.get(pid) ?? '')
    .split('\n')
    .filter((l) => /error|fatal/i.test(l))
    .map((l) => l.trim());
  return `the process ended (code ${child.exitCode}, signal ${child.signalCode}): ${lines[0] ?? 'no error on stderr'}`;
}

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
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

export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    // no /proc (not Linux), or the process is gone
    return 0;
  }
}

/** Peak resident set size of a process, sampled from /proc every 100 ms while `work` runs. */
export async function sampleRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = rssMb(pid);
  const read = () => {
    peak = Math.max(peak, rssMb(pid));
  };
  const timer = setInterval(read, 100);
  try {
    const result = await work();
    read();
    return { result, peakMb: peak };
  } finally {
    clearInterval(timer);
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (0 where there is none). */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export async function countRows(url: string, sql: string, params: unknown[]): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query(sql, params)).rows[0].n);
  } finally {
    await c.end();
  }
}

/** Stops the children (SIGTERM, then waits up to 10 s each: a --cpu-prof profile is written at exit), drops the database. */
export async function cleanUp(): Promise<void> {
  stopping = true;
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null && c.pid) {
      const exited = new Promise((r) => c.once('exit', r));
      process.kill(c.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
  }
  await dropDatabase?.().catch((e: unknown) => log(`could not drop the bench database: ${String(e)}`));
  await embedded?.stop().catch(() => undefined);
}
