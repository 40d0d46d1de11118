// The process's one logger (pino): JSON lines in production, one plain line per entry in development,
// every entry sanitised (log-sanitizer.ts). Nest's own Logger calls reach it through NestLogAdapter.
import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config/config.js';
import { capText, MAX_MESSAGE, sanitizeFields } from './log-sanitizer.js';

export type AppLog = Logger;

export interface LogStream {
  write(line: string): void;
}

export function createAppLog(opts: { level: LogLevel; format: 'json' | 'plain'; stream?: LogStream }): AppLog {
  // Asynchronous writes; a backlog past 8 MB (a reader that stopped reading) is dropped, not kept in
  // memory: the heap is bounded, the log is not worth the process.
  const out =
    opts.stream ??
    (opts.format === 'json' ? pino.destination({ dest: 1, sync: false, maxLength: 8 * 1024 * 1024 }) : process.stdout);
  return pino(
    {
      level: opts.level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => sanitizeFields(fields),
      },
      hooks: {
        // The message is capped too: callers interpolate input into it ("sign-in failed for <e-mail>").
        logMethod(args, method) {
          const at = typeof args[0] === 'string' ? 0 : typeof args[1] === 'string' ? 1 : -1;
          if (at >= 0) (args as unknown[])[at] = capText(args[at] as string, MAX_MESSAGE);
          method.apply(this, args);
        },
      },
    },
    opts.format === 'json' ? out : plainLines(out),
  );
}

/** A log that writes nothing (tests that do not read the log). */
export function silentLog(): AppLog {
  return pino({ level: 'silent' });
}

/** Development output: `time LEVEL [context] message key=value ...`, the stack on the lines below. */
function plainLines(out: LogStream): LogStream {
  return {
    write(line: string) {
      const { time, level, msg, context, pid: _pid, err, ...rest } = JSON.parse(line) as Record<string, unknown>;
      const fields = Object.entries(rest)
        .map(([k, v]) => ` ${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join('');
      const where = typeof context === 'string' ? `[${context}] ` : '';
      const stack = typeof err === 'string' ? `\n${err}` : '';
      out.write(
        `${String(time)} ${String(level).toUpperCase().padEnd(5)} ${where}${String(msg ?? '')}${fields}${stack}\n`,
      );
    },
  };
}
