// Serves the web app (apps/web, built into dist/web) at `/`: hashed assets cached for a year as
// immutable, index.html revalidated on every load, brotli or gzip copies made at build time, and
// every other page path (`/meetings/42`, `/register/KP/2026/7`) answered with index.html so the
// client's router shows it. The server's own routes keep theirs. Written against Node's plain
// request and response, so no HTTP framework leaks into it (Fastify asks resolveWebRequest first).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chooseEncoding, type WebFile } from './web-files.js';

/**
 * Paths the server answers itself: never the web app's, even when nothing there matches (an
 * unknown record is the exporter's 404, not a page). A new server route outside these prefixes
 * must be added here.
 */
export const SERVER_PREFIXES = [
  '/graphql',
  '/ide',
  '/records',
  '/health',
  '/ready',
  '/metrics',
  '/reports',
  '/opendata',
  '/minutes',
  '/calendar',
  '/.well-known',
] as const;

/**
 * The policy the hardening work sends on pages; the web app is built to live under it (no inline
 * script or style, nothing from another host), and index.html carries it already.
 */
export const WEB_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss:; frame-ancestors 'none'";

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

export function isServerPath(pathname: string): boolean {
  return SERVER_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`) || pathname.startsWith(`${p}.`));
}

/** A page path the client router owns: no file extension in its last segment, not under /assets. */
function isPagePath(pathname: string): boolean {
  if (pathname.startsWith('/assets/')) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.');
}

/** Sends a file of the build: the best encoding the client accepts, its caching, and 304 when unchanged. */
export function sendWebFile(req: IncomingMessage, res: ServerResponse, { file, cacheControl }: WebAnswer): void {
  const encoding = chooseEncoding(req.headers['accept-encoding'], file);
  const body = file.bodies[encoding]!;
  const etag = `"${file.etag}${encoding === 'identity' ? '' : `-${encoding}`}"`;
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', etag);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (file.contentType.startsWith('text/html')) {
    res.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
    res.setHeader('Referrer-Policy', 'same-origin');
  }
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  const inm = req.headers['if-none-match'];
  if (inm !== undefined && inm.split(',').some((t) => t.trim() === etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Length', String(body.length));
  res.end(req.method === 'HEAD' ? undefined : body);
}

export interface WebAnswer {
  file: WebFile;
  cacheControl: string;
}

/**
 * What the web app answers for a request, or null when it is not the web app's (another method, a
 * server path, a missing asset). Apart from sending, so that any HTTP adapter can ask first.
 */
export function resolveWebRequest(
  files: Map<string, WebFile>,
  method: string | undefined,
  url: string,
): WebAnswer | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.split('?')[0]!);
  } catch {
    return null;
  }
  if (isServerPath(pathname)) return null;
  const index = files.get('/index.html')!;
  const file = pathname === '/' ? index : files.get(pathname);
  if (file) return { file, cacheControl: file === index || !file.immutable ? 'no-cache' : YEAR_IMMUTABLE };
  return isPagePath(pathname) ? { file: index, cacheControl: 'no-cache' } : null;
}
