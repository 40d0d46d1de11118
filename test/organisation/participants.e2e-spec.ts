// The secretariat admits participants and observers and suspends or reinstates them; delegates may
// not. Every success leaves one audit entry; every refusal leaves the database as it was.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { demoIds, expectAuditedOnce, expectRefusedUnchanged, NOBODY } from './organisation-helpers.js';
import { OrganisationFixtures } from './organisation.fixtures.js';

const CREATE = `mutation ($input: CreateParticipantInput!) {
  createParticipant(input: $input) { id code name kind status delegates { email } } }`;
const SET_STATUS = `mutation ($participantId: ID!, $status: ParticipantStatus!) {
  setParticipantStatus(participantId: $participantId, status: $status) { id code status } }`;

interface Participant {
  id: string;
  code: string;
  name: string;
  kind: string;
  status: string;
}

describe('participants', () => {
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

  describe('createParticipant', () => {
    it('the secretariat admits a new participant, ACTIVE, with one audit entry', async () => {
      const { data, entry } = await expectAuditedOnce<{ createParticipant: Participant & { delegates: unknown[] } }>(
        t,
        secretariat,
        'createParticipant',
        CREATE,
        { input: { code: 'MZ', name: '  Mozambique ', kind: 'PARTICIPANT' } },
      );
      expect(data.createParticipant).toEqual({
        id: expect.any(String),
        code: 'MZ',
        name: 'Mozambique',
        kind: 'PARTICIPANT',
        status: 'ACTIVE',
        delegates: [],
      });
      expect(entry).toMatchObject({
        entity: 'Participant',
        entityId: data.createParticipant.id,
        details: { code: 'MZ', kind: 'PARTICIPANT' },
      });
      const read = await us.ok<{ participant: Participant }>(
        'query ($id: ID!) { participant(id: $id) { code name } }',
        {
          id: data.createParticipant.id,
        },
      );
      expect(read.participant).toEqual({ code: 'MZ', name: 'Mozambique' });
    });

    it('the admin admits an observer (ADMIN has every SECRETARIAT power)', async () => {
      const { data } = await expectAuditedOnce<{ createParticipant: Participant }>(
        t,
        admin,
        'createParticipant',
        CREATE,
        {
          input: { code: 'IDDI', name: 'Diamond Development Initiative', kind: 'OBSERVER' },
        },
      );
      expect(data.createParticipant).toMatchObject({ code: 'IDDI', kind: 'OBSERVER', status: 'ACTIVE' });
      const { organization } = await us.ok<{ organization: { participants: { code: string; kind: string }[] } }>(
        '{ organization { participants(kind: OBSERVER) { code kind } } }',
      );
      const observers = organization.participants.map((p) => p.code);
      expect(observers).toEqual(expect.arrayContaining(['ADPA', 'CSC', 'IDDI', 'WDC']));
      expect(observers).toEqual([...observers].sort());
      expect(organization.participants.every((p) => p.kind === 'OBSERVER')).toBe(true);
    });

    it('a code that exists already is a CONFLICT naming it, whatever the kind asked for', async () => {
      const existing = await make.participant();
      for (const kind of ['PARTICIPANT', 'OBSERVER']) {
        const err = await expectRefusedUnchanged(
          t,
          secretariat,
          CREATE,
          { input: { code: existing.code, name: 'Again', kind } },
          'CONFLICT',
        );
        expect(err.message).toContain(existing.code);
      }
    });

    it.each([
      ['lower case', 'kz2'],
      ['starting with a digit', '1AB'],
      ['empty', ''],
      ['a space', 'K Z'],
      ['17 characters', 'ABCDEFGHIJKLMNOPQ'],
      ['punctuation', 'A.B'],
    ])('a code in %s is BAD_USER_INPUT on code', async (_, code) => {
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE,
        { input: { code, name: 'Somewhere', kind: 'PARTICIPANT' } },
        'BAD_USER_INPUT',
        'code',
      );
    });

    it('codes of 16 characters with digits, _ and - are fine', async () => {
      await secretariat.ok(CREATE, { input: { code: 'A1_B-CDEFGHIJKLM', name: 'Long code', kind: 'OBSERVER' } });
    });

    it('a blank name or one over 200 characters is BAD_USER_INPUT on name', async () => {
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE,
        { input: { code: 'QQ', name: '   ', kind: 'PARTICIPANT' } },
        'BAD_USER_INPUT',
        'name',
      );
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE,
        { input: { code: 'QQ', name: 'x'.repeat(201), kind: 'PARTICIPANT' } },
        'BAD_USER_INPUT',
        'name',
      );
      const { createParticipant } = await secretariat.ok<{ createParticipant: Participant }>(CREATE, {
        input: { code: 'QQ', name: 'y'.repeat(200), kind: 'PARTICIPANT' },
      });
      expect(createParticipant.name).toHaveLength(200);
    });

    it('an unknown kind is BAD_USER_INPUT', async () => {
      await expectRefusedUnchanged(
        t,
        secretariat,
        CREATE,
        { input: { code: 'QR', name: 'Somewhere', kind: 'MEMBER_STATE' } },
        'BAD_USER_INPUT',
      );
    });

    it('a delegate may not admit a participant: FORBIDDEN naming the SECRETARIAT role', async () => {
      const err = await expectRefusedUnchanged(
        t,
        us,
        CREATE,
        { input: { code: 'XX', name: 'Nowhere', kind: 'PARTICIPANT' } },
        'FORBIDDEN',
      );
      expect(err.message).toMatch(/SECRETARIAT/);
    });

    it('without a token it is UNAUTHENTICATED', async () => {
      await expectRefusedUnchanged(
        t,
        t.anonymous,
        CREATE,
        { input: { code: 'XX', name: 'Nowhere', kind: 'PARTICIPANT' } },
        'UNAUTHENTICATED',
      );
    });
  });

  describe('setParticipantStatus', () => {
    it('the secretariat suspends a participant, with one audit entry, and every delegate reads it', async () => {
      const p = await make.participant();
      const suspended = await expectAuditedOnce<{ setParticipantStatus: Participant }>(
        t,
        secretariat,
        'setParticipantStatus',
        SET_STATUS,
        { participantId: p.id, status: 'SUSPENDED' },
      );
      expect(suspended.data.setParticipantStatus).toEqual({ id: p.id, code: p.code, status: 'SUSPENDED' });
      expect(suspended.entry).toMatchObject({ entity: 'Participant', entityId: p.id });
      expect(suspended.entry.details).toEqual({ code: p.code, from: 'ACTIVE', to: 'SUSPENDED' });
      const read = await us.ok<{ participant: { status: string } }>(
        'query ($id: ID!) { participant(id: $id) { status } }',
        { id: p.id },
      );
      expect(read.participant.status).toBe('SUSPENDED');
    });

    it('the admin reinstates a suspended participant, with one audit entry', async () => {
      const p = await make.participant();
      await make.suspend(p);
      const reinstated = await expectAuditedOnce<{ setParticipantStatus: Participant }>(
        t,
        admin,
        'setParticipantStatus',
        SET_STATUS,
        { participantId: p.id, status: 'ACTIVE' },
      );
      expect(reinstated.data.setParticipantStatus.status).toBe('ACTIVE');
      expect(reinstated.entry.details).toEqual({ code: p.code, from: 'SUSPENDED', to: 'ACTIVE' });
    });

    it('an unknown or malformed participant id is NOT_FOUND', async () => {
      await expectRefusedUnchanged(
        t,
        secretariat,
        SET_STATUS,
        { participantId: NOBODY, status: 'SUSPENDED' },
        'NOT_FOUND',
      );
      await expectRefusedUnchanged(
        t,
        secretariat,
        SET_STATUS,
        { participantId: 'zw', status: 'SUSPENDED' },
        'NOT_FOUND',
      );
    });

    it('an unknown status is BAD_USER_INPUT', async () => {
      await expectRefusedUnchanged(
        t,
        secretariat,
        SET_STATUS,
        { participantId: ids.participant('ZW'), status: 'EXPELLED' },
        'BAD_USER_INPUT',
      );
    });

    it('a delegate may not suspend anyone, not even its own participant', async () => {
      for (const code of ['RU', 'US']) {
        const err = await expectRefusedUnchanged(
          t,
          us,
          SET_STATUS,
          { participantId: ids.participant(code), status: 'SUSPENDED' },
          'FORBIDDEN',
        );
        expect(err.message).toMatch(/SECRETARIAT/);
      }
    });

    it('without a token it is UNAUTHENTICATED', async () => {
      await expectRefusedUnchanged(
        t,
        t.anonymous,
        SET_STATUS,
        { participantId: ids.participant('ZW'), status: 'SUSPENDED' },
        'UNAUTHENTICATED',
      );
    });
  });
});
