// A proposal's life in a meeting: submitted as a DRAFT on a DECISION agenda item by the chair in
// office at the meeting's start (or the secretariat), amended, opened once the meeting sits,
// withdrawn with a reason. Every refusal has its stable code and changes nothing; every success
// writes one audit entry.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import {
  AMEND,
  CLOSE,
  OPEN,
  SECRETARIAT,
  SUBMIT,
  WITHDRAW,
  auditOf,
  delegateOf,
  meetingWithDecisionItem,
  open,
  openMeeting,
  read,
  refused,
  stanceRefused,
  submit,
  type MeetingSetup,
  type Proposal,
  startApp,
} from './decisions-helpers.js';

let t: TestApp;
let plen2022: MeetingSetup;
let discussionItem: string;

beforeAll(async () => {
  t = await startApp();
  // A Plenary sitting of 2022, when BW chaired the Plenary (ZW vice-chair); not yet opened.
  plen2022 = await meetingWithDecisionItem(t, 'PLEN', '2022-11-08T08:00:00.000Z', {}, { open: false });
  const sec = await t.as(SECRETARIAT);
  discussionItem = (
    await sec.ok<{ addAgendaItem: { id: string } }>(
      `mutation ($input: AgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      {
        input: { meetingId: plen2022.meetingId, title: 'Tour de table', kind: 'DISCUSSION' },
      },
    )
  ).addAgendaItem.id;
});
afterAll(async () => {
  await t?.close();
});

describe('submitProposal', () => {
  it('the chair of 2022 (BW) submits a DRAFT on the DECISION item, referenced by the meeting year', async () => {
    const bw = await t.as(delegateOf('BW'));
    const p = await submit(bw, plen2022.agendaItemId, 'Administrative decision on the WGM', 'The Plenary decides ...');
    expect(p).toMatchObject({
      status: 'DRAFT',
      procedure: 'IN_MEETING',
      reference: 'KP/PLEN/2022/1',
      deadline: null,
      body: { code: 'PLEN' },
      agendaItem: { id: plen2022.agendaItemId },
      currentVersion: { number: 1, text: 'The Plenary decides ...', changeNote: null },
    });
    const [entry] = (await auditOf(t, 'submitProposal')).filter((a) => a.entity_id === p.id);
    expect(entry).toMatchObject({
      entity: 'Proposal',
      details: expect.objectContaining({ reference: 'KP/PLEN/2022/1' }),
    });
    // The agenda item lists it.
    const sec = await t.as(SECRETARIAT);
    const agenda = await sec.ok(
      `query ($id: ID!) { meeting(id: $id) { agenda { id kind proposals { reference status } } } }`,
      { id: plen2022.meetingId },
    );
    expect(agenda.meeting.agenda.find((a: any) => a.id === plen2022.agendaItemId).proposals).toEqual([
      { reference: 'KP/PLEN/2022/1', status: 'DRAFT' },
    ]);
  });

  it('the vice-chair acts for the chair, and the secretariat may too', async () => {
    const zw = await submit(await t.as(delegateOf('ZW')), plen2022.agendaItemId, 'By the vice-chair');
    const sec = await submit(await t.as(SECRETARIAT), plen2022.agendaItemId, 'By the secretariat');
    expect([zw.reference, sec.reference]).toEqual(['KP/PLEN/2022/2', 'KP/PLEN/2022/3']);
  });

  it('is refused on a non-DECISION item (BAD_USER_INPUT agendaItemId), to other delegates (FORBIDDEN), without a token, and for unknown items', async () => {
    const input = { agendaItemId: plen2022.agendaItemId, title: 'T', text: 'x' };
    await refused(
      t,
      await t.as(SECRETARIAT),
      SUBMIT,
      { input: { ...input, agendaItemId: discussionItem } },
      'BAD_USER_INPUT',
      'agendaItemId',
    );
    // AO chairs the Plenary in 2026, not in 2022.
    await refused(t, await t.as(delegateOf('AO')), SUBMIT, { input }, 'FORBIDDEN');
    await refused(t, await t.as(delegateOf('US')), SUBMIT, { input }, 'FORBIDDEN');
    await refused(t, t.anonymous, SUBMIT, { input }, 'UNAUTHENTICATED');
    await refused(
      t,
      await t.as(SECRETARIAT),
      SUBMIT,
      { input: { ...input, agendaItemId: 'no-such-item' } },
      'NOT_FOUND',
    );
    await refused(
      t,
      await t.as(SECRETARIAT),
      SUBMIT,
      { input: { ...input, agendaItemId: '00000000-0000-4000-8000-000000000001' } },
      'NOT_FOUND',
    );
    await refused(t, await t.as(SECRETARIAT), SUBMIT, { input: { ...input, title: ' ' } }, 'BAD_USER_INPUT', 'title');
    await refused(
      t,
      await t.as(SECRETARIAT),
      SUBMIT,
      { input: { ...input, text: 'x'.repeat(50_001) } },
      'BAD_USER_INPUT',
      'text',
    );
  });
});

describe('amendProposal, openProposal and withdrawProposal', () => {
  let p: Proposal;
  beforeAll(async () => {
    p = await submit(await t.as(delegateOf('BW')), plen2022.agendaItemId, 'To be amended', 'First text.');
  });

  it('a DRAFT is amended into version 2 by the chair; others are FORBIDDEN; the change note is required', async () => {
    const bw = await t.as(delegateOf('BW'));
    await refused(
      t,
      bw,
      AMEND,
      { input: { proposalId: p.id, text: 'Second text.', changeNote: '' } },
      'BAD_USER_INPUT',
      'changeNote',
    );
    await refused(t, bw, AMEND, { input: { proposalId: p.id, text: ' ', changeNote: 'x' } }, 'BAD_USER_INPUT', 'text');
    await refused(
      t,
      await t.as(delegateOf('US')),
      AMEND,
      { input: { proposalId: p.id, text: 'Mine.', changeNote: 'x' } },
      'FORBIDDEN',
    );
    await refused(t, bw, AMEND, { input: { proposalId: 'nope', text: 'x', changeNote: 'x' } }, 'NOT_FOUND');
    await refused(
      t,
      t.anonymous,
      AMEND,
      { input: { proposalId: p.id, text: 'x', changeNote: 'x' } },
      'UNAUTHENTICATED',
    );
    const amended = (
      await bw.ok<{ amendProposal: Proposal }>(AMEND, {
        input: { proposalId: p.id, text: 'Second text.', changeNote: 'Drafting group' },
      })
    ).amendProposal;
    expect(amended).toMatchObject({
      status: 'DRAFT',
      currentVersion: { number: 2, text: 'Second text.', changeNote: 'Drafting group' },
    });
    expect(amended.versions.map((v) => v.text)).toEqual(['First text.', 'Second text.']);
    expect((await auditOf(t, 'amendProposal')).at(-1)).toMatchObject({
      entity_id: p.id,
      details: expect.objectContaining({ from: 1, to: 2 }),
    });
  });

  it('a DRAFT takes no position (PROPOSAL_NOT_OPEN) and cannot be closed (CONFLICT)', async () => {
    expect((await stanceRefused(t, p.id, 'US', 'SUPPORT')).extensions?.code).toBe('PROPOSAL_NOT_OPEN');
    await refused(t, await t.as(SECRETARIAT), CLOSE, { id: p.id }, 'CONFLICT');
  });

  it('opens only while the meeting is IN_SESSION (MEETING_NOT_IN_SESSION), then once (CONFLICT)', async () => {
    const bw = await t.as(delegateOf('BW'));
    await refused(t, bw, OPEN, { id: p.id }, 'MEETING_NOT_IN_SESSION');
    await refused(t, await t.as(delegateOf('US')), OPEN, { id: p.id }, 'FORBIDDEN');
    await openMeeting(t, plen2022.meetingId);
    const opened = await open(bw, p.id);
    expect(opened.status).toBe('OPEN');
    expect((await auditOf(t, 'openProposal')).at(-1)).toMatchObject({ entity_id: p.id });
    await refused(t, bw, OPEN, { id: p.id }, 'CONFLICT');
    await refused(t, bw, OPEN, { id: 'nope' }, 'NOT_FOUND');
    await refused(t, t.anonymous, OPEN, { id: p.id }, 'UNAUTHENTICATED');
  });

  it('the meeting cannot adjourn while the proposal is OPEN (CONFLICT naming it)', async () => {
    const sec = await t.as(SECRETARIAT);
    const err = await sec.fails(`mutation ($id: ID!) { adjournMeeting(meetingId: $id) { status } }`, {
      id: plen2022.meetingId,
    });
    expect(err.extensions?.code).toBe('CONFLICT');
    expect(err.message).toContain(p.reference);
  });

  it('an OPEN proposal is still amended', async () => {
    const bw = await t.as(delegateOf('BW'));
    const amended = (
      await bw.ok<{ amendProposal: Proposal }>(AMEND, {
        input: { proposalId: p.id, text: 'Third text.', changeNote: 'From the floor' },
      })
    ).amendProposal;
    expect(amended).toMatchObject({ status: 'OPEN', currentVersion: { number: 3 } });
  });

  it('withdrawn with its reason (required), by the chair; then no position, amendment or withdrawal', async () => {
    const bw = await t.as(delegateOf('BW'));
    await refused(t, bw, WITHDRAW, { id: p.id, reason: ' ' }, 'BAD_USER_INPUT', 'reason');
    await refused(t, await t.as(delegateOf('US')), WITHDRAW, { id: p.id, reason: 'Mine' }, 'FORBIDDEN');
    await refused(t, t.anonymous, WITHDRAW, { id: p.id, reason: 'Mine' }, 'UNAUTHENTICATED');
    await refused(t, bw, WITHDRAW, { id: 'nope', reason: 'Mine' }, 'NOT_FOUND');
    const w = (await bw.ok<{ withdrawProposal: Proposal }>(WITHDRAW, { id: p.id, reason: 'No consensus in sight.' }))
      .withdrawProposal;
    expect(w).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'No consensus in sight.' });
    expect((await auditOf(t, 'withdrawProposal')).at(-1)).toMatchObject({ entity_id: p.id });
    expect((await stanceRefused(t, p.id, 'US', 'SUPPORT')).extensions?.code).toBe('PROPOSAL_NOT_OPEN');
    await refused(t, bw, AMEND, { input: { proposalId: p.id, text: 'x', changeNote: 'y' } }, 'CONFLICT');
    await refused(t, bw, WITHDRAW, { id: p.id, reason: 'again' }, 'CONFLICT');
    await refused(t, bw, OPEN, { id: p.id }, 'CONFLICT');
    await refused(t, bw, CLOSE, { id: p.id }, 'CONFLICT');
  });

  it('a DRAFT may be withdrawn too', async () => {
    const sec = await t.as(SECRETARIAT);
    const d = await submit(sec, plen2022.agendaItemId, 'Short-lived');
    const w = (await sec.ok<{ withdrawProposal: Proposal }>(WITHDRAW, { id: d.id, reason: 'Tabled in error' }))
      .withdrawProposal;
    expect(w.status).toBe('WITHDRAWN');
  });
});

describe('reading proposals', () => {
  it('any signed-in user reads a proposal; an unknown id is null; no token is UNAUTHENTICATED', async () => {
    const sec = await t.as(SECRETARIAT);
    const p = await submit(sec, plen2022.agendaItemId, 'Readable');
    const us = await t.as(delegateOf('US'));
    expect((await read(us, p.id)).title).toBe('Readable');
    expect((await us.ok(`query { proposal(id: "nope") { id } }`)).proposal).toBeNull();
    expect((await us.ok(`query { proposal(id: "00000000-0000-4000-8000-000000000000") { id } }`)).proposal).toBeNull();
    const anon = await t.anonymous.fails(`query ($id: ID!) { proposal(id: $id) { id title } }`, { id: p.id });
    expect(anon.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
