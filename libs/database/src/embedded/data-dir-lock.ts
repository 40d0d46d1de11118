// One Concord per data directory. The owner writes `concord.pid` (its pid and start time); a second
// start on the same directory while the owner lives is refused, naming its pid. After a crash of the
// owner (kill -9), its PostgreSQL lives on as an orphan holding the directory and the port: we find
// it through postmaster.pid, make sure it is a postmaster of OUR cluster and that no live Concord is
// its parent, and stop it (fast shutdown) before starting a fresh one.
import { closeSync, existsSync, openSync, readFileSync, realpathSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isAlive, parentOf, programOf, startTime, waitForExit, workingDirectoryOf } from './processes.js';
import { StartupError } from './startup-error.js';

export interface DataDirLock {
  release(): void;
}

function inUse(dataDir: string, pid: number): StartupError {
  return new StartupError(
    `the data directory ${dataDir} is in use by pid ${pid} (another Concord): stop that one first, or set CONCORD_DATA_DIR to another directory`,
  );
}

/** Takes `dataDir/concord.pid` for this process, or refuses if a live process holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = path.join(dataDir, 'concord.pid');
  const mine = `${process.pid} ${startTime(process.pid)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, mine);
      closeSync(fd);
      return {
        release() {
          try {
            if (readFileSync(file, 'utf8') === mine) rmSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const [owner, ownerStart] = readOwner(file);
    if (owner !== process.pid && isAlive(owner) && (ownerStart === '' || ownerStart === startTime(owner))) {
      throw inUse(dataDir, owner);
    }
    // The owner is gone (or it is us, from an earlier start in this process): the lock is stale.
    rmSync(file, { force: true });
  }
  throw new StartupError(`could not lock the data directory ${dataDir} (concord.pid keeps changing)`);
}

/** The pid and start time written in a lock file (0 when it is gone or unreadable). */
function readOwner(file: string): [number, string] {
  try {
    const [pid, start] = readFileSync(file, 'utf8').trim().split(' ');
    return [Number(pid) || 0, start ?? ''];
  } catch {
    return [0, ''];
  }
}

/**
 * Clears what a crashed Concord left in `clusterDir`: a stale postmaster.pid, or a live postmaster of
 * this cluster whose Concord is gone (stopped, fast shutdown). Refuses, naming the pid, when the
 * postmaster still has a live Concord (an older one that wrote no concord.pid).
 */
export async function clearOrphan(dataDir: string, clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  const whose = postmasterOf(pid, clusterDir);
  // Dead, or the pid now belongs to another program: PostgreSQL would refuse to start over it.
  if (whose === 'not ours') {
    rmSync(pidFile, { force: true });
    return;
  }
  // Alive, but we cannot tell whose (no /proc): leave it; PostgreSQL's own check names the pid.
  if (whose === 'unknown') return;
  const parent = parentOf(pid);
  if (parent !== null && parent > 1 && parent !== process.pid && isAlive(parent) && programOf(parent) === 'node') {
    throw inUse(dataDir, parent);
  }
  log(`stopping the embedded PostgreSQL (pid ${pid}) that a Concord which did not shut down left running`);
  signal(pid, 'SIGINT');
  if (await waitForExit(pid, 15_000)) return;
  signal(pid, 'SIGQUIT');
  if (await waitForExit(pid, 5_000)) return;
  throw new StartupError(
    `the embedded PostgreSQL left running on ${clusterDir} (pid ${pid}) did not stop: stop it, then start Concord again`,
  );
}

function postmasterOf(pid: number, clusterDir: string): 'ours' | 'not ours' | 'unknown' {
  if (!isAlive(pid)) return 'not ours';
  const program = programOf(pid);
  if (program === '') return 'unknown';
  if (program !== 'postgres') return 'not ours';
  // A postmaster works in its data directory.
  const cwd = workingDirectoryOf(pid);
  if (cwd === null) return 'unknown';
  try {
    return cwd === realpathSync(clusterDir) ? 'ours' : 'not ours';
  } catch {
    return 'unknown';
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // ended meanwhile
  }
}
