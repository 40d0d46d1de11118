// Reading the organisation: the Kimberley Process, its participants and observers, its bodies, who
// sits on them and who chaired them when (RU in 2021, BW in 2022, ZW in 2023 on the Plenary).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { demoIds, expectRefusal, NOBODY } from './organisation-helpers.js';

interface Term {
  role: string;
  startsOn: string;
  endsOn: string | null;
  participant: { code: string };
}

describe('reading the organisation', () => {
  let t: TestApp;
  let us: GraphQLClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    t = await startTestApp();
    us = await t.as('us@kp.example');
    ids = await demoIds(us);
  });
  afterAll(async () => {
    await t.close();
  });

  it('any delegate reads the organisation: the Kimberley Process, in UTC', async () => {
    const { organization } = await us.ok<{
      organization: { name: string; code: string; timeZone: string; id: string };
    }>('{ organization { id name code timeZone } }');
    expect(organization).toEqual({ id: expect.any(String), name: 'Kimberley Process', code: 'KP', timeZone: 'UTC' });
  });

  it('lists participants by code, and filters them by kind', async () => {
    const data = await us.ok<{
      organization: {
        all: { code: string; kind: string }[];
        states: { code: string }[];
        observers: { code: string }[];
      };
    }>(
      `{ organization {
           all: participants { code kind }
           states: participants(kind: PARTICIPANT) { code }
           observers: participants(kind: OBSERVER) { code } } }`,
    );
    const { all, states, observers } = data.organization;
    expect(all.map((p) => p.code)).toEqual([...all.map((p) => p.code)].sort());
    expect(observers.map((p) => p.code)).toEqual(['ADPA', 'CSC', 'WDC']);
    expect(states.length + observers.length).toBe(all.length);
    // The European Union is one participant; its member states are not listed on their own.
    expect(states.map((p) => p.code)).toEqual(
      expect.arrayContaining(['EU', 'US', 'GB', 'RU', 'BW', 'ZW', 'CN', 'IN', 'ZA', 'AO', 'CA', 'AE']),
    );
    expect(states.map((p) => p.code)).not.toContain('DE');
    expect(states.map((p) => p.code)).not.toContain('FR');
  });

  it('the bodies are the Plenary, two committees and three working groups', async () => {
    const { organization } = await us.ok<{
      organization: { bodies: { code: string; name: string; kind: string; quorum: number | null }[] };
    }>('{ organization { bodies { code name kind quorum } } }');
    expect(organization.bodies.map((b) => [b.code, b.kind]).sort()).toEqual([
      ['PC', 'COMMITTEE'],
      ['PLEN', 'PLENARY'],
      ['RPC', 'COMMITTEE'],
      ['WGDE', 'WORKING_GROUP'],
      ['WGM', 'WORKING_GROUP'],
      ['WGS', 'WORKING_GROUP'],
    ]);
    expect(organization.bodies.find((b) => b.code === 'PC')).toMatchObject({
      name: 'Participation Committee',
      quorum: 5,
    });
  });

  it('participant(id) answers the participant with its delegates', async () => {
    const { participant } = await us.ok<{
      participant: {
        code: string;
        name: string;
        kind: string;
        status: string;
        delegates: { email: string; role: string }[];
      };
    }>('query ($id: ID!) { participant(id: $id) { code name kind status delegates { email role } } }', {
      id: ids.participant('BW'),
    });
    expect(participant).toMatchObject({ code: 'BW', kind: 'PARTICIPANT', status: 'ACTIVE' });
    expect(participant.delegates).toEqual([{ email: 'bw@kp.example', role: 'DELEGATE' }]);
    const csc = await us.ok<{ participant: { kind: string; delegates: { email: string }[] } }>(
      'query ($id: ID!) { participant(id: $id) { kind delegates { email } } }',
      { id: ids.participant('CSC') },
    );
    expect(csc.participant).toEqual({ kind: 'OBSERVER', delegates: [{ email: 'csc@kp.example' }] });
  });

  it('participant(id) and body(id) answer null for an id that names nothing, malformed or not', async () => {
    for (const id of [NOBODY, 'not-a-uuid', "1'; DROP TABLE participant; --", '']) {
      const res = await us.request('query ($id: ID!) { participant(id: $id) { code } body(id: $id) { code } }', { id });
      expect([id, res.errors]).toEqual([id, undefined]);
      expect(res.data).toEqual({ participant: null, body: null });
    }
    // A body's id is not a participant's, and the other way round.
    const crossed = await us.ok('query ($p: ID!, $b: ID!) { participant(id: $b) { code } body(id: $p) { code } }', {
      p: ids.participant('US'),
      b: ids.body('PLEN'),
    });
    expect(crossed).toEqual({ participant: null, body: null });
  });

  it('the Plenary has every participant as a member and every observer as an observer', async () => {
    const data = await us.ok<{
      organization: { participants: { code: string }[] };
      body: { code: string; members: { code: string; kind: string }[]; observers: { code: string; kind: string }[] };
    }>(
      `query ($id: ID!) { organization { participants(kind: PARTICIPANT) { code } }
         body(id: $id) { code members { code kind } observers { code kind } } }`,
      { id: ids.body('PLEN') },
    );
    expect(data.body.members.map((p) => p.code)).toEqual(data.organization.participants.map((p) => p.code));
    expect(data.body.members.every((p) => p.kind === 'PARTICIPANT')).toBe(true);
    expect(data.body.observers).toEqual([
      { code: 'ADPA', kind: 'OBSERVER' },
      { code: 'CSC', kind: 'OBSERVER' },
      { code: 'WDC', kind: 'OBSERVER' },
    ]);
  });

  it("the Participation Committee's members and observers are its own, not the Plenary's", async () => {
    const { body } = await us.ok<{ body: { members: { code: string }[]; observers: { code: string }[] } }>(
      'query ($id: ID!) { body(id: $id) { members { code } observers { code } } }',
      { id: ids.body('PC') },
    );
    expect(body.members.map((p) => p.code)).toEqual([
      'AE',
      'AO',
      'AU',
      'BW',
      'CA',
      'CH',
      'CN',
      'EU',
      'GB',
      'IL',
      'IN',
      'NA',
      'RU',
      'US',
      'ZA',
      'ZW',
    ]);
    expect(body.observers.map((p) => p.code)).toEqual(['CSC', 'WDC']);
  });

  it("the Plenary's chair terms follow the yearly rotation, the vice-chair of one year chairing the next", async () => {
    const { body } = await us.ok<{ body: { chairTerms: (Term & { body: { code: string } })[] } }>(
      'query ($id: ID!) { body(id: $id) { chairTerms { role startsOn endsOn participant { code } body { code } } } }',
      { id: ids.body('PLEN') },
    );
    const chairs = body.chairTerms
      .filter((term) => term.role === 'CHAIR')
      .map((term) => [term.startsOn.slice(0, 4), term.participant.code]);
    expect(chairs.slice(0, 3)).toEqual([
      ['2021', 'RU'],
      ['2022', 'BW'],
      ['2023', 'ZW'],
    ]);
    expect(body.chairTerms).toContainEqual({
      role: 'VICE_CHAIR',
      startsOn: '2022-01-01',
      endsOn: '2022-12-31',
      participant: { code: 'ZW' },
      body: { code: 'PLEN' },
    });
    expect(body.chairTerms.every((term) => term.body.code === 'PLEN')).toBe(true);
  });

  it('Body.chair(at) answers who chaired the Plenary in 2021, 2022 and 2023', async () => {
    const data = await us.ok<Record<string, { chair: Term | null }>>(
      `query ($id: ID!) {
         y2021: body(id: $id) { chair(at: "2021-06-15T12:00:00Z") { role startsOn endsOn participant { code } } }
         y2022: body(id: $id) { chair(at: "2022-11-08T09:00:00Z") { role startsOn endsOn participant { code } } }
         y2023: body(id: $id) { chair(at: "2023-01-01T00:00:00Z") { role startsOn endsOn participant { code } } }
         lastDayOf2022: body(id: $id) { chair(at: "2022-12-31T23:59:59Z") { participant { code } } }
         before: body(id: $id) { chair(at: "2019-06-01T00:00:00Z") { participant { code } } }
         now: body(id: $id) { chair { participant { code } } } }`,
      { id: ids.body('PLEN') },
    );
    expect(data.y2021.chair).toEqual({
      role: 'CHAIR',
      startsOn: '2021-01-01',
      endsOn: '2021-12-31',
      participant: { code: 'RU' },
    });
    expect(data.y2022.chair).toEqual({
      role: 'CHAIR',
      startsOn: '2022-01-01',
      endsOn: '2022-12-31',
      participant: { code: 'BW' },
    });
    expect(data.y2023.chair).toEqual({
      role: 'CHAIR',
      startsOn: '2023-01-01',
      endsOn: '2023-12-31',
      participant: { code: 'ZW' },
    });
    expect(data.lastDayOf2022.chair).toEqual({ participant: { code: 'BW' } });
    expect(data.before.chair).toBeNull();
    // The current term is open-ended, so the demo has a chair whenever it runs.
    expect(data.now.chair).not.toBeNull();
  });

  it('chair(at) wants an instant with its zone: anything else is BAD_USER_INPUT on at', async () => {
    for (const at of ['yesterday', '2022-06-01', '2022-06-01T12:00:00', '2022-02-30T00:00:00Z', 1654041600000]) {
      const err = await us.fails('query ($id: ID!, $at: DateTime) { body(id: $id) { chair(at: $at) { id } } }', {
        id: ids.body('PLEN'),
        at,
      });
      expectRefusal(err, 'BAD_USER_INPUT', 'at');
    }
    const offset = await us.ok<{ body: { chair: Term } }>(
      'query ($id: ID!) { body(id: $id) { chair(at: "2022-12-31T23:30:00-02:00") { participant { code } } } }',
      { id: ids.body('PLEN') },
    );
    // 23:30 on 31 December at UTC-2 is 1 January 2023 in UTC, the organisation's zone: ZW's year.
    expect(offset.body.chair.participant.code).toBe('ZW');
  });

  it('Russia chaired both committees in 2022', async () => {
    const data = await us.ok<Record<string, { code: string; chair: Term | null }>>(
      `query ($pc: ID!, $rpc: ID!) {
         pc: body(id: $pc) { code chair(at: "2022-06-01T00:00:00Z") { role participant { code } } }
         rpc: body(id: $rpc) { code chair(at: "2022-06-01T00:00:00Z") { role participant { code } } } }`,
      { pc: ids.body('PC'), rpc: ids.body('RPC') },
    );
    expect(data.pc.chair).toEqual({ role: 'CHAIR', participant: { code: 'RU' } });
    expect(data.rpc.chair).toEqual({ role: 'CHAIR', participant: { code: 'RU' } });
  });

  it('every body and who chairs it, in one request, without a query per body', async () => {
    // Bodies, members and delegates are three unbounded lists (about 1,050,000 by the cost estimate,
    // over the default ceiling of 1,000,000), nested on purpose to count statements.
    const counted = await startTestApp({ countQueries: true, env: { CONCORD_MAX_COST: '5000000' } });
    try {
      const client = await counted.as('us@kp.example');
      counted.queries.length = 0;
      const { organization } = await client.ok<{
        organization: {
          bodies: { code: string; members: { code: string }[]; chairTerms: Term[]; chair: Term | null }[];
        };
      }>(
        `{ organization { bodies { code members { code delegates { email } } chairTerms { role participant { code } }
             chair(at: "2022-06-01T00:00:00Z") { participant { code } } } } }`,
      );
      expect(organization.bodies.find((b) => b.code === 'PLEN')?.chair?.participant.code).toBe('BW');
      const selects = counted.queries.filter((q) => /^\s*SELECT/i.test(q));
      // bodies, seats, participants, delegates, chair terms (+ the organisation's time zone, cached):
      // a handful, however many bodies and members there are.
      expect(selects.length).toBeGreaterThan(0);
      expect(selects.length).toBeLessThanOrEqual(8);
    } finally {
      await counted.close();
    }
  });

  it('without a token, the organisation, a participant and a body are UNAUTHENTICATED', async () => {
    for (const query of [
      '{ organization { name } }',
      `{ participant(id: "${NOBODY}") { status } }`,
      `{ body(id: "${NOBODY}") { members { code } } }`,
    ]) {
      expectRefusal(await t.anonymous.fails(query), 'UNAUTHENTICATED');
    }
  });
});
