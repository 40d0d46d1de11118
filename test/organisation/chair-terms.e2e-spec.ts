// Chair terms: the secretariat assigns who chairs (or vice-chairs) a body for a range of days (ending
// a term: chair-term-ends.e2e-spec.ts). Two terms of one role on one body never overlap, and it is the database that
// says so (an exclusion constraint), so no race and no direct SQL can make two chairs at once.
// Each test builds its own body, participants and terms (organisation.fixtures.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { expectAuditedOnce, expectRefusal, expectRefusedUnchanged, NOBODY } from './organisation-helpers.js';
import { ASSIGN, assign, chairOn, termsOf, type Term } from './chair-terms.helpers.js';
import { OrganisationFixtures } from './organisation.fixtures.js';

describe('chair terms', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let admin: GraphQLClient;
  let us: GraphQLClient;
  let make: OrganisationFixtures;

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
    admin = await t.as('admin@kp.example');
    us = await t.as('us@kp.example');
    make = await OrganisationFixtures.on(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('assignChair', () => {
    it('the secretariat names a vice-chair for 2021-2022, one audit entry; the chair stays the chair', async () => {
      const [chair, vice] = await make.participants(2);
      const body = await make.body({ members: [chair, vice] });
      await make.chairTerm(body, chair, { startsOn: '2020-01-01' });
      const { data, entry } = await expectAuditedOnce<{ assignChair: Term }>(
        t,
        secretariat,
        'assignChair',
        ASSIGN,
        assign(body, vice, 'VICE_CHAIR', '2021-01-01', '2022-12-31'),
      );
      expect(data.assignChair).toEqual({
        id: expect.any(String),
        role: 'VICE_CHAIR',
        startsOn: '2021-01-01',
        endsOn: '2022-12-31',
        body: { code: body.code },
        participant: { code: vice.code },
      });
      expect(entry).toMatchObject({
        entity: 'ChairTerm',
        entityId: data.assignChair.id,
        details: { body: body.code, participant: vice.code, role: 'VICE_CHAIR', startsOn: '2021-01-01' },
      });
      expect((await termsOf(us, body)).map((x) => x.id)).toContain(data.assignChair.id);
      // A vice-chair term is not the chair: chair(at) still answers the chair for 2022.
      expect(await chairOn(us, body, '2022-05-01T00:00:00Z')).toBe(chair.code);
    });

    it('a term overlapping another term of its role on the body is a CONFLICT, day-inclusive', async () => {
      const [a, b, c] = await make.participants(3);
      const body = await make.body();
      await make.chairTerm(body, a, { startsOn: '2022-01-01', endsOn: '2022-12-31' });
      await make.chairTerm(body, b, { startsOn: '2023-01-01' });
      await make.chairTerm(body, a, { role: 'VICE_CHAIR', startsOn: '2020-01-01', endsOn: '2020-12-31' });
      const err = await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign(body, c, 'CHAIR', '2022-12-31', '2022-12-31'),
        'CONFLICT',
      );
      expect(err.message).toMatch(new RegExp(`CHAIR.*${body.code}`));
      // An open-ended term overlaps any later term until it is ended.
      await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign(body, c, 'CHAIR', '2030-01-01', '2030-12-31'),
        'CONFLICT',
      );
      await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign(body, c, 'VICE_CHAIR', '2020-06-01', '2021-01-01'),
        'CONFLICT',
      );
    });

    it('a term touching another without sharing a day is fine', async () => {
      const [earlier, later] = await make.participants(2);
      const body = await make.body();
      await make.chairTerm(body, later, { startsOn: '2021-01-01', endsOn: '2021-12-31' });
      await expectAuditedOnce(
        t,
        admin,
        'assignChair',
        ASSIGN,
        assign(body, earlier, 'CHAIR', '2020-01-01', '2020-12-31'),
      );
      expect(await chairOn(us, body, '2020-12-31T12:00:00Z')).toBe(earlier.code);
      expect(await chairOn(us, body, '2021-01-01T00:00:00Z')).toBe(later.code);
    });

    it('two secretariat officers assigning overlapping terms at the same instant: one wins, one gets CONFLICT', async () => {
      const [a, b] = await make.participants(2);
      const body = await make.body();
      const attempts = await Promise.all([
        secretariat.request(ASSIGN, assign(body, a, 'VICE_CHAIR', '2021-01-01', '2021-12-31')),
        admin.request(ASSIGN, assign(body, b, 'VICE_CHAIR', '2021-06-01', '2022-06-30')),
      ]);
      const won = attempts.filter((x) => !x.errors);
      const lost = attempts.filter((x) => x.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expectRefusal(lost[0].errors![0], 'CONFLICT');
      expect(await termsOf(us, body)).toHaveLength(1);
    });

    it('the database itself refuses an overlapping term written around the API (23P01)', async () => {
      const [a, b] = await make.participants(2);
      const body = await make.body();
      await make.chairTerm(body, a, { startsOn: '2022-01-01', endsOn: '2022-12-31' });
      await make.chairTerm(body, a, { role: 'VICE_CHAIR', startsOn: '2030-01-01' });
      const before = await termsOf(us, body);
      const insert = (role: string, startsOn: string, endsOn: string | null) =>
        t.sql
          .query(
            `INSERT INTO chair_term (body_id, participant_id, role, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)`,
            [body.id, b.id, role, startsOn, endsOn],
          )
          .then(
            () => null,
            (e: { code?: string; constraint?: string }) => e,
          );
      expect(await insert('CHAIR', '2022-06-01', '2022-06-30')).toMatchObject({
        code: '23P01',
        constraint: 'chair_term_no_overlap',
      });
      // Open-ended terms overlap everything after them, in SQL too.
      expect(await insert('VICE_CHAIR', '2031-01-01', null)).toMatchObject({ code: '23P01' });
      expect(await termsOf(us, body)).toEqual(before);
    });

    it('an end before the start is BAD_USER_INPUT on endsOn (and the database agrees)', async () => {
      const p = await make.participant();
      const body = await make.body();
      await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign(body, p, 'VICE_CHAIR', '2020-06-01', '2020-05-31'),
        'BAD_USER_INPUT',
        'endsOn',
      );
      const failure = await t.sql
        .query(
          `INSERT INTO chair_term (body_id, participant_id, role, starts_on, ends_on) VALUES ($1, $2, 'CHAIR', '2019-06-01', '2019-05-01')`,
          [body.id, p.id],
        )
        .then(
          () => null,
          (e: { code?: string }) => e,
        );
      expect(failure).toMatchObject({ code: '23514' });
    });

    it('a day that is not a calendar day is BAD_USER_INPUT', async () => {
      const p = await make.participant();
      const body = await make.body();
      for (const startsOn of ['2022-02-30', '2022-13-01', '1 March 2022', '2022-03-01T00:00:00Z']) {
        const err = await expectRefusedUnchanged(
          t,
          secretariat,
          ASSIGN,
          assign(body, p, 'VICE_CHAIR', startsOn, null),
          'BAD_USER_INPUT',
          'startsOn',
        );
        expect(err.message).toContain('YYYY-MM-DD');
      }
    });

    it('a missing field or an unknown role is BAD_USER_INPUT naming it', async () => {
      const p = await make.participant();
      const body = await make.body();
      const { participantId: _omitted, ...withoutParticipant } = assign(body, p, 'VICE_CHAIR', '2019-01-01').input;
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
        assign(body, p, 'PRESIDENT', '2019-01-01'),
        'BAD_USER_INPUT',
        'role',
      );
    });

    it('an observer may not chair: BAD_USER_INPUT on participantId', async () => {
      const observer = await make.observer();
      const body = await make.body({ observers: [observer] });
      const err = await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign(body, observer, 'VICE_CHAIR', '2019-01-01', '2019-12-31'),
        'BAD_USER_INPUT',
        'participantId',
      );
      expect(err.message).toContain(observer.code);
    });

    it('an unknown body or participant is NOT_FOUND', async () => {
      const p = await make.participant();
      const body = await make.body();
      const base = assign(body, p, 'VICE_CHAIR', '2019-01-01', '2019-12-31').input;
      await expectRefusedUnchanged(t, secretariat, ASSIGN, { input: { ...base, bodyId: NOBODY } }, 'NOT_FOUND');
      await expectRefusedUnchanged(t, secretariat, ASSIGN, { input: { ...base, participantId: p.code } }, 'NOT_FOUND');
    });

    it("a delegate may not assign chairs, not even the body's own chair in office", async () => {
      const [chair, other] = await make.participants(2);
      const body = await make.body({ members: [chair, other] });
      await make.chairTerm(body, chair, { startsOn: '2020-01-01' });
      const chairDelegate = await make.delegate(chair);
      for (const client of [us, chairDelegate.client]) {
        const err = await expectRefusedUnchanged(
          t,
          client,
          ASSIGN,
          assign(body, other, 'VICE_CHAIR', '2021-01-01', '2021-12-31'),
          'FORBIDDEN',
        );
        expect(err.message).toMatch(/SECRETARIAT/);
      }
    });

    it('without a token it is UNAUTHENTICATED', async () => {
      const p = await make.participant();
      const body = await make.body();
      await expectRefusedUnchanged(
        t,
        t.anonymous,
        ASSIGN,
        assign(body, p, 'VICE_CHAIR', '2019-01-01', '2019-12-31'),
        'UNAUTHENTICATED',
      );
    });
  });
});
