// Services own transactions: one public service method = one use case = one transaction. This runs
// the work in a transaction and retries it when PostgreSQL reports a deadlock or serialisation
// failure, which is safe because a failed attempt left nothing behind.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { pgCode } from '../common/errors.js';

const RETRYABLE = new Set(['40001', '40P01']);

@Injectable()
export class TransactionService {
  constructor(readonly dataSource: DataSource) {}

  async run<T>(work: (em: EntityManager) => Promise<T>, attempts = 3): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction('READ COMMITTED', work);
      } catch (e) {
        if (attempt >= attempts || !RETRYABLE.has(pgCode(e) ?? '')) throw e;
      }
    }
  }
}
