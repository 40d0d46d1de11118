// The story of one decision, each step taken in the browser by the person who would take it: the
// Participation Committee's chair (the EU delegate) schedules a meeting, builds its agenda, calls the
// roll and opens it; puts a proposal and opens it; delegates take positions and see each other's
// live; an observer, a delegate not yet marked present, a delegate who has not read the amendment
// and one whose page missed the close are refused in words they understand; the chair closes and
// adjourns. (Publication and the register: record-published.web-spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { m } from '../../apps/web/src/messages.js';
import {
  api,
  checkPage,
  go,
  report,
  signIn,
  tokenFor,
  visitor,
  withBrowser,
  type Visitor,
} from './support/web-test.js';

const stamp = Date.now().toString(36);
const MEETING = `Participation Committee, session ${stamp}`;
const ITEM = 'Application of Mozambique for participation';
const PROPOSAL = 'Admission of Mozambique as a participant';
const TEXT_V1 = 'The Committee recommends that the Plenary admit Mozambique as a participant.';
const TEXT_V2 = 'The Committee recommends that the Plenary admit Mozambique as a participant from 1 January.';
const BOYCOTT = 'The Russian Federation will not take part in this session.';
const PRESENT = ['US', 'GB', 'EU', 'BW', 'CA', 'CN', 'IN', 'AE', 'ZW', 'AO', 'CH', 'AU', 'IL'];

let browser: Browser;
let chair: Visitor;
let us: Visitor;
let gb: Visitor;
let meetingPath = '';
let proposalPath = '';

const seat = (page: Page, code: string) => page.getByRole('group', { name: new RegExp(`\\(${code}\\)$`) });
const tally = (page: Page) => page.getByRole('region', { name: 'Tally' });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const alertText = async (page: Page) => {
  await page.getByRole('alert').waitFor();
  return page.getByRole('alert').textContent();
};

async function mark(page: Page, code: string, status: 'Present' | 'Absent') {
  await seat(page, code)
    .getByRole('button', { name: new RegExp(`^${status}`) })
    .click();
  await seat(page, code)
    .getByRole('button', { name: new RegExp(`^${status}`), pressed: true })
    .waitFor();
}

async function waitLive(page: Page) {
  await page.getByText(m.app.live).waitFor();
}

/** Milliseconds from an action on one page until `text` shows in the Tally of another, at most 2 s. */
async function liveDelay(act: () => Promise<void>, watcher: Page, text: string): Promise<number> {
  const started = Date.now();
  await act();
  await tally(watcher).getByText(text, { exact: true }).waitFor({ timeout: 2000 });
  return Date.now() - started;
}

beforeAll(async () => {
  browser = await withBrowser();
  chair = await visitor(browser);
  us = await visitor(browser);
  gb = await visitor(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('the chair runs the meeting', () => {
  it('schedules it from home, in the organisation’s time zone', async () => {
    await signIn(chair.page, 'eu@kp.example');
    await checkPage(chair, 'home-chair-before');
    const form = chair.page.getByRole('form', { name: m.schedule.title });
    await form.getByLabel(m.schedule.body, { exact: true }).selectOption({ label: 'Participation Committee' });
    await form.getByLabel(m.schedule.meetingTitle).fill(MEETING);
    await form.getByLabel(m.schedule.location).fill('Gaborone');
    await button(chair.page, m.schedule.submit).click();
    await chair.page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    meetingPath = new URL(chair.page.url()).pathname;
    expect(meetingPath).toMatch(/^\/meetings\/.+/);
    await chair.page.getByText('(UTC)').first().waitFor();
  });

  it('builds the agenda and calls the roll, one click per participant; a boycott shows with its statement', async () => {
    const page = chair.page;
    // The Russian delegate declares a boycott of this meeting (through the API: not this test's flow).
    const ru = await tokenFor('ru@kp.example');
    const { organization } = await api<{ organization: { participants: { id: string; code: string }[] } }>(
      '{ organization { participants { id code } } }',
      {},
      ru,
    );
    await api(
      'mutation ($i: DeclareBoycottInput!) { declareBoycott(input: $i) { id } }',
      {
        i: {
          participantId: organization.participants.find((p) => p.code === 'RU')!.id,
          scope: 'MEETING',
          meetingId: meetingPath.split('/').pop(),
          statement: BOYCOTT,
        },
      },
      ru,
    );
    await page.reload();
    await page.getByText(m.meeting.boycottStatement(BOYCOTT)).waitFor();
    // Only Russia's own delegate may record its attendance now: the chair gets no buttons for it.
    expect(await seat(page, 'RU').count()).toBe(0);
    await page.getByLabel(m.meeting.itemTitle).fill(ITEM);
    await page.getByLabel(m.meeting.itemKind).selectOption('DECISION');
    await button(page, m.meeting.addItemSubmit).click();
    await page.getByText(m.meeting.itemAdded(ITEM)).waitFor();
    await page.getByRole('heading', { level: 3, name: new RegExp(`^1\\. ${ITEM}`) }).waitFor();
    for (const code of PRESENT) await mark(page, code, 'Present');
    await mark(page, 'CSC', 'Present');
    // South Africa and Namibia have no attendance yet: gaps, named.
    await page.getByText(/^No attendance recorded yet for 2: Namibia \(NA\) and South Africa \(ZA\)\.$/).waitFor();
    await checkPage(chair, 'meeting-roll-call');
  });

  it('opens the meeting, which a delegate watching the meeting page sees at once; puts a proposal and opens it', async () => {
    const page = chair.page;
    await signIn(gb.page, 'gb@kp.example', meetingPath);
    await waitLive(gb.page);
    await checkPage(gb, 'meeting-delegate');
    await button(page, m.meeting.open).click();
    await gb.page.getByText(m.words.meeting.IN_SESSION, { exact: true }).first().waitFor({ timeout: 2000 });
    await button(page, m.meeting.adjourn).waitFor();
    await page.getByText(m.words.meeting.IN_SESSION, { exact: true }).first().waitFor();
    await checkPage(chair, 'meeting-chair', { screenshot: true });
    await page.getByLabel(m.meeting.proposalTitle).fill(PROPOSAL);
    await page.getByLabel(m.meeting.proposalText).fill(TEXT_V1);
    await button(page, m.meeting.putProposalSubmit).click();
    await page.getByRole('heading', { level: 1, name: PROPOSAL }).waitFor();
    proposalPath = new URL(page.url()).pathname;
    await button(page, 'Open proposal').click();
    await page.getByText(m.proposal.opened).waitFor();
    await button(page, 'Close proposal').waitFor();
  });
});

describe('delegates take positions, live', () => {
  it('the US delegate finds the proposal awaiting its position at home', async () => {
    await signIn(us.page, 'us@kp.example');
    const awaiting = us.page.getByRole('region', { name: m.home.awaiting });
    await awaiting.getByRole('link', { name: PROPOSAL }).waitFor();
    await checkPage(us, 'home-delegate', { screenshot: true });
    await awaiting.getByRole('link', { name: PROPOSAL }).click();
    await us.page.getByRole('heading', { level: 1, name: PROPOSAL }).waitFor();
    await waitLive(us.page);
    await go(gb.page, proposalPath);
    await waitLive(gb.page);
  });

  it('a position appears in another delegate’s tally within 2 seconds, without a reload', async () => {
    await us.page.getByLabel('Statement', { exact: true }).fill('The United States welcomes Mozambique.');
    const toGb = await liveDelay(() => button(us.page, 'Support').click(), gb.page, 'Support: 1');
    await us.page.getByText(m.proposal.recorded('Support')).waitFor();
    const toUs = await liveDelay(() => button(gb.page, 'Object').click(), us.page, 'Object: 1');
    await tally(us.page).getByText('Objectors: United Kingdom (GB)').waitFor();
    report({ liveDelayMs: toGb });
    report({ liveDelayMs: toUs });
    await checkPage(gb, 'proposal-delegate-objecting');
  });

  it('an observer is told observers do not take positions', async () => {
    const csc = await visitor(browser);
    await signIn(csc.page, 'csc@kp.example', proposalPath);
    await button(csc.page, 'Support').click();
    expect(await alertText(csc.page)).toBe(m.errors.NOT_ENTITLED.OBSERVER);
    await checkPage(csc, 'proposal-refused-observer');
    await csc.context.close();
  });

  it('a delegate not yet marked present is told so, records its own attendance, and then takes its position', async () => {
    const za = await visitor(browser);
    await signIn(za.page, 'za@kp.example', proposalPath);
    await button(za.page, 'Support').click();
    expect(await alertText(za.page)).toBe(m.errors.NOT_ENTITLED.NOT_PRESENT);
    await za.page.getByRole('link', { name: MEETING }).click();
    await za.page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    // A delegate records its own participant's attendance; nobody else's row has buttons for it.
    expect(await seat(za.page, 'US').count()).toBe(0);
    await mark(za.page, 'ZA', 'Present');
    await za.page.goBack();
    await za.page.getByRole('heading', { level: 1, name: PROPOSAL }).waitFor();
    await button(za.page, 'Support').click();
    await za.page.getByText(m.proposal.recorded('Support')).waitFor();
    await tally(us.page).getByText('Support: 2', { exact: true }).waitFor({ timeout: 2000 });
    await za.context.close();
  });
});

describe('an amendment, and what the chair sees on closing', () => {
  it('a delegate who has not read the amendment is refused STALE_VERSION, reads it, and supports it', async () => {
    await button(chair.page, m.proposal.amend).click();
    await chair.page.getByLabel(m.proposal.amendText).fill(TEXT_V2);
    await chair.page.getByLabel(m.proposal.amendNote).fill('Adds the date of admission.');
    await button(chair.page, m.proposal.amendSubmit).click();
    await chair.page.getByText(m.proposal.amended(2)).waitFor();
    // Positions on version 1 stop counting.
    await tally(chair.page).getByText('Support: 0', { exact: true }).waitFor();
    await us.page.getByText(m.proposal.amendedNotice(2)).waitFor({ timeout: 2000 });
    await button(us.page, 'Support').click();
    expect(await alertText(us.page)).toBe(m.errors.STALE_VERSION);
    await button(us.page, m.proposal.readNew(2)).click();
    await us.page.getByText(TEXT_V2, { exact: true }).waitFor();
    await us.page.getByText(m.proposal.compare).click();
    await us.page.locator('ins').filter({ hasText: 'from 1 January' }).waitFor();
    await button(us.page, 'Support').click();
    await us.page.getByText(m.proposal.recorded('Support')).waitFor();
    await checkPage(us, 'proposal-delegate', { screenshot: true });
    await button(gb.page, m.proposal.readNew(2)).click();
    await gb.page.getByLabel('Statement', { exact: true }).fill('The United Kingdom stands aside.');
    await button(gb.page, 'Abstain').click();
    await tally(us.page).getByText('Abstain: 1', { exact: true }).waitFor({ timeout: 2000 });
  });

  it('the chair cannot close with a gap in the attendance, fills it, and closes through Confirm close', async () => {
    const late = await visitor(browser);
    // Canada's page misses every live update (its socket never reaches the server)...
    await late.context.routeWebSocket(/\/graphql$/, () => undefined);
    await signIn(late.page, 'ca@kp.example', proposalPath);
    await late.page.getByText(m.app.liveOff).waitFor();

    await button(chair.page, 'Close proposal').click();
    await button(chair.page, 'Confirm close').click();
    expect(await alertText(chair.page)).toBe(m.errors.ATTENDANCE_INCOMPLETE('NA'));
    await chair.page.getByRole('link', { name: MEETING }).click();
    await mark(chair.page, 'NA', 'Absent');
    await chair.page.getByText(m.meeting.gaps(0, '')).waitFor();
    await chair.page.getByRole('link', { name: new RegExp(PROPOSAL) }).click();
    await chair.page.getByRole('heading', { level: 1, name: PROPOSAL }).waitFor();
    await tally(chair.page).getByText(m.proposal.wouldAdopt(true)).waitFor();
    await checkPage(chair, 'proposal-chair', { screenshot: true });
    await button(chair.page, 'Close proposal').click();
    await chair.page.getByRole('dialog', { name: m.proposal.confirmTitle }).waitFor();
    await checkPage(chair, 'proposal-confirm-close');
    await button(chair.page, 'Confirm close').click();
    await chair.page.getByText(m.proposal.closed('Adopted')).waitFor();
    await us.page.getByRole('region', { name: m.proposal.outcome }).getByText('Adopted').waitFor({ timeout: 2000 });

    // ...so it still offers the stances, and the API's refusal is put in words.
    await button(late.page, 'Support').click();
    expect(await alertText(late.page)).toBe(m.errors.PROPOSAL_CLOSED);
    await late.context.close();
  });

  it('the chair adjourns the meeting', async () => {
    await go(chair.page, meetingPath);
    await button(chair.page, m.meeting.adjourn).click();
    await chair.page.getByText(m.meeting.adjourned).waitFor();
    expect(await button(chair.page, m.meeting.open).count()).toBe(0);
  });
});
