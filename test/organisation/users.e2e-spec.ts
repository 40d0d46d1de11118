// The admin manages users: a second US delegate, a new secretariat officer. Only the admin may;
// passwords are at least 12 characters; a delegate acts for exactly one participant; emails are
// unique whatever their case. A new user signs in straight away.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { demoIds, expectAuditedOnce, expectRefusedUnchanged, NOBODY } from './organisation-helpers.js';
import { OrganisationFixtures } from './organisation.fixtures.js';

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { id email displayName role participant { code } } }`;

interface User {
  id: string;
  email: string;
  displayName: string;
  role: string;
  participant: { code: string } | null;
}

describe('createUser', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let secretariat: GraphQLClient;
  let us: GraphQLClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let make: OrganisationFixtures;
  const user = (over: Record<string, unknown> = {}) => ({
    input: {
      email: 'second.us@kp.example',
      displayName: 'Second delegate of the United States',
      password: 'a long enough password',
      role: 'DELEGATE',
      participantId: ids.participant('US'),
      ...over,
    },
  });
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin@kp.example');
    secretariat = await t.as('secretariat@kp.example');
    us = await t.as('us@kp.example');
    ids = await demoIds(us);
    make = await OrganisationFixtures.on(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the admin adds a second delegate of a participant, who signs in and acts for it', async () => {
    const participant = await make.participant();
    const first = await make.delegate(participant);
    const { data, entry } = await expectAuditedOnce<{ createUser: User }>(
      t,
      admin,
      'createUser',
      CREATE_USER,
      user({ email: 'Second.Delegate@KP.example', participantId: participant.id }),
    );
    expect(data.createUser).toEqual({
      id: expect.any(String),
      email: 'second.delegate@kp.example',
      displayName: 'Second delegate of the United States',
      role: 'DELEGATE',
      participant: { code: participant.code },
    });
    expect(entry).toMatchObject({
      entity: 'User',
      entityId: data.createUser.id,
      details: { email: 'second.delegate@kp.example', role: 'DELEGATE', participantId: participant.id },
    });
    // The audit log never holds the password, in any form.
    expect(JSON.stringify(entry)).not.toMatch(/password|argon/i);

    // Only a hash is stored (the API never shows it: this is the one look inside).
    const { rows } = await t.sql.query<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [
      data.createUser.id,
    ]);
    expect(rows[0].password_hash).toMatch(/^\$argon2/);

    const second = await t.as('second.delegate@kp.example', 'a long enough password');
    const me = await second.ok<{ me: { email: string; role: string; participant: { code: string } } }>(
      '{ me { email role participant { code } } }',
    );
    expect(me.me).toEqual({
      email: 'second.delegate@kp.example',
      role: 'DELEGATE',
      participant: { code: participant.code },
    });

    const read = await us.ok<{ participant: { delegates: { email: string }[] } }>(
      'query ($id: ID!) { participant(id: $id) { delegates { email } } }',
      { id: participant.id },
    );
    expect(read.participant.delegates.map((d) => d.email)).toEqual([first.email, 'second.delegate@kp.example']);
  });

  it('the admin adds a secretariat officer, who has no participant', async () => {
    const { data } = await expectAuditedOnce<{ createUser: User }>(
      t,
      admin,
      'createUser',
      CREATE_USER,
      user({ email: 'officer@kp.example', displayName: 'Officer', role: 'SECRETARIAT', participantId: null }),
    );
    expect(data.createUser).toMatchObject({ role: 'SECRETARIAT', participant: null });
    const officer = await t.as('officer@kp.example', 'a long enough password');
    await officer.ok(
      'mutation { createParticipant(input: { code: "MZ", name: "Mozambique", kind: PARTICIPANT }) { id } }',
    );
  });

  it('the same email in another case is a CONFLICT', async () => {
    const err = await expectRefusedUnchanged(t, admin, CREATE_USER, user({ email: 'US@kp.EXAMPLE' }), 'CONFLICT');
    expect(err.message).toContain('us@kp.example');
  });

  it('a password shorter than 12 characters is BAD_USER_INPUT on password', async () => {
    await expectRefusedUnchanged(
      t,
      admin,
      CREATE_USER,
      user({ email: 'short@kp.example', password: 'elevenchars' }),
      'BAD_USER_INPUT',
      'password',
    );
    // exactly 12 is enough, and no composition rules apply
    await admin.ok(CREATE_USER, user({ email: 'twelve@kp.example', password: 'twelve chars' }));
  });

  it('a password over 256 characters is BAD_USER_INPUT on password', async () => {
    await expectRefusedUnchanged(
      t,
      admin,
      CREATE_USER,
      user({ email: 'long@kp.example', password: 'p'.repeat(257) }),
      'BAD_USER_INPUT',
      'password',
    );
  });

  it('an email that is not one is BAD_USER_INPUT on email', async () => {
    await expectRefusedUnchanged(t, admin, CREATE_USER, user({ email: 'not an email' }), 'BAD_USER_INPUT', 'email');
  });

  it('a blank display name or one over 200 characters is BAD_USER_INPUT on displayName', async () => {
    await expectRefusedUnchanged(
      t,
      admin,
      CREATE_USER,
      user({ email: 'blank@kp.example', displayName: ' ' }),
      'BAD_USER_INPUT',
      'displayName',
    );
    await expectRefusedUnchanged(
      t,
      admin,
      CREATE_USER,
      user({ email: 'long@kp.example', displayName: 'd'.repeat(201) }),
      'BAD_USER_INPUT',
      'displayName',
    );
  });

  it('a DELEGATE without a participant is BAD_USER_INPUT on participantId', async () => {
    await expectRefusedUnchanged(
      t,
      admin,
      CREATE_USER,
      user({ email: 'lost@kp.example', participantId: null }),
      'BAD_USER_INPUT',
      'participantId',
    );
    const { participantId: _omitted, ...withoutField } = user({ email: 'lost@kp.example' }).input;
    await expectRefusedUnchanged(t, admin, CREATE_USER, { input: withoutField }, 'BAD_USER_INPUT', 'participantId');
  });

  it('a SECRETARIAT or ADMIN user with a participant is BAD_USER_INPUT on participantId', async () => {
    for (const role of ['SECRETARIAT', 'ADMIN']) {
      await expectRefusedUnchanged(
        t,
        admin,
        CREATE_USER,
        user({ email: 'mixed@kp.example', role }),
        'BAD_USER_INPUT',
        'participantId',
      );
    }
  });

  it('a delegate of a participant that does not exist is NOT_FOUND', async () => {
    await expectRefusedUnchanged(
      t,
      admin,
      CREATE_USER,
      user({ email: 'ghost@kp.example', participantId: NOBODY }),
      'NOT_FOUND',
    );
    await expectRefusedUnchanged(
      t,
      admin,
      CREATE_USER,
      user({ email: 'ghost@kp.example', participantId: 'US' }),
      'NOT_FOUND',
    );
  });

  it('an unknown role is BAD_USER_INPUT', async () => {
    await expectRefusedUnchanged(
      t,
      admin,
      CREATE_USER,
      user({ email: 'chair@kp.example', role: 'CHAIR' }),
      'BAD_USER_INPUT',
    );
  });

  it('the secretariat may not create users: FORBIDDEN naming the ADMIN role', async () => {
    const err = await expectRefusedUnchanged(
      t,
      secretariat,
      CREATE_USER,
      user({ email: 'by-secretariat@kp.example' }),
      'FORBIDDEN',
    );
    expect(err.message).toMatch(/ADMIN/);
  });

  it('a delegate may not create users, not even for its own participant', async () => {
    const err = await expectRefusedUnchanged(t, us, CREATE_USER, user({ email: 'by-us@kp.example' }), 'FORBIDDEN');
    expect(err.message).toMatch(/ADMIN/);
  });

  it('without a token it is UNAUTHENTICATED', async () => {
    await expectRefusedUnchanged(t, t.anonymous, CREATE_USER, user({ email: 'anon@kp.example' }), 'UNAUTHENTICATED');
  });
});
