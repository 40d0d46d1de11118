// Jest global teardown for `npm run test:web`: stops the built server (dropping its database), prints
// what the browser tests measured (axe results per page, 375 px, live-update delays), then stops the
// embedded PostgreSQL if the setup started one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import baseTeardown from '../../support/global-teardown.mjs';

function summary() {
  const file = path.resolve('.data/web-report.jsonl');
  if (!existsSync(file)) return;
  const entries = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const pages = entries.filter((e) => e.page);
  const delays = entries.filter((e) => typeof e.liveDelayMs === 'number').map((e) => e.liveDelayMs);
  const lines = [
    `browser checks: ${pages.length} page views, ${new Set(pages.map((p) => p.page)).size} distinct pages;`,
    `  axe serious/critical WCAG 2.1 A/AA violations: ${pages.reduce((n, p) => n + p.axe, 0)};`,
    `  sideways scrolling at 375 px: ${pages.filter((p) => p.sideways).length};`,
  ];
  const weight = entries.find((e) => typeof e.proposalPageBytes === 'number');
  if (weight)
    lines.push(
      `  proposal page scripts and styles as sent: ${(weight.proposalPageBytes / 1024).toFixed(1)} kB (budget 250 kB);`,
    );
  if (delays.length > 0)
    lines.push(
      `  live tally delay (another delegate's position to this page): ${delays.map((d) => `${d} ms`).join(', ')}`,
    );
  process.stdout.write(`\n${lines.join('\n')}\n`);
}

export default async function webGlobalTeardown() {
  try {
    await globalThis.__CONCORD_WEB_SERVER__?.stop();
  } finally {
    summary();
    await baseTeardown();
  }
}
