// Chair terms: the secretariat assigns who chairs (or vice-chairs) a body for a range of days and
// ends terms early. Two terms of one role on one body never overlap, and it is the database that
// says so (an exclusion constraint), so no race and no direct SQL can make two chairs at once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { demoIds, expectAuditedOnce, expectRefusal, expectRefusedUnchanged, NOBODY } from './organisation-helpers.js';

const ASSIGN = `mutation ($input: AssignChairInput!) {
  assignChair(input: $input) { id role startsOn endsOn body { code } participant { code } } }`;
const END = `mutation ($termId: ID!, $endsOn: Date!) {
  endChairTerm(termId: $termId, endsOn: $endsOn) { id role startsOn endsOn participant { code } } }`;

interface Term {
  id: string;
  role: string;
  startsOn: string;
  endsOn: string | null;
  body?: { code: string };
  participant: { code: string };
}

describe('chair terms', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let admin: GraphQLClient;
  let us: GraphQLClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  const termsOf = async (bodyCode: string): Promise<Term[]> => {
    const { body } = await us.ok<{ body: { chairTerms: Term[] } }>(
      'query ($id: ID!) { body(id: $id) { chairTerms { id role startsOn endsOn participant { code } } } }',
      { id: ids.body(bodyCode) },
    );
    return body.chairTerms;
  };
  const chairOn = async (bodyCode: string, at: string): Promise<string | null> => {
    const { body } = await us.ok<{ body: { chair: Term | null } }>(
      'query ($id: ID!, $at: DateTime) { body(id: $id) { chair(at: $at) { participant { code } } } }',
      {
        id: ids.body(bodyCode),
        at,
      },
    );
    return body.chair?.participant.code ?? null;
  };
  const assign = (
    bodyCode: string,
    participantCode: string,
    role: string,
    startsOn: string,
    endsOn: string | null = null,
  ) => ({
    input: { bodyId: ids.body(bodyCode), participantId: ids.participant(participantCode), role, startsOn, endsOn },
  });

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
    admin = await t.as('admin@kp.example');
    us = await t.as('us@kp.example');
    ids = await demoIds(us);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('assignChair', () => {
    it('the secretariat names a vice-chair of the Working Group on Statistics for 2021-2022, one audit entry', async () => {
      const { data, entry } = await expectAuditedOnce<{ assignChair: Term }>(
        t,
        secretariat,
        'assignChair',
        ASSIGN,
        assign('WGS', 'AU', 'VICE_CHAIR', '2021-01-01', '2022-12-31'),
      );
      expect(data.assignChair).toEqual({
        id: expect.any(String),
        role: 'VICE_CHAIR',
        startsOn: '2021-01-01',
        endsOn: '2022-12-31',
        body: { code: 'WGS' },
        participant: { code: 'AU' },
      });
      expect(entry).toMatchObject({
        entity: 'ChairTerm',
        entity_id: data.assignChair.id,
        details: { body: 'WGS', participant: 'AU', role: 'VICE_CHAIR' },
      });
      expect((await termsOf('WGS')).map((x) => x.id)).toContain(data.assignChair.id);
      // A vice-chair term is not the chair: chair(at) still answers China for 2022.
      expect(await chairOn('WGS', '2022-05-01T00:00:00Z')).toBe('CN');
    });

    it('a CHAIR term overlapping another CHAIR term of the body is a CONFLICT, day-inclusive', async () => {
      // BW chaired the Plenary for 2022; ZW took over on 2023-01-01.
      const err = await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign('PLEN', 'US', 'CHAIR', '2022-12-31', '2022-12-31'),
        'CONFLICT',
      );
      expect(err.message).toMatch(/CHAIR.*PLEN/);
      // The current term is open-ended: any later term overlaps it until it is ended.
      await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign('PLEN', 'US', 'CHAIR', '2030-01-01', '2030-12-31'),
        'CONFLICT',
      );
      await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign('PLEN', 'GB', 'VICE_CHAIR', '2020-06-01', '2021-01-01'),
        'CONFLICT',
      );
    });

    it('a term touching another without sharing a day is fine', async () => {
      await expectAuditedOnce(
        t,
        admin,
        'assignChair',
        ASSIGN,
        assign('PLEN', 'GB', 'CHAIR', '2020-01-01', '2020-12-31'),
      );
      expect(await chairOn('PLEN', '2020-12-31T12:00:00Z')).toBe('GB');
      expect(await chairOn('PLEN', '2021-01-01T00:00:00Z')).toBe('RU');
    });

    it('two secretariat officers assigning overlapping terms at the same instant: one wins, one gets CONFLICT', async () => {
      const attempts = await Promise.all([
        secretariat.request(ASSIGN, assign('WGM', 'US', 'VICE_CHAIR', '2021-01-01', '2021-12-31')),
        admin.request(ASSIGN, assign('WGM', 'GB', 'VICE_CHAIR', '2021-06-01', '2022-06-30')),
      ]);
      const won = attempts.filter((a) => !a.errors);
      const lost = attempts.filter((a) => a.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expectRefusal(lost[0].errors![0], 'CONFLICT');
      const vice2021 = (await termsOf('WGM')).filter((x) => x.role === 'VICE_CHAIR' && x.startsOn < '2023-01-01');
      expect(vice2021).toHaveLength(1);
    });

    it('the database itself refuses an overlapping term written around the API (23P01)', async () => {
      const before = await termsOf('PLEN');
      const failure = await t.sql
        .query(
          `INSERT INTO chair_term (body_id, participant_id, role, starts_on, ends_on) VALUES ($1, $2, 'CHAIR', '2022-06-01', '2022-06-30')`,
          [ids.body('PLEN'), ids.participant('US')],
        )
        .then(
          () => null,
          (e: { code?: string; constraint?: string }) => e,
        );
      expect(failure).toMatchObject({ code: '23P01', constraint: 'chair_term_no_overlap' });
      // Open-ended terms overlap everything after them, in SQL too.
      const openEnded = await t.sql
        .query(
          `INSERT INTO chair_term (body_id, participant_id, role, starts_on, ends_on) VALUES ($1, $2, 'VICE_CHAIR', '2031-01-01', NULL)`,
          [ids.body('PLEN'), ids.participant('US')],
        )
        .then(
          () => null,
          (e: { code?: string }) => e,
        );
      expect(openEnded).toMatchObject({ code: '23P01' });
      expect(await termsOf('PLEN')).toEqual(before);
    });

    it('an end before the start is BAD_USER_INPUT on endsOn (and the database agrees)', async () => {
      await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign('WGS', 'GB', 'VICE_CHAIR', '2020-06-01', '2020-05-31'),
        'BAD_USER_INPUT',
        'endsOn',
      );
      const failure = await t.sql
        .query(
          `INSERT INTO chair_term (body_id, participant_id, role, starts_on, ends_on) VALUES ($1, $2, 'CHAIR', '2019-06-01', '2019-05-01')`,
          [ids.body('WGS'), ids.participant('GB')],
        )
        .then(
          () => null,
          (e: { code?: string }) => e,
        );
      expect(failure).toMatchObject({ code: '23514' });
    });

    it('a day that is not a calendar day is BAD_USER_INPUT', async () => {
      for (const startsOn of ['2022-02-30', '2022-13-01', '1 March 2022', '2022-03-01T00:00:00Z']) {
        const err = await expectRefusedUnchanged(
          t,
          secretariat,
          ASSIGN,
          assign('WGS', 'GB', 'VICE_CHAIR', startsOn, null),
          'BAD_USER_INPUT',
          'startsOn',
        );
        expect(err.message).toContain('YYYY-MM-DD');
      }
    });

    it('a missing field or an unknown role is BAD_USER_INPUT naming it', async () => {
      const { participantId: _omitted, ...withoutParticipant } = assign('WGS', 'GB', 'VICE_CHAIR', '2019-01-01').input;
      await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        { input: withoutParticipant },
        'BAD_USER_INPUT',
        'participantId',
      );
      await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign('WGS', 'GB', 'PRESIDENT', '2019-01-01'),
        'BAD_USER_INPUT',
        'role',
      );
    });

    it('an observer may not chair: BAD_USER_INPUT on participantId', async () => {
      const err = await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign('WGS', 'CSC', 'VICE_CHAIR', '2019-01-01', '2019-12-31'),
        'BAD_USER_INPUT',
        'participantId',
      );
      expect(err.message).toContain('CSC');
    });

    it('an unknown body or participant is NOT_FOUND', async () => {
      const base = assign('WGS', 'GB', 'VICE_CHAIR', '2019-01-01', '2019-12-31').input;
      await expectRefusedUnchanged(t, secretariat, ASSIGN, { input: { ...base, bodyId: NOBODY } }, 'NOT_FOUND');
      await expectRefusedUnchanged(t, secretariat, ASSIGN, { input: { ...base, participantId: 'GB' } }, 'NOT_FOUND');
    });

    it("a delegate may not assign chairs, not even the Plenary's own chair in office", async () => {
      const ao = await t.as('ao@kp.example');
      for (const client of [us, ao]) {
        const err = await expectRefusedUnchanged(
          t,
          client,
          ASSIGN,
          assign('WGS', 'US', 'VICE_CHAIR', '2019-01-01', '2019-12-31'),
          'FORBIDDEN',
        );
        expect(err.message).toMatch(/SECRETARIAT/);
      }
    });

    it('without a token it is UNAUTHENTICATED', async () => {
      await expectRefusedUnchanged(
        t,
        t.anonymous,
        ASSIGN,
        assign('WGS', 'US', 'VICE_CHAIR', '2019-01-01', '2019-12-31'),
        'UNAUTHENTICATED',
      );
    });
  });

  describe('endChairTerm', () => {
    it("the open-ended chair term of the Plenary is ended, and the next year's chair can be named", async () => {
      const current = (await termsOf('PLEN')).find((x) => x.role === 'CHAIR' && x.endsOn === null)!;
      expect(current.participant.code).toBe('AO');
      await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign('PLEN', 'IN', 'CHAIR', '2027-01-01', '2027-12-31'),
        'CONFLICT',
      );

      const { data, entry } = await expectAuditedOnce<{ endChairTerm: Term }>(t, secretariat, 'endChairTerm', END, {
        termId: current.id,
        endsOn: '2026-12-31',
      });
      expect(data.endChairTerm).toEqual({
        id: current.id,
        role: 'CHAIR',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        participant: { code: 'AO' },
      });
      expect(entry).toMatchObject({
        entity: 'ChairTerm',
        entity_id: current.id,
        details: { from: null, to: '2026-12-31' },
      });

      await expectAuditedOnce(
        t,
        secretariat,
        'assignChair',
        ASSIGN,
        assign('PLEN', 'IN', 'CHAIR', '2027-01-01', '2027-12-31'),
      );
      expect(await chairOn('PLEN', '2026-12-31T23:00:00Z')).toBe('AO');
      expect(await chairOn('PLEN', '2027-01-01T00:00:00Z')).toBe('IN');
    });

    it('stretching a term over the next one is a CONFLICT', async () => {
      const ru2021 = (await termsOf('PLEN')).find((x) => x.role === 'CHAIR' && x.participant.code === 'RU')!;
      const err = await expectRefusedUnchanged(
        t,
        secretariat,
        END,
        { termId: ru2021.id, endsOn: '2022-03-31' },
        'CONFLICT',
      );
      expect(err.message).toMatch(/overlap/);
      expect(await chairOn('PLEN', '2022-03-01T00:00:00Z')).toBe('BW');
    });

    it('an end before the start is BAD_USER_INPUT on endsOn', async () => {
      const bw2022 = (await termsOf('PLEN')).find((x) => x.role === 'CHAIR' && x.participant.code === 'BW')!;
      await expectRefusedUnchanged(
        t,
        secretariat,
        END,
        { termId: bw2022.id, endsOn: '2021-12-31' },
        'BAD_USER_INPUT',
        'endsOn',
      );
      await expectRefusedUnchanged(
        t,
        secretariat,
        END,
        { termId: bw2022.id, endsOn: '2022-31-12' },
        'BAD_USER_INPUT',
        'endsOn',
      );
    });

    it('a term that does not exist is NOT_FOUND', async () => {
      await expectRefusedUnchanged(t, secretariat, END, { termId: NOBODY, endsOn: '2022-12-31' }, 'NOT_FOUND');
      await expectRefusedUnchanged(t, secretariat, END, { termId: 'term-1', endsOn: '2022-12-31' }, 'NOT_FOUND');
      await expectRefusedUnchanged(
        t,
        secretariat,
        END,
        { termId: ids.body('PLEN'), endsOn: '2022-12-31' },
        'NOT_FOUND',
      );
    });

    it('a delegate may not end a term, not even its own', async () => {
      const bw = await t.as('bw@kp.example');
      const bw2022 = (await termsOf('PLEN')).find((x) => x.role === 'CHAIR' && x.participant.code === 'BW')!;
      const err = await expectRefusedUnchanged(t, bw, END, { termId: bw2022.id, endsOn: '2022-06-30' }, 'FORBIDDEN');
      expect(err.message).toMatch(/SECRETARIAT/);
      await expectRefusedUnchanged(t, t.anonymous, END, { termId: bw2022.id, endsOn: '2022-06-30' }, 'UNAUTHENTICATED');
    });
  });
});
