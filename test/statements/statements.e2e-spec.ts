// Statements on the record: a delegate speaks for its own participant (an observer too), the
// secretariat for any; each statement has exactly one target (a meeting, a proposal or a boycott),
// and a reply to a boycott is a statement on that boycott. Meeting.statements and the statements'
// own relations are batched: a list of meetings costs the same number of SQL statements for 1
// meeting as for 6.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Database } from '../../apps/api/src/platform/database/database.js';
import { StatementService } from '../../apps/api/src/statements/statement.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { UNKNOWN_ID, auditCount, directory, type Directory } from '../meetings-requests/helpers.js';

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

describe('statements', () => {
  let t: TestApp;
  let ids: Directory;
  let secretariat: GraphQLClient;
  let us: GraphQLClient;
  let ru: GraphQLClient;
  let csc: GraphQLClient;
  let meetingId: string;
  let boycottId: string;
  let proposalId: string;
  let proposalReference: string;

  async function schedule(bodyCode: string, title: string, startsAt: string, endsAt: string): Promise<string> {
    const res = await secretariat.ok<{ scheduleMeeting: { id: string } }>(
      `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      { input: { bodyId: ids.body(bodyCode), title, kind: 'REGULAR', startsAt, endsAt, location: 'Moscow' } },
    );
    return res.scheduleMeeting.id;
  }

  async function submit(client: GraphQLClient, input: Record<string, unknown>): Promise<StatementView> {
    return (await client.ok<{ submitStatement: StatementView }>(SUBMIT, { input })).submitStatement;
  }

  beforeAll(async () => {
    // The written-procedure deadline poller would add its own statements to the count: slow it down.
    t = await startTestApp({ countQueries: true, env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
    secretariat = await t.as('secretariat@kp.example');
    [us, ru, csc] = await Promise.all(['us', 'ru', 'csc'].map((c) => t.as(`${c}@kp.example`)));
    ids = await directory(secretariat);
    meetingId = await schedule('PLEN', 'Plenary 2026, first sitting', '2026-11-02T08:00:00Z', '2026-11-02T16:00:00Z');
    const boycott = await us.ok<{ declareBoycott: { id: string } }>(
      `mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { id } }`,
      {
        input: {
          participantId: ids.participant('US'),
          scope: 'MEETING',
          meetingId,
          statement: 'The United States will not sit in a meeting held in Moscow.',
        },
      },
    );
    boycottId = boycott.declareBoycott.id;
    // A written procedure of the Plenary, circulated by the secretariat.
    const proposal = await secretariat.ok<{ startWrittenProcedure: { id: string; reference: string } }>(
      `mutation ($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id reference } }`,
      {
        input: {
          bodyId: ids.body('PLEN'),
          title: 'Administrative decision on the budget',
          text: 'The Plenary adopts the budget for 2027.',
          deadline: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
        },
      },
    );
    proposalId = proposal.startWrittenProcedure.id;
    proposalReference = proposal.startWrittenProcedure.reference;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('submitting', () => {
    it('the US delegate makes a statement on the meeting, with one audit entry', async () => {
      const before = await auditCount(t);
      const s = await submit(us, {
        participantId: ids.participant('US'),
        title: '  On the venue  ',
        body: 'The United States regrets the choice of venue.',
        meetingId,
      });
      expect(s).toMatchObject({
        title: 'On the venue',
        body: 'The United States regrets the choice of venue.',
        participant: { code: 'US' },
        submittedBy: { displayName: 'Delegate of United States of America' },
        meeting: { id: meetingId, title: 'Plenary 2026, first sitting' },
        proposal: null,
        boycott: null,
      });
      expect(Date.parse(s.submittedAt)).not.toBeNaN();
      expect(await auditCount(t)).toBe(before + 1);
      const { rows } = await t.sql.query('SELECT action, entity, details FROM audit_entry WHERE entity_id = $1', [
        s.id,
      ]);
      expect(rows).toEqual([
        {
          action: 'submitStatement',
          entity: 'Statement',
          details: expect.objectContaining({
            participant: 'US',
            title: 'On the venue',
            on: { meeting: expect.objectContaining({ id: meetingId, body: 'PLEN' }) },
          }),
        },
      ]);
    });

    it('the Civil Society Coalition, an observer, makes a statement on the meeting', async () => {
      const s = await submit(csc, {
        participantId: ids.participant('CSC'),
        title: 'Civil society’s view',
        body: 'Nous regrettons…',
        meetingId,
      });
      expect(s.participant.code).toBe('CSC');
    });

    it('the Russian Federation answers the US boycott with a statement on that boycott', async () => {
      const s = await submit(ru, {
        participantId: ids.participant('RU'),
        title: 'Ответ на бойкот',
        body: 'Российская Федерация сожалеет о решении Соединённых Штатов.',
        boycottId,
      });
      expect(s).toMatchObject({
        title: 'Ответ на бойкот',
        body: 'Российская Федерация сожалеет о решении Соединённых Штатов.',
        participant: { code: 'RU' },
        meeting: null,
        boycott: { id: boycottId, scope: 'MEETING', participant: { code: 'US' } },
      });
    });

    it('a statement on a proposal, submitted by the secretariat for South Africa', async () => {
      const s = await submit(secretariat, {
        participantId: ids.participant('ZA'),
        title: 'Position of South Africa',
        body: 'South Africa supports the budget.',
        proposalId,
      });
      expect(s).toMatchObject({
        participant: { code: 'ZA' },
        submittedBy: { displayName: 'KP Secretariat' },
        proposal: { id: proposalId, reference: proposalReference },
        meeting: null,
        boycott: null,
      });
    });

    it('a statement may be 50,000 characters of Cyrillic, and comes back unchanged', async () => {
      const body = 'Ж'.repeat(49_999) + '.';
      const s = await submit(ru, { participantId: ids.participant('RU'), title: 'Т'.repeat(200), body, meetingId });
      expect(s.body).toBe(body);
      expect(s.title).toHaveLength(200);
    });

    it('Meeting.statements lists the meeting’s statements, oldest first', async () => {
      const res = await us.ok<{ meeting: { statements: { participant: { code: string }; title: string }[] } }>(
        `query ($id: ID!) { meeting(id: $id) { statements { participant { code } title } } }`,
        { id: meetingId },
      );
      expect(res.meeting.statements.map((s) => s.participant.code)).toEqual(['US', 'CSC', 'RU']);
    });
  });

  describe('refusals change nothing', () => {
    const base = () => ({ participantId: ids.participant('US'), title: 'A statement', body: 'Text.', meetingId });

    it('a delegate speaks only for its own participant', async () => {
      const before = await auditCount(t);
      const err = await us.fails(SUBMIT, { input: { ...base(), participantId: ids.participant('RU') } });
      expect(err.extensions?.code).toBe('FORBIDDEN');
      expect(err.message).toMatch(/own participant/);
      const observer = await csc.fails(SUBMIT, { input: { ...base(), participantId: ids.participant('WDC') } });
      expect(observer.extensions?.code).toBe('FORBIDDEN');
      expect(await auditCount(t)).toBe(before);
    });

    it('exactly one target: none, two or three are BAD_USER_INPUT naming the field', async () => {
      const before = await auditCount(t);
      const cases: [Record<string, unknown>, string][] = [
        [{ meetingId: null }, 'meetingId'],
        [{ boycottId }, 'boycottId'],
        [{ meetingId: null, proposalId, boycottId }, 'boycottId'],
        [{ proposalId }, 'proposalId'],
      ];
      for (const [change, field] of cases) {
        const err = await us.fails(SUBMIT, { input: { ...base(), ...change } });
        expect({ field, ...err.extensions }).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(err.message).toMatch(/target|not both/);
      }
      expect(await auditCount(t)).toBe(before);
    });

    it('a title of 1-200 characters and a body of 1-50,000', async () => {
      const before = await auditCount(t);
      const cases: [Record<string, unknown>, string][] = [
        [{ title: '' }, 'title'],
        [{ title: '   ' }, 'title'],
        [{ title: 'x'.repeat(201) }, 'title'],
        [{ body: ' ' }, 'body'],
        [{ body: 'Ж'.repeat(50_001) }, 'body'],
      ];
      for (const [change, field] of cases) {
        const err = await us.fails(SUBMIT, { input: { ...base(), ...change } });
        expect({ field, ...err.extensions }).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(await auditCount(t)).toBe(before);
    });

    it('a target or participant that does not exist is NOT_FOUND', async () => {
      const before = await auditCount(t);
      const cases: Record<string, unknown>[] = [
        { meetingId: UNKNOWN_ID },
        { meetingId: 'not-a-meeting' },
        { meetingId: null, proposalId: UNKNOWN_ID },
        { meetingId: null, proposalId: proposalReference },
        { meetingId: null, boycottId: UNKNOWN_ID },
      ];
      for (const change of cases) {
        const err = await us.fails(SUBMIT, { input: { ...base(), ...change } });
        expect({ change, code: err.extensions?.code }).toEqual({ change, code: 'NOT_FOUND' });
      }
      const participant = await secretariat.fails(SUBMIT, { input: { ...base(), participantId: UNKNOWN_ID } });
      expect(participant.extensions?.code).toBe('NOT_FOUND');
      expect(await auditCount(t)).toBe(before);
    });

    it('without a token, no statement', async () => {
      const err = await t.anonymous.fails(SUBMIT, { input: base() });
      expect(err.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('reading in bulk', () => {
    const LIST = `query ($bodyId: ID!) {
      meetings(bodyId: $bodyId, first: 50) { edges { node { id statements {
        title participant { code } submittedBy { displayName } meeting { id } boycott { id } proposal { id }
      } } } }
    }`;

    async function statementsQueryCount(): Promise<{ queries: number; meetings: number; statements: number }> {
      t.queries.length = 0;
      const res = await us.ok<{ meetings: { edges: { node: { statements: unknown[] } }[] } }>(LIST, {
        bodyId: ids.body('WGS'),
      });
      const queries = t.queries.filter((q) => !/^(START TRANSACTION|COMMIT|ROLLBACK|SET )/i.test(q)).length;
      return {
        queries,
        meetings: res.meetings.edges.length,
        statements: res.meetings.edges.reduce((n, e) => n + e.node.statements.length, 0),
      };
    }

    it('the statements of 6 meetings take as many SQL statements as those of 1', async () => {
      const participants = ['US', 'RU', 'GB', 'EU', 'CN', 'IN'];
      const first = await schedule('WGS', 'Statistics, sitting 1', '2026-03-02T08:00:00Z', '2026-03-02T12:00:00Z');
      for (const code of participants.slice(0, 2)) {
        await submit(secretariat, {
          participantId: ids.participant(code),
          title: `${code} on sitting 1`,
          body: 'Text.',
          meetingId: first,
        });
      }
      const one = await statementsQueryCount();
      expect(one).toMatchObject({ meetings: 1, statements: 2 });

      for (let i = 2; i <= 6; i++) {
        const id = await schedule(
          'WGS',
          `Statistics, sitting ${i}`,
          `2026-03-0${i + 1}T08:00:00Z`,
          `2026-03-0${i + 1}T12:00:00Z`,
        );
        for (const code of participants) {
          await submit(secretariat, {
            participantId: ids.participant(code),
            title: `${code} on sitting ${i}`,
            body: 'Text.',
            meetingId: id,
          });
        }
      }
      const six = await statementsQueryCount();
      expect(six).toMatchObject({ meetings: 6, statements: 32 });
      expect(six.queries).toBe(one.queries);
      // meetings, statements, participants, users, meetings by id: one each.
      expect(six.queries).toBeLessThanOrEqual(5);
    });
  });

  describe('for the decision record', () => {
    it('statementsForTargets gives the statements on a proposal and on boycotts, as a record freezes them', async () => {
      const service = t.app.get(StatementService);
      const db = t.app.get(Database);
      const frozen = await service.statementsForTargets(db, {
        proposalIds: [proposalId],
        boycottIds: [boycottId, 'not-an-id'],
      });
      expect(frozen.map((s) => [s.participant.code, s.title, s.proposalId, s.boycottId])).toEqual([
        ['RU', 'Ответ на бойкот', null, boycottId],
        ['ZA', 'Position of South Africa', proposalId, null],
      ]);
      expect(frozen[1]).toMatchObject({
        participant: { id: ids.participant('ZA'), code: 'ZA', name: 'South Africa', kind: 'PARTICIPANT' },
        submittedBy: { displayName: 'KP Secretariat' },
        meetingId: null,
      });
      expect(new Date(frozen[1].submittedAt).toISOString()).toBe(frozen[1].submittedAt);
      expect(await service.statementsForTargets(db, {})).toEqual([]);
    });
  });
});
