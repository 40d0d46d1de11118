// Closes written procedures at their deadline (docs/rules.md: within 5 seconds), in every API process,
// exactly once across processes: each sweep takes one OPEN WRITTEN proposal past its deadline with
// FOR UPDATE SKIP LOCKED (another process busy with it skips it; once it commits, the proposal is no
// longer OPEN), closes it in that transaction and audits it as closeProposal with no actor.
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { CONFIG, type Config } from '../platform/config/config.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { Metrics } from '../platform/metrics/metrics.js';
import { ClosingService, type ClosedProposal } from './closing.service.js';
import { lockProposalForUpdate } from './decisions.repository.js';

@Injectable()
export class DeadlineWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DeadlineWorker');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly tx: TransactionService,
    private readonly closing: ClosingService,
    @Optional() @Inject(Metrics) private readonly metrics: Metrics | null = null,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Let a sweep in flight finish its transaction before the connection pool goes away.
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      // sweep() logs its own failures; the chain only keeps the next poll coming.
      this.running = this.sweep()
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          this.running = null;
          this.schedule();
        });
    }, this.config.deadlinePollMs);
    // The worker never keeps a process alive on its own.
    this.timer.unref();
  }

  /**
   * Whether any written procedure is due, asked of the pool directly rather than through TypeORM:
   * the poll belongs to no request, and logged it would blur every test that counts a request's
   * statements. Only a due proposal opens a (logged) transaction. The same statement measures the
   * worker's lag (how long the oldest due procedure has waited) for the metrics.
   */
  private async anyDue(): Promise<boolean> {
    const pool = (this.tx.dataSource.driver as unknown as { master: Pool }).master;
    const { rows } = await pool.query<{ lag: number | null }>(
      `SELECT EXTRACT(EPOCH FROM now() - min(deadline))::float8 AS lag
         FROM proposal WHERE status = 'OPEN' AND procedure = 'WRITTEN' AND deadline <= now()`,
    );
    const lag = rows[0]?.lag ?? null;
    this.metrics?.deadlinePolled(lag ?? 0);
    return lag !== null;
  }

  /** Closes every written procedure past its deadline, one transaction each. Returns how many. */
  async sweep(): Promise<number> {
    let count = 0;
    try {
      if (!(await this.anyDue())) return 0;
    } catch (e) {
      this.logger.warn(
        `could not look for written procedures past their deadline: ${e instanceof Error ? e.message : String(e)}`,
      );
      return 0;
    }
    // A procedure whose close fails is skipped for the rest of this sweep (and retried at the next),
    // so one bad proposal never holds up the others past their deadlines.
    const failed: string[] = [];
    while (!this.stopped) {
      let closed: ClosedProposal | null;
      let current: string | null = null;
      try {
        closed = await this.tx.run(async (em) => {
          const due: { id: string }[] = await em.query(
            `SELECT id FROM proposal
              WHERE status = 'OPEN' AND procedure = 'WRITTEN' AND deadline <= now()
                AND NOT (id = ANY($1::uuid[]))
              ORDER BY deadline, id
              LIMIT 1
                FOR UPDATE SKIP LOCKED`,
            [failed],
          );
          if (due.length === 0) return null;
          current = due[0].id;
          // Already ours: this re-read (same lock mode) only adds the body and meeting facts.
          const p = await lockProposalForUpdate(em, due[0].id);
          if (!p || p.status !== 'OPEN') return null;
          return this.closing.closeLocked(em, p, null);
        });
      } catch (e) {
        // Try again at the next poll; a failure must not stop the worker.
        this.logger.error(
          `closing written procedure ${current ?? '(none claimed)'} at its deadline failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
        if (current === null) break;
        failed.push(current);
        continue;
      }
      if (!closed) break;
      count += 1;
      this.logger.log(`written procedure ${closed.proposalId} closed at its deadline: ${closed.outcome}`);
      await this.closing.publish(closed);
    }
    return count;
  }
}
