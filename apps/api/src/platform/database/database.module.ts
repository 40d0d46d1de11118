// The API's database: the connection pool (TypeORM's, for now) and `Database` (statements and the one
// transaction runner).
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '#database';
import { Database, QUERY_OBSERVER } from './database.js';
import { TransactionService } from './transaction.service.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(opts: {
    url: string;
    onQuery?: (sql: string) => void;
    poolSize?: number;
    statementTimeoutMs?: number;
  }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(opts),
          autoLoadEntities: true,
          migrationsRun: false,
        }),
      ],
      providers: [{ provide: QUERY_OBSERVER, useValue: opts.onQuery }, Database, TransactionService],
      exports: [Database, TransactionService],
    };
  }
}
