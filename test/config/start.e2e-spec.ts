// Starting Concord for real (apps/api/src/main.ts in its own process): a bad setting stops it with
// a clear message and exit code 1; an empty database with CONCORD_SEED=none and the bootstrap
// variables gets its organisation and first admin, who signs in; without them it refuses to start.
// Without JWT_SECRET (outside production) the secret is made once in the data directory (0600) and
// read back at the next start, so a token outlives a restart.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { GraphQLClient } from '../support/graphql-client.js';
import { freePort, startProcess, transpileApp, waitForHealth, type TranspiledApp } from './transpiled-app.js';

const JWT_SECRET = 'concord-start-test-secret-0123456789abcdef';

/** An empty database (no tables) on the test server, dropped afterwards. */
async function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.DATABASE_URL!;
  const name = `concord_t_empty_${randomBytes(4).toString('hex')}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at\s/);
}

describe('starting Concord', () => {
  let app: TranspiledApp;
  beforeAll(() => {
    app = transpileApp();
  });
  afterAll(() => {
    app.remove();
  });

  it('a bad PORT stops it before anything else, with exit code 1 and a message naming PORT', async () => {
    const exit = await startProcess(app, { PORT: 'eighty', NODE_ENV: 'development', JWT_SECRET }).exited;
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain('Invalid configuration:');
    expect(exit.stderr).toContain('PORT must be a whole number from 0 to 65535 (got "eighty")');
    expectNoStack(exit.stderr);
  });

  it('a NODE_ENV typo (prod) is refused in one line naming NODE_ENV, instead of running as development', async () => {
    const exit = await startProcess(app, { NODE_ENV: 'prod' }).exited;
    expect(exit.code).toBe(1);
    expect(exit.stderr).toBe('Invalid configuration: NODE_ENV must be development, test or production (got "prod")\n');
  });

  describe('on an empty database with CONCORD_SEED=none', () => {
    let db: Awaited<ReturnType<typeof emptyDatabase>>;
    beforeAll(async () => {
      db = await emptyDatabase();
    });
    afterAll(async () => {
      await db.drop();
    });

    it('without the bootstrap variables it migrates, then refuses to start, naming what to set', async () => {
      const exit = await startProcess(app, {
        DATABASE_URL: db.url,
        CONCORD_SEED: 'none',
        JWT_SECRET,
        CONCORD_WRITE_SCHEMA: 'false',
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
      }).exited;
      expect(exit.code).toBe(1);
      expect(exit.stderr).toContain(
        'The database is empty and CONCORD_SEED=none: set CONCORD_ORG_NAME, CONCORD_ORG_CODE, CONCORD_ADMIN_EMAIL, CONCORD_ADMIN_PASSWORD',
      );
      expectNoStack(exit.stderr);
    });

    it('with them it creates the organisation and its first admin, who signs in; a restart keeps them, and the token', async () => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const dataDir = path.join(app.dir, 'data-of-the-restart-test');
      // No JWT_SECRET (development): a random one is made in the data directory and kept for the restart.
      const env = {
        DATABASE_URL: db.url,
        CONCORD_SEED: 'none',
        CONCORD_DATA_DIR: dataDir,
        CONCORD_WRITE_SCHEMA: 'false',
        PORT: String(port),
        CONCORD_ORG_NAME: 'Wassenaar Arrangement',
        CONCORD_ORG_CODE: 'WA',
        CONCORD_ORG_TIME_ZONE: 'Europe/Vienna',
        CONCORD_ADMIN_EMAIL: 'Admin@WA.example',
        CONCORD_ADMIN_PASSWORD: 'first admin password',
      };
      const first = startProcess(app, env);
      let token = '';
      try {
        await waitForHealth(url, first);
        const anonymous = new GraphQLClient(`${url}/graphql`);
        token = await anonymous.login('admin@wa.example', 'first admin password');
        const admin = new GraphQLClient(`${url}/graphql`, token);
        const data = await admin.ok<{
          me: { role: string; email: string };
          organization: { name: string; code: string; timeZone: string; participants: unknown[]; bodies: unknown[] };
        }>('{ me { role email } organization { name code timeZone participants { id } bodies { id } } }');
        expect(data).toEqual({
          me: { role: 'ADMIN', email: 'admin@wa.example' },
          organization: {
            name: 'Wassenaar Arrangement',
            code: 'WA',
            timeZone: 'Europe/Vienna',
            participants: [],
            bodies: [],
          },
        });
      } finally {
        const exit = await first.stop('SIGTERM');
        // SIGTERM is a clean shutdown, not a crash.
        expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
      }
      const secretFile = path.join(dataDir, 'jwt-secret');
      expect(first.output()).toContain(`tokens are signed with the secret made and kept in ${secretFile}`);
      expect(statSync(secretFile).mode & 0o777).toBe(0o600);
      // Loopback only, unless HOST says otherwise.
      expect(first.output()).toContain(`serving GraphQL at ${url}/graphql`);

      // A second start on the same database neither seeds again nor needs the bootstrap variables.
      const second = startProcess(app, {
        ...env,
        CONCORD_ORG_NAME: '',
        CONCORD_ADMIN_EMAIL: '',
        CONCORD_ADMIN_PASSWORD: '',
      });
      try {
        await waitForHealth(url, second);
        // The token signed before the restart is still good: the same secret was read back.
        expect(await new GraphQLClient(`${url}/graphql`, token).ok('{ me { email } }')).toEqual({
          me: { email: 'admin@wa.example' },
        });
        const admin = new GraphQLClient(
          `${url}/graphql`,
          await new GraphQLClient(`${url}/graphql`).login('admin@wa.example', 'first admin password'),
        );
        expect(await admin.ok('{ organization { name } }')).toEqual({
          organization: { name: 'Wassenaar Arrangement' },
        });
      } finally {
        await second.stop('SIGTERM');
      }
    });
  });
});
