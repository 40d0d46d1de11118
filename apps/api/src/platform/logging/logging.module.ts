// Makes the app's log injectable as APP_LOG, and keeps Nest from logging GraphQL refusals as errors.
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { AppLog } from './app-log.js';
import { GraphqlExceptionFilter } from './graphql-exception.filter.js';

export const APP_LOG = Symbol('CONCORD_APP_LOG');

@Global()
@Module({})
export class LoggingModule {
  static forRoot(log: AppLog): DynamicModule {
    return {
      module: LoggingModule,
      providers: [
        { provide: APP_LOG, useValue: log },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
      exports: [APP_LOG],
    };
  }
}
