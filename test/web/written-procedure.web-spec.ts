// A written procedure in the browser: the chair starts one from home and its deadline counts down;
// delegates take positions; closing early while members are silent is refused in words; the chair
// withdraws it. Then a procedure whose deadline passes while a delegate's page is open: the position
// clicked after the deadline is refused as DEADLINE_PASSED, and the page shows the outcome when the
// deadline worker closes it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { m } from '../../apps/web/src/messages.js';
import { api, checkPage, go, signIn, tokenFor, visitor, withBrowser, type Visitor } from './support/web-test.js';

let browser: Browser;
let chair: Visitor;
let us: Visitor;
const stamp = Date.now().toString(36);

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const alertText = async (page: Page) => {
  await page.getByRole('alert').waitFor();
  return page.getByRole('alert').textContent();
};

beforeAll(async () => {
  browser = await withBrowser();
  chair = await visitor(browser);
  us = await visitor(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('a written procedure started from home', () => {
  const title = `Administrative decision ${stamp}`;
  let path = '';

  it('the chair starts it; its deadline counts down, in the organisation’s time zone', async () => {
    await signIn(chair.page, 'eu@kp.example');
    const form = chair.page.getByRole('form', { name: m.written.title });
    await form.getByLabel(m.written.body).selectOption({ label: 'Participation Committee' });
    await form.getByLabel(m.written.proposalTitle).fill(title);
    await form.getByLabel(m.written.text).fill('The Committee approves its 2027 work programme.');
    await button(chair.page, m.written.submit).click();
    await chair.page.getByRole('heading', { level: 1, name: title }).waitFor();
    path = new URL(chair.page.url()).pathname;
    await chair.page
      .getByRole('timer')
      .getByText(/^13 days and 23 hours left$|^14 days left$/)
      .waitFor();
    await chair.page.getByText(m.words.procedure.WRITTEN, { exact: true }).waitFor();
    await checkPage(chair, 'proposal-written-chair');
  });

  it('delegates take positions; the chair may not close early while members are silent, and withdraws it', async () => {
    await signIn(us.page, 'us@kp.example', path);
    await button(us.page, 'Object').click();
    await us.page.getByText(m.proposal.recorded('Object')).waitFor();
    // A stance can be changed until the close.
    await button(us.page, 'Support').click();
    await us.page.getByText(m.proposal.recorded('Support')).waitFor();
    await us.page.getByRole('region', { name: 'Tally' }).getByText('Object: 0', { exact: true }).waitFor();
    await checkPage(us, 'proposal-written-delegate', { screenshot: true });
    await chair.page.getByRole('region', { name: 'Tally' }).getByText('Support: 1', { exact: true }).waitFor();
    await button(chair.page, 'Close proposal').click();
    await button(chair.page, 'Confirm close').click();
    expect(await alertText(chair.page)).toBe(m.errors.POSITIONS_OUTSTANDING);
    await button(chair.page, m.proposal.withdraw).click();
    await chair.page.getByLabel(m.proposal.withdrawReason).fill('Superseded by the Plenary’s decision.');
    await button(chair.page, m.proposal.withdrawSubmit).click();
    await chair.page.getByText(m.proposal.withdrawn('Superseded by the Plenary’s decision.')).first().waitFor();
    await us.page.getByText(m.words.proposal.WITHDRAWN, { exact: true }).waitFor({ timeout: 2000 });
    expect(await button(us.page, 'Support').count()).toBe(0);
  });
});

describe('a written procedure whose deadline passes while a delegate reads it', () => {
  it('a position after the deadline is DEADLINE_PASSED; the page then shows the outcome the worker decided', async () => {
    const token = await tokenFor('secretariat@kp.example');
    const { organization } = await api<{ organization: { bodies: { id: string; code: string }[] } }>(
      '{ organization { bodies { id code } } }',
      {},
      token,
    );
    const pc = organization.bodies.find((b) => b.code === 'PC')!;
    // Far enough ahead for the page to open on a busy machine; the test waits for the state, not the clock.
    const deadline = new Date(Date.now() + 8000).toISOString();
    const { startWrittenProcedure } = await api<{ startWrittenProcedure: { id: string } }>(
      'mutation ($i: StartWrittenProcedureInput!) { startWrittenProcedure(input: $i) { id } }',
      { i: { bodyId: pc.id, title: `Urgent note verbale ${stamp}`, text: 'The Committee takes note.', deadline } },
      token,
    );
    const id = startWrittenProcedure.id;
    // Hold the proposal as a position being recorded does (FOR SHARE): the deadline worker skips a
    // proposal it cannot lock, so the moment after the deadline lasts until this test lets go.
    const db = new pg.Client({ connectionString: process.env.CONCORD_WEB_DATABASE_URL });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query('SELECT 1 FROM proposal WHERE id = $1 FOR SHARE', [id]);
      await go(us.page, `/proposals/${id}`);
      await us.page.getByRole('timer').waitFor();
      await us.page.getByRole('timer').getByText(m.time.deadlinePassed).waitFor({ timeout: 20_000 });
      await button(us.page, 'Support').click();
      expect(await alertText(us.page)).toBe(m.errors.DEADLINE_PASSED);
      await checkPage(us, 'proposal-deadline-passed');
    } finally {
      await db.query('COMMIT').catch(() => undefined);
      await db.end();
    }
    // Nobody objected: silence is not objection, and the worker adopts it at its next sweep.
    await us.page.getByRole('region', { name: m.proposal.outcome }).getByText('Adopted').waitFor({ timeout: 10_000 });
  });
});
