// Seats on a body: the secretariat seats a participant (a member) or an observer, and unseats one.
// A seat follows the participant's kind; a participant sits once; delegates may do none of it.
// Each test builds its own body and participants (organisation.fixtures.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { demoIds, expectAuditedOnce, expectRefusedUnchanged, NOBODY } from './organisation-helpers.js';
import { OrganisationFixtures } from './organisation.fixtures.js';

const ADD = `mutation ($bodyId: ID!, $participantId: ID!) {
  addBodyMember(bodyId: $bodyId, participantId: $participantId) { code members { code } observers { code } } }`;
const REMOVE = `mutation ($bodyId: ID!, $participantId: ID!) {
  removeBodyMember(bodyId: $bodyId, participantId: $participantId) { code members { code } observers { code } } }`;

interface Body {
  code: string;
  members: { code: string }[];
  observers: { code: string }[];
}
const codes = (list: { code: string }[]) => list.map((p) => p.code);

describe('seats on a body', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let admin: GraphQLClient;
  let us: GraphQLClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let make: OrganisationFixtures;
  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
    admin = await t.as('admin@kp.example');
    us = await t.as('us@kp.example');
    ids = await demoIds(us);
    make = await OrganisationFixtures.on(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('addBodyMember and removeBodyMember', () => {
    it('a participant joins a body as a member, an observer as an observer, one audit entry each', async () => {
      const [first, joining] = await make.participants(2);
      const [seated, watching] = [await make.observer(), await make.observer()];
      const body = await make.body({ members: [first], observers: [seated] });
      const joined = await expectAuditedOnce<{ addBodyMember: Body }>(t, secretariat, 'addBodyMember', ADD, {
        bodyId: body.id,
        participantId: joining.id,
      });
      expect(codes(joined.data.addBodyMember.members)).toEqual([first.code, joining.code]);
      expect(joined.entry).toMatchObject({
        entity: 'Body',
        entityId: body.id,
        details: { body: body.code, participant: joining.code, as: 'member' },
      });

      const observer = await expectAuditedOnce<{ addBodyMember: Body }>(t, admin, 'addBodyMember', ADD, {
        bodyId: body.id,
        participantId: watching.id,
      });
      // Seats follow the participant's kind: an observer is never counted among the members.
      expect(codes(observer.data.addBodyMember.observers)).toEqual([seated.code, watching.code]);
      expect(codes(observer.data.addBodyMember.members)).toEqual([first.code, joining.code]);
      expect(observer.entry.details).toMatchObject({ participant: watching.code, as: 'observer' });
    });

    it('a participant already seated is a CONFLICT', async () => {
      const member = await make.participant();
      const body = await make.body({ members: [member] });
      const err = await expectRefusedUnchanged(
        t,
        secretariat,
        ADD,
        { bodyId: body.id, participantId: member.id },
        'CONFLICT',
      );
      expect(err.message).toContain(`${member.code} already sits on ${body.code}`);
    });

    it('an unknown body or participant is NOT_FOUND', async () => {
      const p = await make.participant();
      const body = await make.body();
      await expectRefusedUnchanged(t, secretariat, ADD, { bodyId: NOBODY, participantId: p.id }, 'NOT_FOUND');
      await expectRefusedUnchanged(t, secretariat, ADD, { bodyId: body.code, participantId: p.id }, 'NOT_FOUND');
      await expectRefusedUnchanged(t, secretariat, ADD, { bodyId: body.id, participantId: NOBODY }, 'NOT_FOUND');
    });

    it('a member leaves a body, one audit entry', async () => {
      const [leaving, staying] = await make.participants(2);
      const body = await make.body({ members: [leaving, staying] });
      const left = await expectAuditedOnce<{ removeBodyMember: Body }>(t, secretariat, 'removeBodyMember', REMOVE, {
        bodyId: body.id,
        participantId: leaving.id,
      });
      expect(codes(left.data.removeBodyMember.members)).toEqual([staying.code]);
      expect(left.entry).toMatchObject({ entity: 'Body', entityId: body.id });
      expect(left.entry.details).toEqual({ body: body.code, participant: leaving.code });
      const { body: read } = await us.ok<{ body: Body }>('query ($id: ID!) { body(id: $id) { members { code } } }', {
        id: body.id,
      });
      expect(codes(read.members)).toEqual([staying.code]);
    });

    it('removing a participant that has no seat (never had, or has left) is NOT_FOUND', async () => {
      const [member, outsider] = await make.participants(2);
      const body = await make.body({ members: [member] });
      await expectRefusedUnchanged(
        t,
        secretariat,
        REMOVE,
        { bodyId: body.id, participantId: outsider.id },
        'NOT_FOUND',
      );
      await secretariat.ok(REMOVE, { bodyId: body.id, participantId: member.id });
      await expectRefusedUnchanged(t, secretariat, REMOVE, { bodyId: body.id, participantId: member.id }, 'NOT_FOUND');
      await expectRefusedUnchanged(t, secretariat, REMOVE, { bodyId: NOBODY, participantId: member.id }, 'NOT_FOUND');
    });

    it('a delegate may neither seat nor unseat anyone, not even its own participant', async () => {
      for (const [query, participant] of [
        [ADD, 'US'],
        [ADD, 'TG'],
        [REMOVE, 'US'],
        [REMOVE, 'RU'],
      ]) {
        const err = await expectRefusedUnchanged(
          t,
          us,
          query,
          { bodyId: ids.body('RPC'), participantId: ids.participant(participant) },
          'FORBIDDEN',
        );
        expect(err.message).toMatch(/SECRETARIAT/);
      }
    });

    it('without a token both are UNAUTHENTICATED', async () => {
      for (const query of [ADD, REMOVE]) {
        await expectRefusedUnchanged(
          t,
          t.anonymous,
          query,
          { bodyId: ids.body('RPC'), participantId: ids.participant('RU') },
          'UNAUTHENTICATED',
        );
      }
    });
  });
});
