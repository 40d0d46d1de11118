// Runs initdb and the postgres server from the embedded binaries, as `user` when we are root. The
// server writes to postgresql.log in the data directory (never to a pipe, which dies with a crashed
// Concord); we read it to know when the server is ready, or why it stopped, in one line.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { OsUser } from './postgres-user.js';
import { StartupError } from './startup-error.js';

/** English messages, whatever the machine's locale: we read them. */
const ENV = { ...process.env, LC_MESSAGES: 'C', LANGUAGE: '' };

function asUser(user: OsUser | null): { uid?: number; gid?: number } {
  return user ? { uid: user.uid, gid: user.gid } : {};
}

function run(file: string, args: string[], user: OsUser | null): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...asUser(user), env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Creates a cluster in `clusterDir` whose superuser `postgres` has `password` (never a world-readable file). */
export async function initCluster(
  bin: string,
  clusterDir: string,
  password: string,
  user: OsUser | null,
): Promise<void> {
  // Made beside and renamed into place once complete: a start killed during initdb leaves no
  // half-made cluster that the next start would take for a real one.
  const building = `${clusterDir}.init-${process.pid}`;
  // Leftovers of a start that was killed here (we hold the data directory's lock: none is live).
  const base = path.basename(clusterDir);
  for (const name of readdirSync(path.dirname(clusterDir))) {
    if (name.startsWith(`${base}.init-`) || name.startsWith(`${base}.pwfile-`)) {
      rmSync(path.join(path.dirname(clusterDir), name), { recursive: true, force: true });
    }
  }
  mkdirSync(building, { recursive: true, mode: 0o700 });
  if (user) chownSync(building, user.uid, user.gid);
  // initdb reads the password from a file; this one is the server user's alone (0600) and lives a
  // moment beside the cluster, never in the shared temporary folder.
  const pwfile = `${clusterDir}.pwfile-${process.pid}`;
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) chownSync(pwfile, user.uid, user.gid);
  try {
    const { code, output } = await run(
      path.join(bin, 'initdb'),
      [
        `--pgdata=${building}`,
        '--username=postgres',
        '--auth=scram-sha-256',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--lc-messages=C',
        '--no-instructions',
      ],
      user,
    );
    if (code !== 0) {
      const why = output.split('\n').find((l) => /initdb: error:/.test(l)) ?? `exit code ${String(code)}`;
      throw new StartupError(`initdb could not create the embedded cluster in ${clusterDir}: ${why.trim()}`);
    }
    renameSync(building, clusterDir);
  } finally {
    rmSync(pwfile, { force: true });
    rmSync(building, { recursive: true, force: true });
  }
}

export interface ServerOptions {
  bin: string;
  clusterDir: string;
  port: number;
  user: OsUser | null;
  logFile: string;
  settings: Record<string, string>;
}

export interface RunningServer {
  pid: number;
  stop(): Promise<void>;
}

const LOG_ROTATE_BYTES = 5 * 1024 * 1024;

/** Starts the server and resolves once it accepts connections; refuses in one line when it cannot. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  if (existsSync(opts.logFile) && statSync(opts.logFile).size > LOG_ROTATE_BYTES) {
    renameSync(opts.logFile, `${opts.logFile}.1`);
  }
  const logFd = openSync(opts.logFile, 'a', 0o600);
  const from = statSync(opts.logFile).size;
  const settings = Object.entries(opts.settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  let child: ChildProcess;
  try {
    // Its own process group: Ctrl-C reaches Concord, which stops the API first and then the server.
    child = spawn(path.join(opts.bin, 'postgres'), ['-D', opts.clusterDir, '-p', String(opts.port), ...settings], {
      ...asUser(opts.user),
      env: ENV,
      detached: true,
      stdio: ['ignore', logFd, logFd],
    });
  } finally {
    closeSync(logFd);
  }
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.on('error', () => resolve(-1));
  });
  let ended = false;
  void exited.then(() => (ended = true));

  const deadline = Date.now() + 60_000;
  for (;;) {
    const text = readFrom(opts.logFile, from);
    if (/database system is ready to accept connections/.test(text)) break;
    if (ended || Date.now() > deadline) {
      if (!ended) child.kill('SIGQUIT');
      await exited;
      throw whyNotStarted(readFrom(opts.logFile, from), opts);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    pid: child.pid!,
    async stop() {
      if (ended) return;
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
      const done = await Promise.race([exited.then(() => true), delay(30_000).then(() => false)]);
      if (!done) {
        child.kill('SIGQUIT');
        await exited;
      }
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}

function readFrom(file: string, offset: number): string {
  const fd = openSync(file, 'r');
  try {
    const size = statSync(file).size;
    const buffer = Buffer.alloc(Math.max(0, size - offset));
    readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function whyNotStarted(log: string, opts: ServerOptions): StartupError {
  if (/could not bind IPv[46] address[^\n]*Address already in use/.test(log)) {
    return new StartupError(
      `the embedded PostgreSQL cannot listen on 127.0.0.1:${opts.port}: the port is in use (set CONCORD_PG_PORT to a free port)`,
    );
  }
  const other = /Is another postmaster \(PID (\d+)\) running/.exec(log);
  if (other) {
    return new StartupError(
      `the embedded cluster ${opts.clusterDir} is in use by pid ${other[1]}: stop that one first, or set CONCORD_DATA_DIR to another directory`,
    );
  }
  const fatal = log
    .split('\n')
    .filter((l) => /\b(FATAL|PANIC):/.test(l))
    .pop();
  const detail = fatal ? fatal.replace(/^.*?\b(FATAL|PANIC):\s*/, '') : 'no reason given (see postgresql.log)';
  return new StartupError(`the embedded PostgreSQL did not start: ${detail} (log: ${opts.logFile})`);
}
