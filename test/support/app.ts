// Starts the real API (Nest + Apollo + TypeORM) on a random port against a fresh test database, and
// speaks GraphQL over HTTP to it like any client would.
import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig } from '../../apps/api/src/platform/config/config.js';
import type { AppLog } from '../../apps/api/src/platform/logging/app-log.js';
import { NestLogAdapter } from '../../apps/api/src/platform/logging/nest-log.adapter.js';
import { createTestDatabase, superuserPool, TEST_ADMIN, type TestSeed } from './database.js';
import { GraphQLClient } from './graphql-client.js';

export const DEMO_PASSWORD = 'concord-demo';
export { TEST_ADMIN };

export interface TestApp {
  url: string;
  databaseUrl: string;
  /** An anonymous client. */
  anonymous: GraphQLClient;
  /** A client signed in as `email` (demo users: `us@kp.example`, `secretariat@kp.example`, ...). */
  as(email: string, password?: string): Promise<GraphQLClient>;
  /** SQL statements sent by the app since the last reset (only with countQueries). */
  queries: string[];
  /** Direct superuser SQL, for assertions on what the database holds and for tamper tests. */
  sql: pg.Pool;
  app: INestApplication;
  close(): Promise<void>;
}

export async function startTestApp(
  opts: {
    seed?: TestSeed;
    countQueries?: boolean;
    env?: Record<string, string>;
    databaseUrl?: string;
    /** Where the app logs (Nest's own messages included); by default nowhere. */
    log?: AppLog;
  } = {},
): Promise<TestApp> {
  const seed = opts.seed ?? 'demo';
  const db = opts.databaseUrl ? null : await createTestDatabase(seed);
  const databaseUrl = opts.databaseUrl ?? db!.url;
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'concord-test-secret-0123456789abcdef0123456789',
    CONCORD_SEED: seed,
    CONCORD_WRITE_SCHEMA: 'false',
    CONCORD_DEADLINE_POLL_MS: '200',
    DATABASE_URL: databaseUrl,
    ...opts.env,
  });
  const queries: string[] = [];
  const app = await createApp(
    { config, databaseUrl, onQuery: opts.countQueries ? (sql) => queries.push(sql) : undefined, log: opts.log },
    opts.log ? new NestLogAdapter(opts.log) : false,
  );
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const sql = superuserPool(databaseUrl);
  const tokens = new Map<string, string>();
  const anonymous = new GraphQLClient(`${url}/graphql`);
  return {
    url,
    databaseUrl,
    anonymous,
    queries,
    sql,
    app,
    async as(email: string, password?: string) {
      const pw = password ?? (email === TEST_ADMIN.email ? TEST_ADMIN.password : DEMO_PASSWORD);
      let token = tokens.get(email);
      if (!token) {
        token = await anonymous.login(email, pw);
        tokens.set(email, token);
      }
      return new GraphQLClient(`${url}/graphql`, token);
    },
    async close() {
      await app.close();
      await sql.end();
      await db?.drop();
    },
  };
}
