// Makes one Metrics per app injectable (the GraphQL plugin, the event bus and the deadline worker
// report to it) and serves it at GET /metrics.
import { Global, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.js';

function poolOf(dataSource: DataSource): Pool | null {
  return (dataSource.driver as unknown as { master?: Pool }).master ?? null;
}

@Global()
@Module({
  providers: [
    {
      provide: Metrics,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => {
        const metrics = new Metrics();
        metrics.watchPool(() => {
          const pool = poolOf(dataSource);
          return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
        });
        return metrics;
      },
    },
  ],
  controllers: [MetricsController],
  exports: [Metrics],
})
export class MetricsModule {}
