// TypeORM data source options shared by the app, the scripts and the tests. Schema changes come only
// from migrations (never `synchronize`).
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';

export interface DatabaseConnectionOptions {
  url: string;
  /** Pool size per API process. */
  poolSize?: number;
  /** Called with every SQL statement (the N+1 tests count them). */
  onQuery?: (sql: string) => void;
  /**
   * PostgreSQL cancels any statement of this pool running longer (statement_timeout, set when each
   * connection opens: no extra round trip). Unset: PostgreSQL's own setting.
   */
  statementTimeoutMs?: number;
}

export function dataSourceOptions(options: DatabaseConnectionOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: options.poolSize ?? 10,
    logging: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? new QueryCounterLogger(options.onQuery) : undefined,
    extra: {
      application_name: 'concord',
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  };
}

class QueryCounterLogger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string): void {
    this.onQuery(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
