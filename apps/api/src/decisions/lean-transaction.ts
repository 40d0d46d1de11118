// The transaction of recordPosition, the one hot path (a room of 85 delegates at once): begun with
// its isolation level in one statement, `BEGIN ISOLATION LEVEL READ COMMITTED`, where TypeORM's
// transaction() sends START TRANSACTION and SET TRANSACTION as two round trips, each held while the
// connection is taken from the pool. Otherwise as TransactionService.run: one use case, one
// transaction, retried on deadlock or serialisation failure (a failed attempt left nothing behind).
import type { DataSource, EntityManager } from 'typeorm';
import { pgCode } from '../common/errors.js';

const RETRYABLE = new Set(['40001', '40P01']);

export async function inReadCommitted<T>(
  dataSource: DataSource,
  work: (em: EntityManager) => Promise<T>,
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query('BEGIN ISOLATION LEVEL READ COMMITTED');
      try {
        const result = await work(runner.manager);
        await runner.query('COMMIT');
        return result;
      } catch (e) {
        await runner.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    } catch (e) {
      if (attempt >= attempts || !RETRYABLE.has(pgCode(e) ?? '')) throw e;
    } finally {
      await runner.release();
    }
  }
}
