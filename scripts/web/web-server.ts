// Starts the built Concord (dist/, as `npm start` leaves it) for the browser tests and the page
// measurement: a scratch database with the demo data on the PostgreSQL named by an admin URL, a free
// port on 127.0.0.1, a throw-away data directory; stop() ends the process and drops the database.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface WebServer {
  url: string;
  /** The scratch database the server runs on (superuser access, for the tests that need it). */
  databaseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function admin<T>(adminUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`)).ok;
  } catch {
    return false;
  }
}

export async function startWebServer(options: {
  /** A PostgreSQL URL with the right to create databases. */
  adminUrl: string;
  /** The repository root (holds dist/). */
  root: string;
  env?: Record<string, string>;
}): Promise<WebServer> {
  const main = path.join(options.root, 'dist/apps/api/src/main.js');
  const name = `concord_web_${process.pid}_${Date.now().toString(36)}`;
  await admin(options.adminUrl, (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  const databaseUrl = new URL(options.adminUrl);
  databaseUrl.pathname = `/${name}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'concord-web-'));
  // Kept after the run (.data/ is ignored by git), for reading when a browser test fails.
  mkdirSync(path.join(options.root, '.data'), { recursive: true });
  const logFile = path.join(options.root, '.data', 'web-server.log');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--max-old-space-size=192', main], {
    cwd: options.root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl.href,
      PORT: String(port),
      HOST: '127.0.0.1',
      CONCORD_SEED: 'demo',
      CONCORD_DATA_DIR: path.join(dataDir, 'data'),
      CONCORD_WRITE_SCHEMA: 'false',
      ...options.env,
    },
    stdio: ['ignore', log, log],
  });
  let exited = false;
  child.once('exit', () => (exited = true));

  const stop = async () => {
    if (!exited) {
      // The node process itself (not an npm wrapper): it closes the API cleanly on SIGTERM.
      child.kill('SIGTERM');
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    }
    await admin(options.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90_000;
  while (!(await healthy(url))) {
    if (exited || Date.now() > deadline) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      await stop().catch(() => undefined);
      throw new Error(`the built server did not become healthy at ${url}:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, databaseUrl: databaseUrl.href, logFile, stop };
}
