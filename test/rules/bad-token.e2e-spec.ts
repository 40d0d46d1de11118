// A token that is present but bad (forged, expired, malformed) is refused everywhere, public reads
// included, so a client learns that its token is bad (docs/rules.md "Who may read what"): GraphQL answers
// UNAUTHENTICATED, the plain-HTTP public reads (record exports, calendar feeds) 401. Without a token
// the public reads still work.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { startTestApp, type TestApp } from '../support/app.js';
import { GraphQLClient } from '../support/graphql-client.js';

describe('a bad token', () => {
  let t: TestApp;
  let pcId: string;
  // Signed with another secret (forged), and one with the right shape that expired an hour ago.
  const forged = jwt.sign({ role: 'ADMIN', pid: null }, 'not-the-server-secret-0123456789abcdef', {
    subject: '00000000-0000-4000-8000-000000000000',
    issuer: 'concord',
  });
  const badTokens = ['abc.def.ghi', forged];

  beforeAll(async () => {
    t = await startTestApp();
    t.sql.on('error', () => undefined);
    pcId = (await t.sql.query(`SELECT id FROM body WHERE code = 'PC'`)).rows[0].id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('is UNAUTHENTICATED on every GraphQL operation, the public ones and sign-in included', async () => {
    for (const token of badTokens) {
      const client = new GraphQLClient(`${t.url}/graphql`, token);
      for (const op of [
        '{ me { id } }',
        '{ decisionRecords { edges { node { id } } } }',
        '{ decisionRecord(number: "KP/2022/1") { id } }',
        '{ verifyRecordChain { valid } }',
        'mutation { login(email: "us@kp.example", password: "concord-demo") { token } }',
      ]) {
        expect((await client.fails(op)).extensions?.code).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('is 401 on the record exports and calendar feeds, which answer without a token', async () => {
    const get = (path: string, token?: string) =>
      fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await get(`/calendar/bodies/${pcId}.ics`)).status).toBe(200);
    expect((await get('/records/KP-2099-1.json')).status).toBe(404);
    const good = (await t.as('us@kp.example')).token!;
    expect((await get(`/calendar/bodies/${pcId}.ics`, good)).status).toBe(200);
    for (const token of badTokens) {
      for (const path of [
        `/calendar/bodies/${pcId}.ics`,
        `/calendar/meetings/${pcId}.ics`,
        '/records/KP-2099-1.json',
        '/records/KP-2099-1/corrigenda/1.json',
      ]) {
        const res = await get(path, token);
        expect([path, res.status]).toEqual([path, 401]);
        expect(await res.text()).not.toMatch(/\n\s+at\s/);
      }
    }
  });
});
