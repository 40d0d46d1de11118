// The one way the API talks to PostgreSQL: `Sql` runs a statement and answers its rows; `Tx` is a
// statement runner inside one transaction; `Database.transaction` is the one transaction runner
// (BEGIN with its isolation level in one round trip, retried on deadlock or serialisation failure,
// which is safe because a failed attempt left nothing behind, and after-commit hooks so events never
// describe work that was rolled back).
//
// Repositories take a required `Sql` (reads: the Database itself, or a Tx for a consistent read)
// or a required `Tx` (writes), so a call can never silently leave its transaction.
//
// Transitional: the connection pool is still TypeORM's, so code not yet moved into repositories can
// get the EntityManager of a Tx (`tx.em`) and a Tx of an EntityManager (`database.txOf(em)`). Both
// run on the same PostgreSQL connection and transaction.
import { Inject, Injectable, Optional } from '@nestjs/common';
import type pg from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { pgCode } from '../errors.js';

export type Row = Record<string, unknown>;

/** Runs one SQL statement. `name` makes it a named prepared statement (parsed once per connection). */
export interface Sql {
  query<R = Row>(text: string, values?: readonly unknown[], name?: string): Promise<R[]>;
}

/** A statement runner inside one transaction. */
export interface Tx extends Sql {
  readonly inTransaction: true;
  /** Runs `fn` after COMMIT; dropped when the transaction rolls back. */
  afterCommit(fn: () => void | Promise<void>): void;
  /** Transitional: the TypeORM EntityManager on this transaction's connection. */
  readonly em: EntityManager;
}

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

export interface TransactionOptions {
  isolation?: IsolationLevel;
  /** Attempts in all when PostgreSQL reports a deadlock (40P01) or serialisation failure (40001). */
  attempts?: number;
}

/** Called with every statement the API sends (the query-counting tests). */
export const QUERY_OBSERVER = Symbol('QUERY_OBSERVER');
export type QueryObserver = (sql: string) => void;

const RETRYABLE = new Set(['40001', '40P01']);

/** The Tx of each open transaction's query runner, so `txOf(tx.em)` is the same Tx (same hooks). */
const txOfRunner = new WeakMap<QueryRunner, RunnerTx>();

/** pg's client behind a TypeORM query runner (the PostgreSQL driver keeps it as databaseConnection). */
function clientOf(runner: QueryRunner): pg.PoolClient {
  const client = (runner as unknown as { databaseConnection?: pg.PoolClient }).databaseConnection;
  if (!client) throw new Error('the query runner holds no connection');
  return client;
}

class RunnerTx implements Tx {
  readonly inTransaction = true as const;
  readonly hooks: (() => void | Promise<void>)[] = [];

  constructor(
    private readonly runner: QueryRunner,
    private readonly observe: QueryObserver | undefined,
  ) {}

  get em(): EntityManager {
    return this.runner.manager;
  }

  async query<R = Row>(text: string, values?: readonly unknown[], name?: string): Promise<R[]> {
    this.observe?.(text);
    const client = clientOf(this.runner);
    const result = await client.query<R & pg.QueryResultRow>(
      name ? { name, text, values: values as unknown[] } : { text, values: values as unknown[] },
    );
    return result.rows;
  }

  afterCommit(fn: () => void | Promise<void>): void {
    this.hooks.push(fn);
  }
}

@Injectable()
export class Database implements Sql {
  constructor(
    readonly dataSource: DataSource,
    @Optional() @Inject(QUERY_OBSERVER) private readonly observe?: QueryObserver,
  ) {}

  /** One statement on any pooled connection, outside a transaction. */
  async query<R = Row>(text: string, values?: readonly unknown[], name?: string): Promise<R[]> {
    this.observe?.(text);
    const pool = (this.dataSource.driver as unknown as { master: pg.Pool }).master;
    const result = await pool.query<R & pg.QueryResultRow>(
      name ? { name, text, values: values as unknown[] } : { text, values: values as unknown[] },
    );
    return result.rows;
  }

  /** One use case, one transaction. */
  async transaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const attempts = options.attempts ?? 3;
    const begin = `BEGIN ISOLATION LEVEL ${options.isolation ?? 'READ COMMITTED'}`;
    for (let attempt = 1; ; attempt++) {
      const runner = this.dataSource.createQueryRunner();
      try {
        await runner.connect();
        const tx = new RunnerTx(runner, this.observe);
        txOfRunner.set(runner, tx);
        // TypeORM must know a transaction is open, so that `tx.em` does not start its own.
        await tx.query(begin);
        (runner as unknown as { isTransactionActive: boolean }).isTransactionActive = true;
        let result: T;
        try {
          result = await work(tx);
          await tx.query('COMMIT');
        } catch (e) {
          await tx.query('ROLLBACK').catch(() => undefined);
          throw e;
        } finally {
          (runner as unknown as { isTransactionActive: boolean }).isTransactionActive = false;
        }
        for (const hook of tx.hooks) await hook();
        return result;
      } catch (e) {
        if (attempt >= attempts || !RETRYABLE.has(pgCode(e) ?? '')) throw e;
      } finally {
        await runner.release();
      }
    }
  }

  /** Transitional: the Tx of an EntityManager that is inside a TypeORM transaction. */
  txOf(em: EntityManager): Tx {
    const tx = em.queryRunner && txOfRunner.get(em.queryRunner);
    if (!tx || !em.queryRunner?.isTransactionActive) throw new Error('txOf needs the EntityManager of a Tx');
    return tx;
  }
}
