// Jest global setup for `npm run test:web`: PostgreSQL as for npm test (DATABASE_URL, else the
// embedded one), then the built server (npm run test:web builds it first) on a scratch database
// with the demo data, shared by every browser test file.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import baseSetup from '../../support/global-setup.mjs';

export default async function webGlobalSetup() {
  await baseSetup();
  rmSync(path.resolve('.data/web-report.jsonl'), { force: true });
  const { startWebServer } = await import(pathToFileURL(path.resolve('dist/scripts/web/web-server.js')).href);
  const server = await startWebServer({ adminUrl: process.env.DATABASE_URL, root: process.cwd() });
  globalThis.__CONCORD_WEB_SERVER__ = server;
  process.env.CONCORD_WEB_URL = server.url;
  process.env.CONCORD_WEB_DATABASE_URL = server.databaseUrl;
}
