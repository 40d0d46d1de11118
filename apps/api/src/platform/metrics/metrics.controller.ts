// GET /metrics in Prometheus's text format, for callers MetricsGuard lets through.
import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import { MetricsGuard } from './metrics.guard.js';
import { Metrics } from './metrics.js';

@Controller('metrics')
@UseGuards(MetricsGuard)
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  scrape(): Promise<string> {
    return this.metrics.text();
  }
}
