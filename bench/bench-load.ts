// One measured load: closed-loop clients (each sends its next request when the answer to the last
// one arrives) for a warm-up, then for the measured seconds, with the server's CPU time per answer.
// When profiling, the measured window is written down so the profile can be cut to it.
import autocannon, { type Result } from 'autocannon';
import { cpuSeconds } from './bench-processes.js';

export interface Request {
  headers: Record<string, string>;
  body?: string;
}

export interface Measured {
  /** 2xx answers per second over the measured seconds. */
  rate: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** Server CPU milliseconds per answer (user + system, all its threads). */
  cpuMs: number;
  /** 2xx answers over warm-up and run together. */
  okWithWarmup: number;
}

export interface Window {
  name: string;
  /** Microseconds on the monotonic clock, as in a V8 CPU profile's timestamps. */
  startUs: number;
  endUs: number;
}

export const windows: Window[] = [];

function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

export interface LoadOptions {
  name: string;
  pid: number;
  url: string;
  method: 'GET' | 'POST';
  /** One per client: client i sends requests[i] over and over (a delegate with its own token). */
  requests: Request[];
  warmupSeconds: number;
  seconds: number;
}

export async function load(o: LoadOptions): Promise<Measured> {
  let next = 0;
  const opts = {
    url: o.url,
    method: o.method,
    connections: o.requests.length,
    setupClient: (client: { setHeaders(h: Record<string, string>): void; setBody(b: string): void }) => {
      const r = o.requests[next++ % o.requests.length];
      client.setHeaders(r.headers);
      if (r.body !== undefined) client.setBody(r.body);
    },
  };
  const warm = o.warmupSeconds > 0 ? await autocannon({ ...opts, duration: o.warmupSeconds }) : null;
  next = 0;
  const cpuBefore = cpuSeconds(o.pid);
  const startUs = nowUs();
  const result: Result = await autocannon({ ...opts, duration: o.seconds });
  windows.push({ name: o.name, startUs, endUs: nowUs() });
  const answered = result['2xx'] + result.non2xx;
  return {
    rate: result['2xx'] / (result.duration || o.seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    cpuMs: answered > 0 ? ((cpuSeconds(o.pid) - cpuBefore) * 1000) / answered : 0,
    okWithWarmup: (warm?.['2xx'] ?? 0) + result['2xx'],
  };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function describe(name: string, m: Measured): string {
  return (
    `${name.padEnd(30)} ${m.rate.toFixed(0).padStart(6)} req/s   p50 ${String(m.p50).padStart(4)} ms   ` +
    `p99 ${String(m.p99).padStart(4)} ms   server CPU ${m.cpuMs.toFixed(2)} ms/req   ` +
    `(${m.ok} ok, ${m.non2xx} non-2xx, ${m.errors} errors)`
  );
}
