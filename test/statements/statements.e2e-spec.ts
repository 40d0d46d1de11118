// Statements read in bulk and frozen: Meeting.statements and the statements' own relations are
// batched (a list of meetings costs the same number of SQL statements for 1 meeting as for 6), and a
// decision record freezes the statements on its proposal and on the boycotts its attendance links,
// as they stood at closing. Each story builds its own body and meetings through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture, type Party } from '../meetings/meetings.fixture.js';
import { submit } from './statements.fixture.js';

describe('statements: read in bulk, frozen by a record', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;

  beforeAll(async () => {
    // The written-procedure deadline poller would add its own statements to the count: slow it down.
    t = await startTestApp({ countQueries: true, env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the statements of 6 meetings take as many SQL statements as those of 1', async () => {
    const body = await fx.body({ members: 6 });
    const LIST = `query ($bodyId: ID!) {
      meetings(bodyId: $bodyId, first: 50) { edges { node { id statements {
        title participant { code } submittedBy { displayName } meeting { id } boycott { id } proposal { id }
      } } } }
    }`;
    const count = async () => {
      t.queries.length = 0;
      const res = await sec.ok<{ meetings: { edges: { node: { statements: unknown[] } }[] } }>(LIST, {
        bodyId: body.id,
      });
      return {
        queries: t.queries.filter((q) => !/^(START TRANSACTION|COMMIT|ROLLBACK|SET )/i.test(q)).length,
        meetings: res.meetings.edges.length,
        statements: res.meetings.edges.reduce((n, e) => n + e.node.statements.length, 0),
      };
    };
    const speak = (p: Party, meetingId: string, i: number) =>
      submit(sec, { participantId: p.id, title: `${p.code} on sitting ${i}`, body: 'Text.', meetingId });
    const first = await fx.meeting(body, '2026-03-02T08:00:00Z');
    for (const p of body.members.slice(0, 2)) await speak(p, first, 1);
    const one = await count();
    expect(one).toMatchObject({ meetings: 1, statements: 2 });
    for (let i = 2; i <= 6; i++) {
      const id = await fx.meeting(body, `2026-03-0${i + 1}T08:00:00Z`);
      for (const p of body.members) await speak(p, id, i);
    }
    const six = await count();
    expect(six).toMatchObject({ meetings: 6, statements: 32 });
    expect(six.queries).toBe(one.queries);
    // meetings, statements, participants, users, meetings by id: one each.
    expect(six.queries).toBeLessThanOrEqual(5);
  });

  it('a decision record freezes the statements on its proposal and on the boycotts its attendance links, as they stood', async () => {
    const body = await fx.body({ members: 3, quorum: 2 });
    const [chair, boycotter, speaker] = body.members;
    const meetingId = await fx.meeting(body, '2026-05-04T09:00:00Z');
    const boycott = await sec.ok(`mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { id } }`, {
      input: { participantId: boycotter.id, scope: 'MEETING', meetingId, statement: 'We stay away.' },
    });
    const record = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`;
    for (const p of [chair, speaker])
      await sec.ok(record, { input: { meetingId, participantId: p.id, status: 'PRESENT' } });
    const reply = await submit(sec, {
      participantId: speaker.id,
      title: 'A reply',
      body: 'We regret it.',
      boycottId: boycott.declareBoycott.id,
    });
    await submit(sec, { participantId: speaker.id, title: 'On the meeting', body: 'Not frozen.', meetingId });
    await fx.open(meetingId);
    const item = await sec.ok(
      `mutation ($m: ID!) { addAgendaItem(input: { meetingId: $m, title: "Budget", kind: DECISION }) { id } }`,
      { m: meetingId },
    );
    const proposal = (
      await sec.ok(`mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`, {
        input: { agendaItemId: item.addAgendaItem.id, title: 'Budget', text: 'The body adopts the budget.' },
      })
    ).submitProposal.id;
    await sec.ok(`mutation ($id: ID!) { openProposal(proposalId: $id) { id } }`, { id: proposal });
    const onProposal = await submit(sec, {
      participantId: chair.id,
      title: 'In favour',
      body: 'We support it.',
      proposalId: proposal,
    });
    for (const p of [chair, speaker]) {
      await sec.ok(`mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { stance } }`, {
        input: { proposalId: proposal, participantId: p.id, stance: 'SUPPORT' },
      });
    }
    const closed = await sec.ok(
      `mutation ($id: ID!) { closeProposal(proposalId: $id) { id statements {
        id title participant { id code name kind } submittedBy { displayName } submittedAt proposal { id } boycott { id } meeting { id }
      } } }`,
      { id: proposal },
    );
    // Said after closing: never part of the record.
    await submit(sec, { participantId: speaker.id, title: 'Too late', body: 'After.', proposalId: proposal });
    const frozen = closed.closeProposal.statements;
    expect(frozen.map((s: any) => s.id)).toEqual([reply.id, onProposal.id]);
    expect(frozen[0]).toMatchObject({ boycott: { id: boycott.declareBoycott.id }, proposal: null, meeting: null });
    expect(frozen[1]).toMatchObject({
      participant: { id: chair.id, code: chair.code, name: chair.name, kind: 'PARTICIPANT' },
      submittedBy: { displayName: 'KP Secretariat' },
      proposal: { id: proposal },
      boycott: null,
    });
    expect(new Date(frozen[1].submittedAt).toISOString()).toBe(frozen[1].submittedAt);
    const again = await sec.ok(`query ($id: ID!) { decisionRecord(id: $id) { statements { id } } }`, {
      id: closed.closeProposal.id,
    });
    expect(again.decisionRecord.statements.map((s: any) => s.id)).toEqual([reply.id, onProposal.id]);
  });
});
