// The proposal page's weight as a delegate's browser receives it on a first visit: at most 250 kB of
// scripts and styles as sent (compressed). A size, not a time: `npm run measure:web` reports the
// render time. Also the page on a 375 px phone, for the README.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { scriptsAndStyles } from '../../scripts/web/browser.js';
import { openProposalScene } from '../../scripts/web/scene.js';
import { baseUrl, checkPage, report, SCREENSHOTS, signIn, visitor, withBrowser } from './support/web-test.js';

let browser: Browser;
let proposalId = '';

beforeAll(async () => {
  browser = await withBrowser();
  proposalId = (await openProposalScene(baseUrl(), `Weighed proposal ${Date.now().toString(36)}`)).proposalId;
});

afterAll(async () => {
  await browser?.close();
});

describe('the proposal page', () => {
  it('sends at most 250 kB of scripts and styles, compressed, on a first visit', async () => {
    const v = await visitor(browser);
    await signIn(v.page, 'bw@kp.example', `/proposals/${proposalId}`);
    await v.page.getByRole('region', { name: 'Tally' }).waitFor();
    // The signed-in context has the files cached by now: weigh a fresh context handed the same token.
    const token = await v.page.evaluate("sessionStorage.getItem('concord.token')");
    const cold = await visitor(browser);
    await cold.context.addInitScript(`sessionStorage.setItem('concord.token', ${JSON.stringify(token)})`);
    await cold.page.goto(`${baseUrl()}/proposals/${proposalId}`);
    await cold.page
      .getByRole('region', { name: 'Tally' })
      .getByText(/^Support: \d+$/)
      .waitFor();
    const files = await scriptsAndStyles(cold.page);
    const sent = files.reduce((n, f) => n + f.sent, 0);
    report({ proposalPageBytes: sent, files });
    expect(files.length).toBeGreaterThan(1);
    expect(sent).toBeLessThanOrEqual(250 * 1024);
    await v.context.close();
    await cold.context.close();
  });

  it('fits a 375 px phone', async () => {
    const phone = await visitor(browser, 375);
    await signIn(phone.page, 'bw@kp.example', `/proposals/${proposalId}`);
    await phone.page.getByRole('region', { name: 'Tally' }).waitFor();
    await checkPage(phone, 'proposal-phone');
    await phone.page.screenshot({ path: path.join(SCREENSHOTS, 'proposal-phone.png'), fullPage: true });
    await phone.context.close();
  });
});
