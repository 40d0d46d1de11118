// After the decision, in the browser: the secretariat finds the draft record at home, previews it on
// the desk exactly as it will be published and publishes it; anyone finds it in the public register,
// reads it (boycott statement included) and checks its hash against the JSON file; the secretariat
// issues a corrigendum, verifies the chain and finds the publication in the audit log. The decision
// itself is taken through the API (the committee story takes one in the browser).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { m } from '../../apps/web/src/messages.js';
import { decide, openProposalScene } from '../../scripts/web/scene.js';
import {
  api,
  baseUrl,
  checkPage,
  go,
  signIn,
  tokenFor,
  visitor,
  withBrowser,
  type Visitor,
} from './support/web-test.js';

const PROPOSAL = `Admission of Mozambique, record ${Date.now().toString(36)}`;
const BOYCOTT = 'The Russian Federation will not take part in this session.';
const US_STATEMENT = 'The United States welcomes Mozambique.';

let browser: Browser;
let desk: Visitor;
let reference = '';
let recordNumber = '';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

beforeAll(async () => {
  browser = await withBrowser();
  const { proposalId, participants } = await openProposalScene(baseUrl(), PROPOSAL, { boycott: BOYCOTT });
  await decide(baseUrl(), proposalId, participants, [
    ['US', 'SUPPORT', US_STATEMENT],
    ['GB', 'ABSTAIN', 'The United Kingdom stands aside.'],
  ]);
  const { proposal } = await api<{ proposal: { reference: string } }>(
    'query ($id: ID!) { proposal(id: $id) { reference } }',
    { id: proposalId },
    await tokenFor('secretariat@kp.example'),
  );
  reference = proposal.reference;
});

afterAll(async () => {
  await browser?.close();
});

describe('the secretariat publishes, and anyone checks the record', () => {
  it('the secretariat sees the draft at home, previews it on the desk and publishes it', async () => {
    desk = await visitor(browser);
    await signIn(desk.page, 'secretariat@kp.example');
    await desk.page.getByRole('region', { name: m.home.drafts }).getByText(PROPOSAL, { exact: false }).waitFor();
    await checkPage(desk, 'home-secretariat', { screenshot: true });
    await desk.page.getByRole('link', { name: m.home.draftsLink }).click();
    await desk.page.getByRole('heading', { level: 1, name: m.desk.title }).waitFor();
    await button(desk.page, m.desk.preview(reference)).click();
    const preview = desk.page.getByRole('article', { name: m.record.draftTitle(reference) });
    await preview.getByText(US_STATEMENT).waitFor();
    await preview.getByText(m.meeting.boycottStatement(BOYCOTT)).waitFor();
    await preview.getByText(m.record.numberPending).waitFor();
    await checkPage(desk, 'desk', { screenshot: true, fullPage: false });
    await button(desk.page, m.desk.publish).click();
    const status = desk.page.getByText(/^Published as /);
    await status.waitFor();
    recordNumber = /^Published as (.+)\.$/.exec((await status.textContent()) ?? '')![1]!;
    expect(recordNumber).toMatch(/^KP\/\d{4}\/\d+$/);
  });

  it('anyone finds it in the register, reads it and checks its hash with the JSON file', async () => {
    const reader = await visitor(browser);
    await go(reader.page, '/register');
    await reader.page.getByRole('link', { name: recordNumber, exact: true }).click();
    await reader.page.getByRole('heading', { level: 1, name: m.record.title(recordNumber) }).waitFor();
    const hash = (await reader.page.locator('code.hash').first().textContent()) ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const json = await reader.page.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href');
    const bytes = await (await reader.page.request.get(`${baseUrl()}${json}`)).body();
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
    for (const name of ['Markdown', 'PDF']) {
      const href = await reader.page.getByRole('link', { name, exact: true }).getAttribute('href');
      expect((await reader.page.request.get(`${baseUrl()}${href}`)).status()).toBe(200);
    }
    await reader.page.getByText(`sha256sum`, { exact: false }).first().waitFor();
    await reader.page.getByText(m.meeting.boycottStatement(BOYCOTT)).waitFor();
    await checkPage(reader, 'record', { screenshot: true });
    await go(reader.page, '/register');
    const feed = reader.page.getByRole('link', { name: m.register.calendarLink('Participation Committee') });
    const ics = await reader.page.request.get(`${baseUrl()}${await feed.getAttribute('href')}`);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    // Filtered by body and year, the record is still there; by another year, it is not.
    await reader.page.getByLabel(m.register.body).selectOption({ label: 'Participation Committee' });
    await reader.page.getByLabel(m.register.year).selectOption(recordNumber.split('/')[1]!);
    await button(reader.page, m.register.apply).click();
    await reader.page.getByRole('link', { name: recordNumber, exact: true }).waitFor();
    await checkPage(reader, 'register', { screenshot: true });
    await go(reader.page, `/register?year=1999`);
    await reader.page.getByText(m.register.empty).waitFor();
    await reader.context.close();
  });

  it('the secretariat issues a corrigendum, verifies the chain and finds the publication in the audit log', async () => {
    const page = desk.page;
    await page.getByLabel(m.desk.corrigendumRecord).selectOption({ label: `${recordNumber}: ${PROPOSAL}` });
    await page.getByLabel(m.desk.corrigendumReason).fill('A typing error in the date.');
    await page.getByLabel(m.desk.corrigendumText).fill('Read "1 January 2027".');
    await button(page, m.desk.corrigendumSubmit).click();
    await page.getByText(m.desk.corrigendumIssued(1, recordNumber)).waitFor();
    await button(page, m.desk.verify).click();
    await page.getByText(/^The chain is intact: \d+ entries checked\.$/).waitFor();
    await page.getByLabel(m.desk.auditEntity).selectOption('DecisionRecord');
    await button(page, m.desk.auditFilter).click();
    await page.getByRole('list').getByText('publishDecisionRecord').first().waitFor();
    await checkPage(desk, 'desk-after');
    await desk.context.close();
  });

  it('a delegate who opens the desk is told it is the secretariat’s', async () => {
    const v = await visitor(browser);
    await signIn(v.page, 'us@kp.example', '/desk');
    await v.page.getByText(m.desk.onlySecretariat).waitFor();
    expect(await v.page.getByRole('link', { name: m.app.desk }).count()).toBe(0);
    await checkPage(v, 'desk-not-secretariat');
    await v.context.close();
  });
});
