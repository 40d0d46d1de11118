// The keyboard alone: a delegate skips to the content, signs in, finds the proposal awaiting its
// position and takes it; the chair closes through the confirmation dialog; every stop on the way
// shows where the focus is. The meeting itself is set up through the API (those flows have their
// own browser tests); here only keys are pressed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { m } from '../../apps/web/src/messages.js';
import { gql, openProposalScene, signInToken } from '../../scripts/web/scene.js';
import { baseUrl, checkPage, DEMO_PASSWORD, go, visitor, withBrowser } from './support/web-test.js';

let browser: Browser;
let proposalId = '';
const PROPOSAL = `Keyboard-only decision ${Date.now().toString(36)}`;

const focused = (target: Locator) =>
  target.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement);

/** Presses Tab until `target` has the focus (at most `max` times); each stop must show a focus ring. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  if (await focused(target)) return;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'none';
      const s = getComputedStyle(el);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'visible' : el.outerHTML.slice(0, 80);
    })()`);
    expect(ring).toBe('visible');
    if (await focused(target)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function signInByKeyboard(page: Page, email: string): Promise<void> {
  await go(page, '/sign-in');
  await tabTo(page, page.getByLabel('Email', { exact: true }));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel('Password', { exact: true }));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
}

beforeAll(async () => {
  browser = await withBrowser();
  // The scene: a Participation Committee meeting in session, everyone present, a proposal open.
  proposalId = (await openProposalScene(baseUrl(), PROPOSAL)).proposalId;
});

afterAll(async () => {
  await browser?.close();
});

describe('with the keyboard alone', () => {
  it('the skip link takes the focus past the header to the page', async () => {
    const v = await visitor(browser);
    await go(v.page, '/register');
    await v.page.keyboard.press('Tab');
    const skip = v.page.getByRole('link', { name: m.app.skipToContent });
    expect(await focused(skip)).toBe(true);
    await v.page.keyboard.press('Enter');
    expect(await v.page.evaluate('document.activeElement.id')).toBe('main');
    await v.context.close();
  });

  it('a delegate signs in, opens the proposal awaiting its position and supports it with a statement', async () => {
    const v = await visitor(browser);
    await signInByKeyboard(v.page, 'gb@kp.example');
    const link = v.page.getByRole('region', { name: m.home.awaiting }).getByRole('link', { name: PROPOSAL });
    await link.waitFor();
    await tabTo(v.page, link);
    await v.page.keyboard.press('Enter');
    await v.page.getByRole('heading', { level: 1, name: PROPOSAL }).waitFor();
    // The new page's heading has the focus, so the next Tab starts from the page, not the old link.
    expect(await v.page.evaluate('document.activeElement.tagName')).toBe('H1');
    await tabTo(v.page, v.page.getByLabel('Statement', { exact: true }));
    await v.page.keyboard.type('The United Kingdom agrees.');
    await tabTo(v.page, v.page.getByRole('button', { name: 'Support', exact: true }));
    await v.page.keyboard.press('Enter');
    await v.page.getByText(m.proposal.recorded('Support')).waitFor();
    await v.page.getByRole('region', { name: 'Tally' }).getByText('Support: 1', { exact: true }).waitFor();
    await checkPage(v, 'proposal-keyboard');
    await v.context.close();
  });

  it('the chair closes the proposal through the dialog, and Escape cancels it', async () => {
    const v = await visitor(browser);
    await signInByKeyboard(v.page, 'eu@kp.example');
    await go(v.page, `/proposals/${proposalId}`);
    const close = v.page.getByRole('button', { name: 'Close proposal', exact: true });
    await tabTo(v.page, close);
    await v.page.keyboard.press('Enter');
    const dialog = v.page.getByRole('dialog', { name: m.proposal.confirmTitle });
    await dialog.waitFor();
    await v.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await tabTo(v.page, close, 5);
    await v.page.keyboard.press('Enter');
    await dialog.waitFor();
    // The dialog holds the focus: its first button is "Confirm close".
    await tabTo(v.page, v.page.getByRole('button', { name: 'Confirm close', exact: true }), 4);
    await v.page.keyboard.press('Enter');
    await v.page.getByText(m.proposal.closed('Adopted')).waitFor();
    await v.context.close();
  });

  it('the chair records attendance with one key press per participant', async () => {
    const base = baseUrl();
    const token = await signInToken(base, 'eu@kp.example');
    const { organization } = await gql<{ organization: { bodies: { id: string; code: string }[] } }>(
      base,
      '{ organization { bodies { id code } } }',
      {},
      token,
    );
    const startsAt = new Date(Date.now() + 5 * 86400000).toISOString();
    const { scheduleMeeting } = await gql<{ scheduleMeeting: { id: string } }>(
      base,
      'mutation ($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }',
      {
        i: {
          bodyId: organization.bodies.find((b) => b.code === 'PC')!.id,
          title: `Keyboard roll call ${Date.now().toString(36)}`,
          kind: 'REGULAR',
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + 3600000).toISOString(),
        },
      },
      token,
    );
    const v = await visitor(browser);
    await signInByKeyboard(v.page, 'eu@kp.example');
    await go(v.page, `/meetings/${scheduleMeeting.id}`);
    const angola = v.page.getByRole('group', { name: 'Angola (AO)' });
    await tabTo(v.page, angola.getByRole('button', { name: /^Present/ }));
    await v.page.keyboard.press('Enter');
    await angola.getByRole('button', { name: /^Present/, pressed: true }).waitFor();
    await tabTo(v.page, angola.getByRole('button', { name: /^Remote/ }), 4);
    await v.page.keyboard.press('Space');
    await angola.getByRole('button', { name: /^Remote/, pressed: true }).waitFor();
    await v.context.close();
  });

  it('a reader filters the register by year and opens the sign-in page from the header', async () => {
    const v = await visitor(browser);
    await go(v.page, '/register');
    const year = String(new Date().getFullYear());
    await tabTo(v.page, v.page.getByLabel(m.register.year, { exact: true }));
    await v.page.keyboard.type(year);
    await tabTo(v.page, v.page.getByRole('button', { name: m.register.apply, exact: true }));
    await v.page.keyboard.press('Enter');
    await v.page.waitForURL(`**/register?year=${year}`, { waitUntil: 'commit' });
    await go(v.page, '/register');
    await tabTo(v.page, v.page.getByRole('link', { name: 'Sign in', exact: true }));
    await v.page.keyboard.press('Enter');
    await v.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await v.context.close();
  });
});
