// GET /health: is this process working, that is, up and able to reach its database? 503 while the
// database cannot be used; the pool reconnects by itself, so it turns 200 again, without a restart,
// once the database is back. GET /ready adds that every migration this code expects is applied:
// what a load balancer asks before it sends a replica traffic.
import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { MIGRATIONS } from '#database';
import { Database } from '../database/database.js';

/** A database that does not answer within this time is as good as down, for a probe. */
const PROBE_TIMEOUT_MS = 2000;
const EXPECTED = MIGRATIONS.map((m) => m.name);

@Controller()
export class HealthController {
  constructor(private readonly database: Database) {}

  @Get('health')
  async health(): Promise<object> {
    const started = Date.now();
    try {
      await this.withTimeout(this.database.query('SELECT 1'));
    } catch {
      throw new ServiceUnavailableException({ status: 'error', database: { status: 'down' } });
    }
    return { status: 'ok', database: { status: 'up', latencyMs: Date.now() - started } };
  }

  @Get('ready')
  async ready(): Promise<object> {
    let applied: string[];
    try {
      const rows = await this.withTimeout(
        this.database.query<{ name: string }>('SELECT name FROM migration WHERE name = ANY($1)', [EXPECTED]),
      );
      applied = rows.map((r) => r.name);
    } catch {
      throw new ServiceUnavailableException({ status: 'error', database: { status: 'down' } });
    }
    const pending = EXPECTED.filter((name) => !applied.includes(name));
    if (pending.length > 0) {
      throw new ServiceUnavailableException({
        status: 'error',
        database: { status: 'up' },
        pendingMigrations: pending,
      });
    }
    return { status: 'ok', database: { status: 'up' }, migrations: EXPECTED.length };
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
    });
    // A query that answers after the timeout must not become an unhandled rejection.
    work.catch(() => undefined);
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }
}
