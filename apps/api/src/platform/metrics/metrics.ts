// What GET /metrics reports (Prometheus text format, prom-client), one registry per app: GraphQL
// operations by root field, type and code with their latency, the connection pool, open
// subscriptions, the deadline worker's lag, and Node's own process metrics (RSS, heap, event loop).
// Label values come from the schema or from our own codes, never from the client's text, so a
// client cannot grow the registry (an operation *name* is the client's to choose: it is not a label).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

const CODE = /^[A-Z][A-Z_]{0,39}$/;

export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'type' | 'code'>;
  private readonly latency: Histogram<'operation' | 'type'>;
  private readonly subscriptions: Gauge;
  private readonly deadlineLag: Gauge;
  private readonly deadlineSweep: Gauge;
  private poolStats: () => PoolStats | null = () => null;

  constructor() {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'concord_graphql_requests_total',
      help: 'GraphQL operations over HTTP, by root field (or "multiple"), operation type and first error code ("OK": none)',
      labelNames: ['operation', 'type', 'code'],
      registers,
    });
    this.latency = new Histogram({
      name: 'concord_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its answer',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.subscriptions = new Gauge({
      name: 'concord_subscriptions_active',
      help: 'GraphQL subscriptions open on this process',
      registers,
    });
    this.deadlineLag = new Gauge({
      name: 'concord_deadline_worker_lag_seconds',
      help: 'How long the oldest written procedure past its deadline has waited to be closed (0: none waiting)',
      registers,
    });
    this.deadlineSweep = new Gauge({
      name: 'concord_deadline_worker_last_poll_timestamp_seconds',
      help: 'When the deadline worker last looked for written procedures past their deadline',
      registers,
    });
    const pool = (name: string, help: string, read: (s: PoolStats) => number) => {
      const stats = () => this.poolStats();
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const s = stats();
          if (s) this.set(read(s));
        },
      });
    };
    pool('concord_db_pool_connections', 'Connections the pool holds (busy and idle)', (s) => s.total);
    pool('concord_db_pool_idle_connections', 'Idle connections in the pool', (s) => s.idle);
    pool('concord_db_pool_waiting_requests', 'Queries waiting for a connection from the pool', (s) => s.waiting);
    collectDefaultMetrics({ register: this.registry });
  }

  watchPool(stats: () => PoolStats | null): void {
    this.poolStats = stats;
  }

  operation(operation: string, type: string, code: string, seconds: number): void {
    const safeCode = code === 'OK' || CODE.test(code) ? code : 'OTHER';
    this.requests.inc({ operation, type, code: safeCode });
    this.latency.observe({ operation, type }, seconds);
  }

  subscriptionOpened(): void {
    this.subscriptions.inc();
  }

  subscriptionClosed(): void {
    this.subscriptions.dec();
  }

  deadlinePolled(lagSeconds: number): void {
    this.deadlineLag.set(lagSeconds);
    this.deadlineSweep.set(Date.now() / 1000);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
