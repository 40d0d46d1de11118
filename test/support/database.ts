// Test databases: one per test file, copied from a template that was migrated (and seeded) once.
// Templates are named by a hash of the migrations and the seed, so a schema change makes a new one.
// Tests never TRUNCATE (the append-only triggers refuse it): they get a fresh database instead.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { MIGRATIONS, prepareDatabase } from '#database';

export type TestSeed = 'demo' | 'none';

export const TEST_ADMIN = { email: 'admin@test.example', password: 'test-admin-password' };

function adminUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the jest global setup should have set it.');
  return url;
}

function urlFor(database: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function templateName(seed: TestSeed): string {
  const fingerprint = createHash('sha256')
    .update(MIGRATIONS.map((m) => m.name + m.prototype.up.toString()).join('|'))
    .update(seed)
    .digest('hex')
    .slice(0, 12);
  return `concord_tpl_${seed}_${fingerprint}`;
}

const TEMPLATE_LOCK = 7_200_410_777;

async function ensureTemplate(seed: TestSeed): Promise<string> {
  const name = templateName(seed);
  await withAdmin(async (c) => {
    await c.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) return;
      const building = `${name}_build_${randomBytes(3).toString('hex')}`;
      await c.query(`CREATE DATABASE ${pg.escapeIdentifier(building)}`);
      await prepareDatabase({
        url: urlFor(building),
        seed,
        bootstrap: {
          orgName: 'Test Organisation',
          orgCode: 'TEST',
          adminEmail: TEST_ADMIN.email,
          adminPassword: TEST_ADMIN.password,
        },
      });
      await c.query(`ALTER DATABASE ${pg.escapeIdentifier(building)} RENAME TO ${pg.escapeIdentifier(name)}`);
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return name;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated (and seeded) database for one test file. */
export async function createTestDatabase(seed: TestSeed = 'demo'): Promise<TestDatabase> {
  const template = await ensureTemplate(seed);
  const name = `concord_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdmin((c) =>
        c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`),
      );
      break;
    } catch (e) {
      // Two files copying the same template at the same instant: PostgreSQL asks one to wait.
      if (attempt < 20 && /being accessed by other users/.test(String(e))) {
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
        continue;
      }
      throw e;
    }
  }
  return {
    name,
    url: urlFor(name),
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** A superuser connection to a test database, for tests that play an attacker with the keys. */
export function superuserPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // pg-pool's end() resolves before its sockets close; the DROP DATABASE ... WITH (FORCE) that follows
  // may then kill an idle client, whose 'error' event must not fail the test file.
  pool.on('error', () => {});
  return pool;
}
