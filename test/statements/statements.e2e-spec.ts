// Statements on the record: a delegate speaks for its own participant (an observer too), the
// secretariat for any; each statement has exactly one target (a meeting, a proposal or a boycott),
// and a reply to a boycott is a statement on that boycott. Meeting.statements and the statements'
// own relations are batched: a list of meetings costs the same number of SQL statements for 1
// meeting as for 6. A decision record freezes the statements on its proposal and on the boycotts its
// attendance links. Each story builds its own body, meeting, boycott and proposal through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { expectRefusedUnchanged } from '../support/refusals.js';
import { MeetingsFixture, type BodyFixture, type Party } from '../meetings/meetings.fixture.js';

const SUBMIT = `mutation ($input: SubmitStatementInput!) {
  submitStatement(input: $input) {
    id title body submittedAt
    participant { code }
    submittedBy { displayName }
    meeting { id title }
    proposal { id reference }
    boycott { id scope participant { code } }
  }
}`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const TABLES = ['statement', 'audit_entry'];

interface StatementView {
  id: string;
  title: string;
  body: string;
  submittedAt: string;
  participant: { code: string };
  submittedBy: { displayName: string };
  meeting: { id: string; title: string } | null;
  proposal: { id: string; reference: string } | null;
  boycott: { id: string; scope: string; participant: { code: string } } | null;
}

/** A body, a meeting of it, a MEETING boycott of it by `boycotter` and a written procedure of the body. */
interface Scene {
  body: BodyFixture;
  boycotter: Party;
  speaker: Party;
  observer: Party;
  meetingId: string;
  boycottId: string;
  proposal: { id: string; reference: string };
}

describe('statements', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;

  async function submit(client: GraphQLClient, input: Record<string, unknown>): Promise<StatementView> {
    return (await client.ok<{ submitStatement: StatementView }>(SUBMIT, { input })).submitStatement;
  }

  async function scene(): Promise<Scene> {
    const body = await fx.body({ members: 3, observers: 1 });
    const [, boycotter, speaker] = body.members;
    const meetingId = await fx.meeting(body, '2026-11-02T08:00:00Z', { title: 'First sitting', location: 'Moscow' });
    const boycott = await (
      await boycotter.delegate()
    ).ok<{ declareBoycott: { id: string } }>(
      `mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { id } }`,
      {
        input: {
          participantId: boycotter.id,
          scope: 'MEETING',
          meetingId,
          statement: 'We will not sit in a meeting held in Moscow.',
        },
      },
    );
    const proposal = await sec.ok<{ startWrittenProcedure: { id: string; reference: string } }>(
      `mutation ($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id reference } }`,
      {
        input: {
          bodyId: body.id,
          title: 'Administrative decision on the budget',
          text: 'The body adopts the budget for 2027.',
          deadline: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
        },
      },
    );
    return {
      body,
      boycotter,
      speaker,
      observer: body.observers[0],
      meetingId,
      boycottId: boycott.declareBoycott.id,
      proposal: proposal.startWrittenProcedure,
    };
  }

  beforeAll(async () => {
    // The written-procedure deadline poller would add its own statements to the count: slow it down.
    t = await startTestApp({ countQueries: true, env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('submitting', () => {
    it('a delegate makes a statement on the meeting, with one audit entry', async () => {
      const s = await scene();
      const made = await submit(await s.boycotter.delegate(), {
        participantId: s.boycotter.id,
        title: '  On the venue  ',
        body: 'We regret the choice of venue.',
        meetingId: s.meetingId,
      });
      expect(made).toMatchObject({
        title: 'On the venue',
        body: 'We regret the choice of venue.',
        participant: { code: s.boycotter.code },
        submittedBy: { displayName: `Delegate of ${s.boycotter.code}` },
        meeting: { id: s.meetingId, title: 'First sitting' },
        proposal: null,
        boycott: null,
      });
      expect(Date.parse(made.submittedAt)).not.toBeNaN();
      expect(await fx.audit(made.id)).toEqual([
        expect.objectContaining({
          action: 'submitStatement',
          entity: 'Statement',
          details: expect.objectContaining({
            participant: s.boycotter.code,
            title: 'On the venue',
            on: { meeting: expect.objectContaining({ id: s.meetingId, body: s.body.code }) },
          }),
        }),
      ]);
    });

    it('an observer makes a statement on the meeting', async () => {
      const s = await scene();
      const made = await submit(await s.observer.delegate(), {
        participantId: s.observer.id,
        title: 'Civil society’s view',
        body: 'Nous regrettons…',
        meetingId: s.meetingId,
      });
      expect(made.participant.code).toBe(s.observer.code);
    });

    it('a participant answers a boycott with a statement on that boycott', async () => {
      const s = await scene();
      const made = await submit(await s.speaker.delegate(), {
        participantId: s.speaker.id,
        title: 'Ответ на бойкот',
        body: 'Мы сожалеем об этом решении.',
        boycottId: s.boycottId,
      });
      expect(made).toMatchObject({
        title: 'Ответ на бойкот',
        body: 'Мы сожалеем об этом решении.',
        participant: { code: s.speaker.code },
        meeting: null,
        boycott: { id: s.boycottId, scope: 'MEETING', participant: { code: s.boycotter.code } },
      });
      expect((await fx.onlyAudit(made.id, 'submitStatement')).details.on).toEqual({
        boycott: { id: s.boycottId, scope: 'MEETING', participant: s.boycotter.code },
      });
    });

    it('a statement on a proposal, submitted by the secretariat for a participant', async () => {
      const s = await scene();
      const made = await submit(sec, {
        participantId: s.speaker.id,
        title: 'Our position',
        body: 'We support the budget.',
        proposalId: s.proposal.id,
      });
      expect(made).toMatchObject({
        participant: { code: s.speaker.code },
        submittedBy: { displayName: 'KP Secretariat' },
        proposal: s.proposal,
        meeting: null,
        boycott: null,
      });
      expect((await fx.onlyAudit(made.id, 'submitStatement')).details.on).toEqual({ proposal: s.proposal });
    });

    it('a statement may be 50,000 characters of Cyrillic, and comes back unchanged', async () => {
      const s = await scene();
      const body = 'Ж'.repeat(49_999) + '.';
      const made = await submit(await s.speaker.delegate(), {
        participantId: s.speaker.id,
        title: 'Т'.repeat(200),
        body,
        meetingId: s.meetingId,
      });
      expect(made.body).toBe(body);
      expect(made.title).toHaveLength(200);
    });

    it('Meeting.statements lists the meeting’s statements, oldest first', async () => {
      const s = await scene();
      for (const p of [s.boycotter, s.observer, s.speaker]) {
        await submit(sec, { participantId: p.id, title: `${p.code} speaks`, body: 'Text.', meetingId: s.meetingId });
      }
      await submit(sec, { participantId: s.speaker.id, title: 'Elsewhere', body: 'Text.', boycottId: s.boycottId });
      const res = await sec.ok<{ meeting: { statements: { participant: { code: string } }[] } }>(
        `query ($id: ID!) { meeting(id: $id) { statements { participant { code } } } }`,
        { id: s.meetingId },
      );
      expect(res.meeting.statements.map((x) => x.participant.code)).toEqual([
        s.boycotter.code,
        s.observer.code,
        s.speaker.code,
      ]);
    });
  });

  describe('refusals change nothing', () => {
    it('a delegate speaks only for its own participant', async () => {
      const s = await scene();
      const base = { title: 'A statement', body: 'Text.', meetingId: s.meetingId };
      const err = await expectRefusedUnchanged(
        t,
        TABLES,
        await s.speaker.delegate(),
        SUBMIT,
        { input: { ...base, participantId: s.boycotter.id } },
        'FORBIDDEN',
      );
      expect(err.message).toMatch(/own participant/);
      await expectRefusedUnchanged(
        t,
        TABLES,
        await s.observer.delegate(),
        SUBMIT,
        { input: { ...base, participantId: s.speaker.id } },
        'FORBIDDEN',
      );
    });

    it('exactly one target: none, two or three are BAD_USER_INPUT naming the field', async () => {
      const s = await scene();
      const client = await s.speaker.delegate();
      const base = { participantId: s.speaker.id, title: 'A statement', body: 'Text.', meetingId: s.meetingId };
      const cases: [Record<string, unknown>, string][] = [
        [{ meetingId: null }, 'meetingId'],
        [{ boycottId: s.boycottId }, 'boycottId'],
        [{ meetingId: null, proposalId: s.proposal.id, boycottId: s.boycottId }, 'boycottId'],
        [{ proposalId: s.proposal.id }, 'proposalId'],
      ];
      for (const [change, field] of cases) {
        const err = await expectRefusedUnchanged(
          t,
          TABLES,
          client,
          SUBMIT,
          { input: { ...base, ...change } },
          'BAD_USER_INPUT',
          field,
        );
        expect(err.message).toMatch(/target|not both/);
      }
    });

    it('a title of 1-200 characters and a body of 1-50,000', async () => {
      const s = await scene();
      const client = await s.speaker.delegate();
      const base = { participantId: s.speaker.id, title: 'A statement', body: 'Text.', meetingId: s.meetingId };
      const cases: [Record<string, unknown>, string][] = [
        [{ title: '' }, 'title'],
        [{ title: '   ' }, 'title'],
        [{ title: 'x'.repeat(201) }, 'title'],
        [{ body: ' ' }, 'body'],
        [{ body: 'Ж'.repeat(50_001) }, 'body'],
      ];
      for (const [change, field] of cases) {
        await expectRefusedUnchanged(
          t,
          TABLES,
          client,
          SUBMIT,
          { input: { ...base, ...change } },
          'BAD_USER_INPUT',
          field,
        );
      }
    });

    it('a target or participant that does not exist is NOT_FOUND', async () => {
      const s = await scene();
      const client = await s.speaker.delegate();
      const base = { participantId: s.speaker.id, title: 'A statement', body: 'Text.', meetingId: s.meetingId };
      const cases: Record<string, unknown>[] = [
        { meetingId: UNKNOWN_ID },
        { meetingId: 'not-a-meeting' },
        { meetingId: null, proposalId: UNKNOWN_ID },
        { meetingId: null, proposalId: s.proposal.reference },
        { meetingId: null, boycottId: UNKNOWN_ID },
      ];
      for (const change of cases) {
        await expectRefusedUnchanged(t, TABLES, client, SUBMIT, { input: { ...base, ...change } }, 'NOT_FOUND');
      }
      await expectRefusedUnchanged(
        t,
        TABLES,
        sec,
        SUBMIT,
        { input: { ...base, participantId: UNKNOWN_ID } },
        'NOT_FOUND',
      );
    });

    it('without a token, no statement', async () => {
      const s = await scene();
      const err = await t.anonymous.fails(SUBMIT, {
        input: { participantId: s.speaker.id, title: 'A statement', body: 'Text.', meetingId: s.meetingId },
      });
      expect(err.extensions?.code).toBe('UNAUTHENTICATED');
    });
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
