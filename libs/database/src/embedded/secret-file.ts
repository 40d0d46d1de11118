// Secrets Concord makes for itself (the embedded PostgreSQL's password, a development JWT secret) are
// kept in files of mode 0600 in the data directory: made once, read back on every start.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** The secret in `file`, made with `make` when the file does not exist yet. */
export function readOrCreateSecret(
  file: string,
  make: () => string = randomSecret,
): { value: string; created: boolean } {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      const value = make();
      writeSync(fd, `${value}\n`);
      closeSync(fd);
      return { value, created: true };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    // A file another tool (or an old Concord) left readable by others is made private again.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const value = readFileSync(file, 'utf8').trim();
    if (value !== '') return { value, created: false };
  }
  throw new Error(`${file} is empty: remove it to have a new secret made`);
}
