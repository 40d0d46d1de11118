// Stops the embedded PostgreSQL the global setup started (if it started one) and removes its files.
import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const pg = globalThis.__CONCORD_TEST_PG__;
  if (!pg) return;
  await pg.server.stop();
  rmSync(pg.dataDir, { recursive: true, force: true });
  pg.launcher.remove();
}
