// Headless Chromium for the browser tests and the page measurement: Debian's chromium driven by
// playwright-core (no browser download), contexts that refuse and record every request leaving the
// server, axe-core run in the page, and the 375 px check.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No sandbox as root in a container; no background traffic that would leave the machine.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface Guarded {
  context: BrowserContext;
  /** URLs the pages asked for outside the server (all refused). */
  external: string[];
  /** Content-Security-Policy violations and uncaught errors reported by the pages. */
  problems: string[];
}

/** A browser context whose pages may reach `base` only. */
export async function guardedContext(browser: Browser, base: string, width = 1280, height = 900): Promise<Guarded> {
  const origin = new URL(base).origin;
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB', timezoneId: 'UTC' });
  const external: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  context.on('page', (page) => watch(page, origin, external, problems));
  return { context, external, problems };
}

function watch(page: Page, origin: string, external: string[], problems: string[]): void {
  page.on('websocket', (ws) => {
    const u = new URL(ws.url());
    if (`http://${u.host}` !== origin && `https://${u.host}` !== origin) external.push(ws.url());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text()))
      problems.push(`CSP: ${msg.text()}`);
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it stands; the serious and critical violations.
 * Evaluated through DevTools rather than a <script> tag, which the page's CSP rightly refuses.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource);
  const found = (await page.evaluate(async () => {
    // In the page: typed loosely, as this file is compiled without the DOM's types.
    const w = globalThis as unknown as {
      document: unknown;
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
    };
    const result = await w.axe.run(w.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  })) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Whether the page scrolls sideways at 375 px wide (then restores the viewport). */
export async function scrollsSideways(page: Page, width = 375): Promise<boolean> {
  const before = page.viewportSize();
  await page.setViewportSize({ width, height: 800 });
  const wide = await page.evaluate(() => {
    const w = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
    return w.document.documentElement.scrollWidth > w.innerWidth;
  });
  if (before) await page.setViewportSize(before);
  return wide;
}

export interface Transfer {
  path: string;
  /** Bytes as sent (compressed). */
  sent: number;
  /** Bytes once decoded. */
  decoded: number;
}

/** The scripts and stylesheets the page loaded so far, with their sizes as sent and decoded. */
export async function scriptsAndStyles(page: Page): Promise<Transfer[]> {
  return page.evaluate(() => {
    const perf = (
      globalThis as unknown as {
        performance: {
          getEntriesByType(t: string): { name: string; encodedBodySize: number; decodedBodySize: number }[];
        };
      }
    ).performance;
    return perf
      .getEntriesByType('resource')
      .filter((e) => /\.(js|css)(\?|$)/.test(e.name))
      .map((e) => ({ path: new URL(e.name).pathname, sent: e.encodedBodySize, decoded: e.decodedBodySize }));
  });
}
