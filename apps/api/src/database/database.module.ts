// The TypeORM connection for the API process and the transaction helper every service uses.
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '#database';
import { OrganizationSettings } from './organization-settings.service.js';
import { TransactionService } from './transaction.service.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(opts: { url: string; onQuery?: (sql: string) => void; poolSize?: number }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: opts.url, onQuery: opts.onQuery, poolSize: opts.poolSize }),
          autoLoadEntities: true,
          migrationsRun: false,
        }),
      ],
      providers: [TransactionService, OrganizationSettings],
      exports: [TransactionService, OrganizationSettings],
    };
  }
}
