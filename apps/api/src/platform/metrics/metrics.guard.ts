// Who may scrape GET /metrics: a caller with `Authorization: Bearer <CONCORD_METRICS_TOKEN>`. Without
// a token configured, /metrics is off (404): "loopback only" would not protect it, since a reverse
// proxy on the same machine makes every visitor look like 127.0.0.1. A guard, so that a refusal is
// decided before the route sets its text/plain content type.
import { createHash, timingSafeEqual } from 'node:crypto';
import {
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { CONFIG, type Config } from '../config/config.js';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

@Injectable()
export class MetricsGuard implements CanActivate {
  private readonly expected: Buffer | null;

  constructor(@Inject(CONFIG) config: Config) {
    this.expected = config.metricsToken ? digest(config.metricsToken) : null;
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.expected) throw new NotFoundException('Metrics are off: set CONCORD_METRICS_TOKEN to turn them on.');
    const headers = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers;
    const authorization = typeof headers.authorization === 'string' ? headers.authorization : '';
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? '';
    // Compared as digests, in constant time: the answer's timing tells nothing about the token.
    if (!timingSafeEqual(digest(token), this.expected)) {
      throw new UnauthorizedException('GET /metrics needs Authorization: Bearer <CONCORD_METRICS_TOKEN>.');
    }
    return true;
  }
}
