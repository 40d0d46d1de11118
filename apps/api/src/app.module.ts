// The API's root module: configuration, database, GraphQL, and one module per domain area.
import { Module, type DynamicModule } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditModule } from './audit/audit.module.js';
import { TokenModule } from './platform/auth/token.module.js';
import { TokenService } from './platform/auth/token.service.js';
import { CONFIG, type Config } from './platform/config/config.js';
import { ConfigModule } from './platform/config/config.module.js';
import { DatabaseModule } from './platform/database/database.module.js';
import { EventsModule } from './platform/events/events.module.js';
import { graphqlOptions } from './platform/graphql/graphql.config.js';
import { IdeAssetsController } from './platform/graphql/ide/ide-assets.controller.js';
import { HealthController } from './platform/health/health.controller.js';
import { OrganisationModule } from './organisation/organisation.module.js';
import { silentLog, type AppLog } from './platform/logging/app-log.js';
import { APP_LOG, LoggingModule } from './platform/logging/logging.module.js';
import { Metrics } from './platform/metrics/metrics.js';
import { MetricsModule } from './platform/metrics/metrics.module.js';
import { AREA_MODULES } from './areas.js';
import './platform/graphql/enums.js';

export interface AppOptions {
  config: Config;
  databaseUrl: string;
  /** Called with every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** Where the app logs (main.ts: stdout; tests: nothing, or a buffer they read). */
  log?: AppLog;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggingModule.forRoot(options.log ?? silentLog()),
        DatabaseModule.forRoot({
          url: options.databaseUrl,
          onQuery: options.onQuery,
          statementTimeoutMs: options.config.statementTimeoutMs,
        }),
        MetricsModule,
        EventsModule,
        TokenModule,
        AuditModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [CONFIG, TokenService, APP_LOG, Metrics],
          useFactory: (config: Config, tokens: TokenService, log: AppLog, metrics: Metrics) =>
            graphqlOptions(config, tokens, log, metrics),
        }),
        OrganisationModule,
        ...AREA_MODULES,
      ],
      controllers: [HealthController, IdeAssetsController],
    };
  }
}
