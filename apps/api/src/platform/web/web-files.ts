// The built web app (`npm run build` writes it to dist/web), read into memory once at start: a few
// hundred kilobytes of hashed assets, each with the brotli and gzip copies the build made beside it
// (`app-3f2a.js`, `app-3f2a.js.br`, `app-3f2a.js.gz`), so no request ever compresses anything.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface WebFile {
  /** URL path, e.g. "/assets/app-3f2a.js". */
  urlPath: string;
  contentType: string;
  /** Bytes by content encoding; `identity` is always there. */
  bodies: Partial<Record<Encoding, Buffer>> & { identity: Buffer };
  /** Strong validator of the identity bytes (each encoding gets its own suffix). */
  etag: string;
  /** Vite names built assets `<name>-<hash>.<ext>` under assets/: their bytes never change. */
  immutable: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full, `${prefix}/${name}`));
    else out.push(`${prefix}/${name}`);
  }
  return out;
}

/** Every file of the build by URL path, or null when there is no build (no index.html). */
export function loadWebFiles(dir: string): Map<string, WebFile> | null {
  if (!existsSync(path.join(dir, 'index.html'))) return null;
  const files = new Map<string, WebFile>();
  const all = walk(dir);
  const present = new Set(all);
  for (const urlPath of all) {
    if (urlPath.endsWith('.br') || urlPath.endsWith('.gz')) continue;
    const identity = readFileSync(path.join(dir, urlPath));
    const bodies: WebFile['bodies'] = { identity };
    if (present.has(`${urlPath}.br`)) bodies.br = readFileSync(path.join(dir, `${urlPath}.br`));
    if (present.has(`${urlPath}.gz`)) bodies.gzip = readFileSync(path.join(dir, `${urlPath}.gz`));
    files.set(urlPath, {
      urlPath,
      contentType: CONTENT_TYPES[path.extname(urlPath)] ?? 'application/octet-stream',
      bodies,
      etag: createHash('sha256').update(identity).digest('base64url').slice(0, 27),
      immutable: /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(urlPath),
    });
  }
  return files;
}

/**
 * The encoding to send: brotli, else gzip, else none, among those the client accepts
 * (`Accept-Encoding`, q=0 refuses one) and the build has.
 */
export function chooseEncoding(acceptEncoding: string | undefined, file: WebFile): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (file.bodies.br && ok('br')) return 'br';
  if (file.bodies.gzip && ok('gzip')) return 'gzip';
  return 'identity';
}
