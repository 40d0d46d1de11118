// Brings a database up to date before the API serves it: migrations, then the seed. Both run under
// a PostgreSQL advisory lock, so two API processes starting on one database do the work once.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';
import { seedIfEmpty, type BootstrapAdmin, type SeedMode } from './seed/seed.js';

const PREPARE_LOCK_KEY = 7_200_410_001;

export async function prepareDatabase(opts: {
  url: string;
  seed: SeedMode;
  bootstrap?: BootstrapAdmin;
  log?: (line: string) => void;
}): Promise<void> {
  const log = opts.log ?? (() => {});
  const ds = new DataSource({ ...dataSourceOptions({ url: opts.url, poolSize: 2 }), entities: [] });
  await ds.initialize();
  const q = ds.createQueryRunner();
  try {
    await q.connect();
    await q.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
      await seedIfEmpty(q, opts.seed, opts.bootstrap ?? {}, log);
    } finally {
      await q.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK_KEY]);
    }
  } finally {
    await q.release();
    await ds.destroy();
  }
}
