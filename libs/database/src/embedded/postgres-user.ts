// PostgreSQL refuses to run as root. Started by root, the embedded PostgreSQL runs as the `postgres`
// OS user (made if missing), which must be able to run its binaries and reach its cluster. A checkout
// under a private folder (/root, a `mktemp -d`: mode 0700) allows neither, so there the binaries are
// copied once to a cache folder that user can reach (/var/cache/concord-embedded, 0755) and the
// cluster lives under /var/lib/concord-embedded; Concord says where in its log.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { StartupError } from './startup-error.js';

export interface OsUser {
  uid: number;
  gid: number;
  groups: number[];
}

export const BINARY_CACHE = '/var/cache/concord-embedded';
export const RELOCATED_CLUSTERS = '/var/lib/concord-embedded';

function idOf(flag: string): string {
  return execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** The user PostgreSQL runs as: null when we are not root (it runs as us). */
export function postgresUser(log: (line: string) => void): OsUser | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  try {
    idOf('-u');
  } catch {
    log('creating the postgres OS user, which the embedded PostgreSQL runs as (PostgreSQL refuses to run as root)');
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    } catch {
      // the group may exist already
    }
    try {
      execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres'], { stdio: 'ignore' });
    } catch {
      throw new StartupError('running as root, and the postgres OS user is missing and could not be made (useradd)');
    }
  }
  return { uid: Number(idOf('-u')), gid: Number(idOf('-g')), groups: idOf('-G').split(/\s+/).map(Number) };
}

/** Whether `user` may use `target`: every folder on the way searchable, `target` itself as `need`. */
export function canReach(user: OsUser, target: string, need: 'search' | 'execute' | 'read'): boolean {
  const allowed = (p: string, bit: 1 | 4): boolean => {
    const s = statSync(p);
    if (s.uid === user.uid) return (s.mode & (bit << 6)) !== 0;
    if (user.groups.includes(s.gid) || s.gid === user.gid) return (s.mode & (bit << 3)) !== 0;
    return (s.mode & bit) !== 0;
  };
  try {
    const full = realpathSync(target);
    const parts = full.split(path.sep).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const p = path.sep + parts.slice(0, i).join(path.sep);
      if (!allowed(p, 1)) return false;
    }
    return allowed(full, need === 'read' ? 4 : 1);
  } catch {
    return false;
  }
}

/** A root-owned folder no one else may write to (a cache others could write to would run their code). */
function ensureRootFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const s = statSync(dir);
  if (s.uid !== 0 || (s.mode & 0o022) !== 0) {
    throw new StartupError(`${dir} must belong to root and be writable by root alone (chmod 755 ${dir})`);
  }
}

/**
 * The folder holding bin/, lib/ and share/ that `user` can run: `native` itself when it can, else a
 * copy in the cache, made once per PostgreSQL version.
 */
export function reachableBinaries(user: OsUser, native: string, version: string, log: (line: string) => void): string {
  if (canReach(user, path.join(native, 'bin', 'postgres'), 'execute')) return native;
  ensureRootFolder(BINARY_CACHE);
  const target = path.join(BINARY_CACHE, `postgresql-${version}-${process.platform}-${process.arch}`);
  const done = path.join(target, '.complete');
  if (!existsSync(done)) {
    const partial = `${target}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    writeFileSync(path.join(partial, '.complete'), `${version}\n`);
    try {
      rmSync(target, { recursive: true, force: true });
      renameSync(partial, target);
    } catch {
      // another start copied it at the same moment
      rmSync(partial, { recursive: true, force: true });
    }
  }
  log(`the postgres OS user cannot reach ${native}: running the embedded PostgreSQL's binaries from ${target}`);
  return target;
}

/**
 * Where the cluster lives: `dataDir/pg` when `user` can reach `dataDir`, else a folder under
 * /var/lib/concord-embedded named after `dataDir`'s real path (the same data directory finds the
 * same cluster again).
 */
export function clusterLocation(user: OsUser, dataDir: string, log: (line: string) => void): string {
  const parent = path.dirname(realpathSync(dataDir));
  if (canReach(user, parent, 'search')) return path.join(dataDir, 'pg');
  ensureRootFolder(RELOCATED_CLUSTERS);
  const name = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16);
  const home = path.join(RELOCATED_CLUSTERS, name);
  mkdirSync(home, { recursive: true, mode: 0o755 });
  log(`the postgres OS user cannot reach ${dataDir}: the embedded PostgreSQL keeps its cluster in ${home}/pg`);
  return path.join(home, 'pg');
}
