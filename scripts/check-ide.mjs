// `npm run check:ide`: opens the GraphQL IDE of a running Concord in headless Chromium, runs a query
// through it and checks the answer, with every request outside the server refused. It proves what
// a unit test cannot: the page renders and works with no internet (no CDN). Kept out of `npm test`
// because it needs a browser; CI installs Debian's chromium first.
//   CONCORD_URL   the server to check (default http://127.0.0.1:3000)
//   CHROMIUM_PATH the browser (default /usr/bin/chromium: apt-get install -y chromium)
// Writes a screenshot to .data/ide.png. Exits 0 when the IDE works, 1 with the reason otherwise.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = new URL(process.env.CONCORD_URL ?? 'http://127.0.0.1:3000');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dataDir = fileURLToPath(new URL('../.data/', import.meta.url));
const screenshotPath = `${dataDir}ide.png`;
const QUERY = '{ __typename }';
const TIMEOUT_MS = 30_000;

function fail(message) {
  console.error(`check:ide FAILED: ${message}`);
  process.exitCode = 1;
}

if (!existsSync(executablePath)) {
  fail(
    `no Chromium at ${executablePath}. Install it (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  // The same flags CI uses: no sandbox as root in a container, and no background traffic that
  // would show up as requests to the outside world.
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const external = [];
const pageErrors = [];
let page;
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // The point of the offline IDE: refuse anything not served by Concord itself, and say so.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base.origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const endpoint = new URL('/graphql', base).href;
  const response = await page.goto(endpoint, { waitUntil: 'load' });
  if (response === null || !response.ok())
    throw new Error(`GET ${endpoint} answered ${response?.status() ?? 'nothing'}`);
  const contentType = response.headers()['content-type'] ?? '';
  if (!contentType.includes('text/html')) throw new Error(`GET ${endpoint} answered ${contentType}, not the IDE page`);

  await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ state: 'visible' });
  await page.locator('.graphiql-execute-button').waitFor({ state: 'visible' });

  // GraphiQL 3's editors are CodeMirror 5 instances: set the text through its API, as typing
  // into it is at the mercy of auto-closing brackets.
  await page.evaluate((query) => {
    const editor = document.querySelector('.graphiql-query-editor .CodeMirror');
    editor.CodeMirror.setValue(query);
  }, QUERY);
  await page.locator('.graphiql-execute-button').click();

  const readResult = () =>
    page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? '');
  await page.waitForFunction(
    () => (document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? '').includes('"data"'),
    undefined,
    { timeout: TIMEOUT_MS },
  );
  const result = await readResult();
  if (!result.includes('"__typename"')) throw new Error(`the result pane shows no data:\n${result}`);

  mkdirSync(dataDir, { recursive: true });
  await page.screenshot({ path: screenshotPath });

  if (external.length > 0)
    throw new Error(`the page asked for resources outside ${base.origin}:\n  ${external.join('\n  ')}`);
  if (pageErrors.length > 0) throw new Error(`the page threw:\n  ${pageErrors.join('\n  ')}`);
  console.log(
    `check:ide OK: ${endpoint} renders GraphiQL offline and ran ${QUERY}:\n${result}\nScreenshot: ${screenshotPath}`,
  );
} catch (error) {
  if (page !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    await page.screenshot({ path: screenshotPath }).catch(() => undefined);
  }
  const details = [
    error instanceof Error ? error.message : String(error),
    ...(external.length > 0 ? [`refused external requests: ${external.join(', ')}`] : []),
    ...(pageErrors.length > 0 ? [`page errors: ${pageErrors.join(' | ')}`] : []),
    `screenshot (if any): ${screenshotPath}`,
  ];
  fail(details.join('\n'));
} finally {
  await browser.close();
}
