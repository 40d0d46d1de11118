// Transitional: the EntityManager form of Database.transaction, for code not yet moved into
// repositories. Same runner, same retries, same connection; new code uses Database.transaction.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Database } from './database.js';

@Injectable()
export class TransactionService {
  constructor(readonly database: Database) {}

  get dataSource() {
    return this.database.dataSource;
  }

  run<T>(work: (em: EntityManager) => Promise<T>, attempts = 3): Promise<T> {
    return this.database.transaction((tx) => work(tx.em), { attempts });
  }
}
