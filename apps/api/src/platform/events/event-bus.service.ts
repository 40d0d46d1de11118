// Subscription events (meetingUpdated, proposalUpdated). Publish only after the transaction commits,
// never before: a client must never see a position that was rolled back. One process: in memory.
// With REDIS_URL: through Redis pub/sub, so a client on one API replica sees what another wrote.
import { Inject, Injectable, Logger, Optional, type OnModuleDestroy } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import { CONFIG, type Config } from '../config/config.js';
import { Metrics } from '../metrics/metrics.js';

const CHANNEL = 'concord:events';

@Injectable()
export class EventBus implements OnModuleDestroy {
  private readonly logger = new Logger('EventBus');
  private readonly local = new PubSub();
  private readonly publisher: Redis | null;
  private readonly subscriber: Redis | null;

  constructor(
    @Inject(CONFIG) config: Config,
    @Optional() @Inject(Metrics) private readonly metrics: Metrics | null = null,
  ) {
    if (config.redisUrl) {
      this.publisher = new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
      this.subscriber = new Redis(config.redisUrl, { lazyConnect: false });
      for (const r of [this.publisher, this.subscriber]) r.on('error', (e) => this.logger.warn(`redis: ${e.message}`));
      void this.subscriber.subscribe(CHANNEL);
      this.subscriber.on('message', (_channel: string, message: string) => {
        const { topic, payload } = JSON.parse(message) as { topic: string; payload: unknown };
        void this.local.publish(topic, payload);
      });
    } else {
      this.publisher = null;
      this.subscriber = null;
    }
  }

  /** Call after commit. */
  async publish(topic: string, payload: Record<string, unknown>): Promise<void> {
    try {
      if (this.publisher) await this.publisher.publish(CHANNEL, JSON.stringify({ topic, payload }));
      else await this.local.publish(topic, payload);
    } catch (e) {
      // The write committed; a lost notification must not turn it into an error for the writer.
      this.logger.warn(`could not publish ${topic}: ${(e as Error).message}`);
    }
  }

  /** The events of `topic` for one subscriber, counted as an open subscription until it ends. */
  iterator<T>(topic: string): AsyncIterableIterator<T> {
    const inner = this.local.asyncIterableIterator<T>(topic);
    const metrics = this.metrics;
    if (!metrics) return inner;
    metrics.subscriptionOpened();
    let open = true;
    const ended = () => {
      if (open) metrics.subscriptionClosed();
      open = false;
    };
    return {
      next: () => inner.next(),
      return: () => {
        ended();
        return inner.return ? inner.return() : Promise.resolve({ done: true, value: undefined });
      },
      throw: (error?: unknown) => {
        ended();
        return inner.throw ? inner.throw(error) : Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.publisher?.quit(), this.subscriber?.quit()].map((p) => p?.catch(() => undefined)));
  }
}
