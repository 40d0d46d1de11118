// Signing in, `me`, and what a caller without a token (or with a bad one) may read.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';

describe('sign-in and public access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('the secretariat signs in and sees itself', async () => {
    const res = await t.anonymous.ok<{ login: { token: string; user: { email: string; role: string; participant: null } } }>(
      `mutation { login(email: "Secretariat@KP.example", password: "concord-demo") { token user { email role participant { code } } } }`,
    );
    expect(res.login.user).toEqual({ email: 'secretariat@kp.example', role: 'SECRETARIAT', participant: null });
    const me = await (await t.as('secretariat@kp.example')).ok<{ me: { email: string } }>('{ me { email } }');
    expect(me.me.email).toBe('secretariat@kp.example');
  });

  it('a delegate sees the participant it acts for', async () => {
    const us = await t.as('us@kp.example');
    const me = await us.ok<{ me: { role: string; participant: { code: string } } }>('{ me { role participant { code } } }');
    expect(me.me).toEqual({ role: 'DELEGATE', participant: { code: 'US' } });
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    const wrongPassword = await t.anonymous.fails(`mutation { login(email: "us@kp.example", password: "not-the-password") { token } }`);
    const unknownEmail = await t.anonymous.fails(`mutation { login(email: "nobody@kp.example", password: "concord-demo") { token } }`);
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

  it('GET /health reports the database', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });
});
