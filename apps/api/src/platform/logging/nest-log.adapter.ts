// Nest's Logger (used by the framework and by `new Logger('Area')` in our code) writes through the
// app's pino log. The framework's start-up chatter (modules loaded, routes mapped) goes to debug.
import type { LoggerService } from '@nestjs/common';
import type { AppLog } from './app-log.js';

const FRAMEWORK = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'GraphQLModule',
]);

type Level = 'debug' | 'info' | 'warn' | 'error';

export class NestLogAdapter implements LoggerService {
  constructor(private readonly app: AppLog) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  /** Nest calls error(message, stack?, context?). */
  error(message: unknown, ...rest: unknown[]): void {
    const stack = rest.length >= 2 && typeof rest[0] === 'string' ? rest[0] : undefined;
    this.write('error', message, rest, stack);
  }

  private write(level: Level, message: unknown, rest: unknown[], stack?: string): void {
    const last = rest[rest.length - 1];
    const context = typeof last === 'string' && last !== stack ? last : undefined;
    const effective: Level = context && FRAMEWORK.has(context) && level === 'info' ? 'debug' : level;
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    if (message instanceof Error) {
      fields.err = message.stack ?? message.message;
      this.app[effective](fields, message.message);
      return;
    }
    if (stack) fields.err = stack;
    this.app[effective](fields, typeof message === 'string' ? message : JSON.stringify(message));
  }
}
