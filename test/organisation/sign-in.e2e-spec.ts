// Signing in, `me`, and what a caller without a token (or with a bad one) may read.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import { newestAuditId } from './organisation-helpers.js';
import { OrganisationFixtures } from './organisation.fixtures.js';

describe('sign-in and public access', () => {
  let t: TestApp;
  let make: OrganisationFixtures;
  beforeAll(async () => {
    t = await startTestApp();
    make = await OrganisationFixtures.on(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the secretariat signs in and sees itself', async () => {
    const res = await t.anonymous.ok<{
      login: { token: string; user: { email: string; role: string; participant: null } };
    }>(
      `mutation { login(email: "Secretariat@KP.example", password: "concord-demo") { token user { email role participant { code } } } }`,
    );
    expect(res.login.user).toEqual({ email: 'secretariat@kp.example', role: 'SECRETARIAT', participant: null });
    const me = await (await t.as('secretariat@kp.example')).ok<{ me: { email: string } }>('{ me { email } }');
    expect(me.me.email).toBe('secretariat@kp.example');
  });

  it('a delegate sees the participant it acts for', async () => {
    const us = await t.as('us@kp.example');
    const me = await us.ok<{ me: { role: string; participant: { code: string } } }>(
      '{ me { role participant { code } } }',
    );
    expect(me.me).toEqual({ role: 'DELEGATE', participant: { code: 'US' } });
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    const wrongPassword = await t.anonymous.fails(
      `mutation { login(email: "us@kp.example", password: "not-the-password") { token } }`,
    );
    const unknownEmail = await t.anonymous.fails(
      `mutation { login(email: "nobody@kp.example", password: "concord-demo") { token } }`,
    );
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.message).toBe(unknownEmail.message);
  });

  it('without a token, me is null and the organisation is not readable', async () => {
    const me = await t.anonymous.request('{ me { id email } }');
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: null });
    const org = await t.anonymous.fails('{ organization { name } }');
    expect(org.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a bad token is refused everywhere, public reads included', async () => {
    const forged = new (t.anonymous.constructor as typeof import('../support/graphql-client.js').GraphQLClient)(
      t.anonymous.endpoint,
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged',
    );
    expect((await forged.fails('{ me { id } }')).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await forged.fails('{ __typename }')).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('errors never leak internals or suggestions', async () => {
    const us = await t.as('us@kp.example');
    const err = await us.fails('{ organizaton { name } }');
    expect(err.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(err.message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(err)).not.toMatch(/stack|at Object\./);
  });

  it('every role signs in; the admin and the secretariat act for no participant', async () => {
    for (const [email, role] of [
      ['admin@kp.example', 'ADMIN'],
      ['secretariat@kp.example', 'SECRETARIAT'],
      ['csc@kp.example', 'DELEGATE'],
    ]) {
      const me = await (
        await t.as(email)
      ).ok<{ me: { email: string; role: string; displayName: string; participant: { kind: string } | null } }>(
        '{ me { email role displayName participant { kind } } }',
      );
      expect(me.me).toMatchObject({ email, role });
      expect(me.me.participant).toEqual(role === 'DELEGATE' ? { kind: 'OBSERVER' } : null);
    }
  });

  it('signing in changes nothing: no audit entry, for a success or a failure', async () => {
    const before = await newestAuditId(make.secretariat);
    await t.anonymous.login('gb@kp.example', 'concord-demo');
    await t.anonymous.fails('mutation { login(email: "gb@kp.example", password: "wrong-password") { token } }');
    expect(await newestAuditId(make.secretariat)).toBe(before);
  });

  it('a login without its arguments is BAD_USER_INPUT or a validation failure, never an internal error', async () => {
    const missing = await t.anonymous.request(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      {
        email: 'us@kp.example',
      },
    );
    expect(missing.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    const inline = await t.anonymous.fails('mutation { login(email: "us@kp.example") { token } }');
    expect(inline.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('too many wrong passwords lock that account for a while, not the other delegates in the room', async () => {
    // Throttling counts per account, never per address: a room of delegates shares one address.
    const participant = await make.participant();
    const [target, neighbour] = [await make.delegate(participant), await make.delegate(participant)];
    const LOGIN =
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
    for (let i = 0; i < 20; i++) {
      const err = await t.anonymous.fails(LOGIN, { email: target.email.toUpperCase(), password: 'guess-number-x' });
      expect(err.extensions?.code).toBe('UNAUTHENTICATED');
      expect(err.message).toBe('Wrong email or password.');
    }
    const locked = await t.anonymous.fails(LOGIN, { email: target.email, password: target.password });
    expect(locked.extensions?.code).toBe('UNAUTHENTICATED');
    expect(locked.message).toMatch(/Too many/);
    expect(await t.anonymous.login(neighbour.email, neighbour.password)).toEqual(expect.any(String));
  });

  it('GET /health reports the database', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });
});
