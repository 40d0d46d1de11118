// The secretariat sets up bodies: a new working group with its members and observers (seats taken
// and given up later: seats.e2e-spec.ts). Members are participants of kind PARTICIPANT, observers of
// kind OBSERVER; codes are unique; delegates may do none of it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { demoIds, expectAuditedOnce, expectRefusedUnchanged, NOBODY } from './organisation-helpers.js';

const CREATE_BODY = `mutation ($input: CreateBodyInput!) {
  createBody(input: $input) { id code name kind quorum members { code } observers { code } chairTerms { id } chair { id } } }`;

interface Body {
  id: string;
  code: string;
  name: string;
  kind: string;
  quorum: number | null;
  members: { code: string }[];
  observers: { code: string }[];
}
const codes = (list: { code: string }[]) => list.map((p) => p.code);

describe('bodies', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let admin: GraphQLClient;
  let us: GraphQLClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
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

  describe('createBody', () => {
    it('the secretariat creates a working group with members, observers and a quorum, one audit entry', async () => {
      const { data, entry } = await expectAuditedOnce<{ createBody: Body }>(t, secretariat, 'createBody', CREATE_BODY, {
        input: {
          name: 'Working Group on Artisanal and Alluvial Production',
          code: 'WGAAP',
          kind: 'WORKING_GROUP',
          quorum: 3,
          memberIds: ['SL', 'CD', 'AO', 'GN', 'SL'].map(ids.participant),
          observerIds: ['CSC'].map(ids.participant),
        },
      });
      expect(data.createBody).toMatchObject({
        code: 'WGAAP',
        kind: 'WORKING_GROUP',
        quorum: 3,
        members: [{ code: 'AO' }, { code: 'CD' }, { code: 'GN' }, { code: 'SL' }],
        observers: [{ code: 'CSC' }],
        chairTerms: [],
        chair: null,
      });
      expect(entry).toMatchObject({
        entity: 'Body',
        entityId: data.createBody.id,
        details: { code: 'WGAAP', members: ['AO', 'CD', 'GN', 'SL'], observers: ['CSC'] },
      });
      const { organization } = await us.ok<{ organization: { bodies: { code: string }[] } }>(
        '{ organization { bodies { code } } }',
      );
      expect(codes(organization.bodies)).toContain('WGAAP');
    });

    it('without a code, the code is derived from the name', async () => {
      const { data } = await expectAuditedOnce<{ createBody: Body }>(t, admin, 'createBody', CREATE_BODY, {
        input: { name: 'Ad hoc Committee on Review and Reform', kind: 'COMMITTEE' },
      });
      expect(data.createBody).toMatchObject({ code: 'AHCRR', quorum: null, members: [], observers: [] });
    });

    it('a code that exists is a CONFLICT, and so is a derived one (asking for a code)', async () => {
      const given = await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        { input: { name: 'Another plenary', code: 'PLEN', kind: 'PLENARY' } },
        'CONFLICT',
      );
      expect(given.message).toContain('PLEN');
      const derived = await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        { input: { name: 'Participation Committee', kind: 'COMMITTEE' } },
        'CONFLICT',
      );
      expect(derived.message).toMatch(/PC.*give a code/);
    });

    it('an observer among the members is BAD_USER_INPUT on memberIds', async () => {
      const err = await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        {
          input: {
            name: 'Mixed group',
            code: 'MIX',
            kind: 'WORKING_GROUP',
            memberIds: [ids.participant('US'), ids.participant('WDC')],
          },
        },
        'BAD_USER_INPUT',
        'memberIds',
      );
      expect(err.message).toContain('WDC');
    });

    it('a participant among the observers is BAD_USER_INPUT on observerIds', async () => {
      const err = await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        { input: { name: 'Mixed group', code: 'MIX', kind: 'WORKING_GROUP', observerIds: [ids.participant('RU')] } },
        'BAD_USER_INPUT',
        'observerIds',
      );
      expect(err.message).toContain('RU');
    });

    it('a member that does not exist is NOT_FOUND, and no body is made', async () => {
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        { input: { name: 'Ghosts', code: 'GHOST', kind: 'COMMITTEE', memberIds: [NOBODY] } },
        'NOT_FOUND',
      );
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        { input: { name: 'Ghosts', code: 'GHOST', kind: 'COMMITTEE', observerIds: ['CSC'] } },
        'NOT_FOUND',
      );
    });

    it('a quorum below 1 is BAD_USER_INPUT on quorum', async () => {
      for (const quorum of [0, -3]) {
        await expectRefusedUnchanged(
          t,
          secretariat,
          CREATE_BODY,
          { input: { name: 'No quorum', code: 'NOQ', kind: 'COMMITTEE', quorum } },
          'BAD_USER_INPUT',
          'quorum',
        );
      }
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        { input: { name: 'No quorum', code: 'NOQ', kind: 'COMMITTEE', quorum: 1.5 } },
        'BAD_USER_INPUT',
      );
    });

    it('a blank name, a name over 200 characters or a malformed code is BAD_USER_INPUT naming the field', async () => {
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        { input: { name: '  ', code: 'BLANK', kind: 'COMMITTEE' } },
        'BAD_USER_INPUT',
        'name',
      );
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        { input: { name: 'n'.repeat(201), code: 'LONG', kind: 'COMMITTEE' } },
        'BAD_USER_INPUT',
        'name',
      );
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        { input: { name: 'Lower', code: 'lower', kind: 'COMMITTEE' } },
        'BAD_USER_INPUT',
        'code',
      );
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE_BODY,
        { input: { name: 'Kind', code: 'KIND', kind: 'SUBCOMMITTEE' } },
        'BAD_USER_INPUT',
      );
    });

    it('a delegate may not create a body: FORBIDDEN naming the SECRETARIAT role', async () => {
      const err = await expectRefusedUnchanged(
        t,
        us,
        CREATE_BODY,
        { input: { name: 'US group', code: 'USG', kind: 'WORKING_GROUP' } },
        'FORBIDDEN',
      );
      expect(err.message).toMatch(/SECRETARIAT/);
    });

    it('without a token it is UNAUTHENTICATED', async () => {
      await expectRefusedUnchanged(
        t,
        t.anonymous,
        CREATE_BODY,
        { input: { name: 'Anon group', code: 'ANON', kind: 'WORKING_GROUP' } },
        'UNAUTHENTICATED',
      );
    });
  });
});
