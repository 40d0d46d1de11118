// Jest global setup: the tests run against DATABASE_URL when it is set, otherwise against an
// embedded PostgreSQL started once for the whole run (a throw-away cluster for .data/test-<pid>,
// removed after), through the same launcher as `npm start`, so it works as root from a private
// folder too. Each test file then makes its own database from a migrated template
// (test/support/database.ts).
import path from 'node:path';
import { createServer } from 'node:net';
import { loadEmbeddedLauncher } from './embedded-launcher.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.DATABASE_URL) return;
  const root = path.resolve(import.meta.dirname, '..', '..');
  const launcher = await loadEmbeddedLauncher(root);
  const dataDir = path.join(root, '.data', `test-${process.pid}`);
  const server = await launcher.startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: 'postgres',
    persistent: false,
    settings: { max_connections: '300', fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
    log: (line) => process.stderr.write(`embedded PostgreSQL: ${line}\n`),
  });
  globalThis.__CONCORD_TEST_PG__ = { server, dataDir, launcher };
  process.env.DATABASE_URL = server.adminUrl;
  process.env.CONCORD_TEST_EMBEDDED = '1';
}
