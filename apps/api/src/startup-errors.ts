// Failures at start that the operator can fix, turned into one line that says what to do: a
// database that cannot be reached or refuses us, an address or port that cannot be listened on.
import { createServer } from 'node:net';
import { StartupError } from '#database';

function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Where the database is, without its password. */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

export function databaseStartupError(e: unknown, url: string): StartupError | null {
  const code = errorCode(e);
  const at = where(url);
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new StartupError(
        `the database at ${at} cannot be reached (${code}): is it running, and is DATABASE_URL right?`,
      );
    case '28P01':
    case '28000':
      return new StartupError(`the database at ${at} refused the user or password in DATABASE_URL`);
    case '3D000':
      return new StartupError(`the database at ${at} does not exist: create it, or fix DATABASE_URL`);
    default:
      return null;
  }
}

export function listenStartupError(e: unknown, host: string, port: number): StartupError | null {
  switch (errorCode(e)) {
    case 'EADDRINUSE':
      return new StartupError(`cannot listen on ${host}:${port}: the port is in use (stop what holds it, or set PORT)`);
    case 'EADDRNOTAVAIL':
      return new StartupError(`cannot listen on ${host}:${port}: ${host} is not an address of this machine (HOST)`);
    case 'EACCES':
      return new StartupError(`cannot listen on ${host}:${port}: the port needs privileges (set PORT above 1023)`);
    default:
      return null;
  }
}

/** Refuses at once when `host:port` cannot be listened on (port 0: any free port, nothing to check). */
export function assertCanListen(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (e) => reject(listenStartupError(e, host, port) ?? e));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
