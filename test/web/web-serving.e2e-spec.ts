// The server's side of the web app (apps/api/src/platform/web): the build served at / with hashed
// assets cached for a year, index.html revalidated, the precompressed copies chosen by
// Accept-Encoding, page paths answered with index.html, and every server route left alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';

const INDEX =
  '<!doctype html><html lang="en"><head><title>Concord</title></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

let app: TestApp;
let dir: string;

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${app.url}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'concord-web-build-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), INDEX);
  writeFileSync(path.join(dir, 'index.html.br'), brotliCompressSync(INDEX));
  writeFileSync(path.join(dir, 'index.html.gz'), gzipSync(INDEX));
  writeFileSync(path.join(dir, 'assets/app-AbCd1234.js'), SCRIPT);
  writeFileSync(path.join(dir, 'assets/app-AbCd1234.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(path.join(dir, 'assets/app-AbCd1234.js.gz'), gzipSync(SCRIPT));
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await startTestApp({ env: { CONCORD_WEB_DIR: dir } });
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the web app at /', () => {
  it('serves index.html revalidated on every load, under the content security policy', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss:; frame-ancestors 'none'",
    );
    expect(res.body.toString()).toBe(INDEX);
    const again = await get('/', { 'if-none-match': res.headers.etag! });
    expect(again.status).toBe(304);
  });

  it('answers every page path with index.html, so the browser’s router shows it', async () => {
    for (const page of [
      '/sign-in',
      '/meetings/42',
      '/proposals/x',
      '/register',
      '/register/KP/2026/7',
      '/desk',
      '/nowhere',
    ]) {
      const res = await get(page, { accept: 'text/html' });
      expect({ page, status: res.status, body: res.body.toString() }).toEqual({ page, status: 200, body: INDEX });
    }
  });

  it('sends hashed assets immutable for a year, brotli or gzip as the client accepts, identity otherwise', async () => {
    const br = await get('/assets/app-AbCd1234.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gz = await get('/assets/app-AbCd1234.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const refusedBr = await get('/assets/app-AbCd1234.js', { 'accept-encoding': 'br;q=0, gzip' });
    expect(refusedBr.headers['content-encoding']).toBe('gzip');
    const plain = await get('/assets/app-AbCd1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const head = await get('/assets/app-AbCd1234.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(SCRIPT)));
    expect(head.body.length).toBe(0);
  });

  it('keeps files that are not hashed revalidated, and answers a missing asset with a 404, not a page', async () => {
    const icon = await get('/favicon.svg');
    expect(icon.headers['cache-control']).toBe('no-cache');
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect((await get('/assets/gone-AbCd1234.js')).status).toBe(404);
    expect((await get('/robots.txt')).status).toBe(404);
  });

  it('leaves the server’s own routes to the server: the API, the IDE, health, exports, feeds', async () => {
    const health = await get('/health');
    expect(health.status).toBe(200);
    expect(health.body.toString()).not.toContain('<div id="root">');
    const ide = await get('/graphql', { accept: 'text/html' });
    expect(ide.body.toString()).toContain('graphiql');
    for (const server of [
      '/records/KP-2026-999.json',
      '/calendar/bodies/00000000-0000-0000-0000-000000000000.ics',
      '/.well-known/concord-signing-keys.json',
      '/reports/attendance.csv',
      '/opendata/popolo.json',
      '/minutes/KP-PLEN-2026-M1.json',
      '/metrics',
    ]) {
      const res = await get(server, { accept: 'text/html' });
      expect({ server, index: res.body.toString() === INDEX }).toEqual({ server, index: false });
    }
    const api = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await api.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
