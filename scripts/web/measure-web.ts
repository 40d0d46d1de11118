// `npm run measure:web`: how heavy the proposal page is and how fast it renders, measured in headless
// Chromium against the built server on loopback (a scratch database with the demo data and one open
// proposal). It prints the numbers; it is not a timed test. Exits 1 only when the page sends more
// than 250 kB of scripts and styles, the budget the web app keeps.
//   DATABASE_URL   a PostgreSQL that may create databases (default postgres://postgres@127.0.0.1:5432/postgres)
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, scriptsAndStyles } from './browser.js';
import { openProposalScene, signInToken } from './scene.js';
import { startWebServer } from './web-server.js';

const BUDGET = 250 * 1024;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/** Sizes of the build's own files (identity, gzip, brotli), for the table beside what the browser got. */
function builtSizes(root: string): Map<string, { raw: number; gz: number; br: number }> {
  const dir = path.join(root, 'dist/web/assets');
  const sizes = new Map<string, { raw: number; gz: number; br: number }>();
  for (const name of readdirSync(dir).filter((n) => /\.(js|css)$/.test(n))) {
    const size = (ext: string) => {
      try {
        return statSync(path.join(dir, name + ext)).size;
      } catch {
        return 0;
      }
    };
    sizes.set(`/assets/${name}`, { raw: size(''), gz: size('.gz'), br: size('.br') });
  }
  return sizes;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const server = await startWebServer({
    adminUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    root,
  });
  const browser = await launchBrowser();
  try {
    const { proposalId } = await openProposalScene(server.url, 'Measured proposal');
    const token = await signInToken(server.url, 'us@kp.example');
    const url = `${server.url}/proposals/${proposalId}`;
    const cold: number[] = [];
    const warm: number[] = [];
    let transfers: Awaited<ReturnType<typeof scriptsAndStyles>> = [];
    for (let run = 0; run < RUNS; run++) {
      // A new context each time: an empty cache, as a delegate's first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(`sessionStorage.setItem('concord.token', ${JSON.stringify(token)})`);
      const page = await context.newPage();
      // In the page (a function, not a string: the page's CSP refuses eval): the moment the tally shows.
      const shown = () => {
        const w = globalThis as unknown as {
          document: { querySelector(s: string): { textContent: string | null } | null };
          performance: { now(): number };
        };
        const tally = w.document.querySelector('[aria-labelledby="tally-heading"]');
        return tally && /Support: \d/.test(tally.textContent ?? '') ? w.performance.now() : false;
      };
      const rendered = async () =>
        (await page.waitForFunction(shown, undefined, { polling: 'raf' })).jsonValue() as Promise<number>;
      await page.goto(url, { waitUntil: 'commit' });
      cold.push(Math.round(await rendered()));
      transfers = await scriptsAndStyles(page);
      await page.reload({ waitUntil: 'commit' });
      warm.push(Math.round(await rendered()));
      await context.close();
    }
    const built = builtSizes(root);
    const sent = transfers.reduce((n, t) => n + t.sent, 0);
    const decoded = transfers.reduce((n, t) => n + t.decoded, 0);
    const lines = [
      `proposal page (${url.replace(server.url, '')}), as a delegate, Chromium on loopback:`,
      '  scripts and styles:',
      ...transfers.map((t) => {
        const b = built.get(t.path);
        return `    ${t.path.padEnd(40)} sent ${kB(t.sent).padStart(9)}   decoded ${kB(t.decoded).padStart(9)}${b ? `   (brotli ${kB(b.br)}, gzip ${kB(b.gz)})` : ''}`;
      }),
      `  total sent: ${kB(sent)} (budget ${kB(BUDGET)}); decoded: ${kB(decoded)}`,
      `  with brotli (HTTPS clients): ${kB(transfers.reduce((n, t) => n + (built.get(t.path)?.br ?? t.sent), 0))}`,
      `  render, navigation start to the Tally shown (median of ${RUNS}): cold ${median(cold)} ms, warm ${median(warm)} ms`,
      `    cold runs: ${cold.join(', ')} ms; warm runs: ${warm.join(', ')} ms`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (sent > BUDGET) {
      process.stderr.write(
        `the proposal page sends ${kB(sent)} of scripts and styles: over the ${kB(BUDGET)} budget\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`measure:web failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
