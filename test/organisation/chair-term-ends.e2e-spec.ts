// Ending chair terms: the secretariat ends a term early (or sets the last day of an open one) and
// names the next chair; a term never stretches over the next one of its role (CONFLICT).
// Each test builds its own body, participants and terms (organisation.fixtures.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { expectAuditedOnce, expectRefusedUnchanged, NOBODY } from './organisation-helpers.js';
import { ASSIGN, END, assign, chairOn, type Term } from './chair-terms.helpers.js';
import { OrganisationFixtures } from './organisation.fixtures.js';

describe('ending chair terms', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let us: GraphQLClient;
  let make: OrganisationFixtures;

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
    us = await t.as('us@kp.example');
    make = await OrganisationFixtures.on(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('endChairTerm', () => {
    it('an open-ended chair term is ended, one audit entry, and the next chair can be named', async () => {
      const [current, next] = await make.participants(2);
      const body = await make.body();
      const term = await make.chairTerm(body, current, { startsOn: '2026-01-01' });
      await expectRefusedUnchanged(
        t,
        secretariat,
        ASSIGN,
        assign(body, next, 'CHAIR', '2027-01-01', '2027-12-31'),
        'CONFLICT',
      );

      const { data, entry } = await expectAuditedOnce<{ endChairTerm: Term }>(t, secretariat, 'endChairTerm', END, {
        termId: term.id,
        endsOn: '2026-12-31',
      });
      expect(data.endChairTerm).toEqual({
        id: term.id,
        role: 'CHAIR',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        participant: { code: current.code },
      });
      expect(entry).toMatchObject({
        entity: 'ChairTerm',
        entityId: term.id,
        details: { from: null, to: '2026-12-31' },
      });

      await expectAuditedOnce(
        t,
        secretariat,
        'assignChair',
        ASSIGN,
        assign(body, next, 'CHAIR', '2027-01-01', '2027-12-31'),
      );
      expect(await chairOn(us, body, '2026-12-31T23:00:00Z')).toBe(current.code);
      expect(await chairOn(us, body, '2027-01-01T00:00:00Z')).toBe(next.code);
    });

    it('stretching a term over the next one is a CONFLICT', async () => {
      const [first, second] = await make.participants(2);
      const body = await make.body();
      const term = await make.chairTerm(body, first, { startsOn: '2021-01-01', endsOn: '2021-12-31' });
      await make.chairTerm(body, second, { startsOn: '2022-01-01', endsOn: '2022-12-31' });
      const err = await expectRefusedUnchanged(
        t,
        secretariat,
        END,
        { termId: term.id, endsOn: '2022-03-31' },
        'CONFLICT',
      );
      expect(err.message).toMatch(/overlap/);
      expect(await chairOn(us, body, '2022-03-01T00:00:00Z')).toBe(second.code);
    });

    it('an end before the start, or not a calendar day, is BAD_USER_INPUT on endsOn', async () => {
      const p = await make.participant();
      const body = await make.body();
      const term = await make.chairTerm(body, p, { startsOn: '2022-01-01', endsOn: '2022-12-31' });
      for (const endsOn of ['2021-12-31', '2022-31-12']) {
        await expectRefusedUnchanged(t, secretariat, END, { termId: term.id, endsOn }, 'BAD_USER_INPUT', 'endsOn');
      }
    });

    it('a term that does not exist is NOT_FOUND', async () => {
      const body = await make.body();
      for (const termId of [NOBODY, 'term-1', body.id]) {
        await expectRefusedUnchanged(t, secretariat, END, { termId, endsOn: '2022-12-31' }, 'NOT_FOUND');
      }
    });

    it('a delegate may not end a term, not even its own', async () => {
      const chair = await make.participant();
      const body = await make.body({ members: [chair] });
      const term = await make.chairTerm(body, chair, { startsOn: '2022-01-01', endsOn: '2022-12-31' });
      const own = await make.delegate(chair);
      const err = await expectRefusedUnchanged(
        t,
        own.client,
        END,
        { termId: term.id, endsOn: '2022-06-30' },
        'FORBIDDEN',
      );
      expect(err.message).toMatch(/SECRETARIAT/);
      await expectRefusedUnchanged(t, t.anonymous, END, { termId: term.id, endsOn: '2022-06-30' }, 'UNAUTHENTICATED');
    });
  });
});
