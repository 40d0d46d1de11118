// A string with a NUL character (\u0000) is bad input, not a server error: PostgreSQL text cannot
// hold one, so it is refused as BAD_USER_INPUT naming the field before anything is written
// (docs/rules.md "Errors"). An id holding one names nothing: null in a query, NOT_FOUND in a mutation.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';

describe('a NUL character in a string', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let pcId: string;
  const audits = async () => (await t.sql.query('SELECT count(*)::int AS n FROM audit_entry')).rows[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    t.sql.on('error', () => undefined);
    secretariat = await t.as('secretariat@kp.example');
    pcId = (await t.sql.query(`SELECT id FROM body WHERE code = 'PC'`)).rows[0].id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('is BAD_USER_INPUT on that field, in an input or a plain argument, and nothing is written', async () => {
    const before = await audits();
    const meeting = {
      bodyId: pcId,
      title: 'Nul\u0000sitting',
      kind: 'REGULAR',
      startsAt: '2026-12-01T09:00:00Z',
      endsAt: '2026-12-01T12:00:00Z',
    };
    const scheduled = await secretariat.fails(
      'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
      { input: meeting },
    );
    expect(scheduled.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });

    const created = await secretariat.fails(
      'mutation ($name: String!) { createParticipant(input: { code: "NUL", name: $name, kind: PARTICIPANT }) { id } }',
      { name: 'Nul\u0000land' },
    );
    expect(created.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });

    const { scheduleMeeting } = await secretariat.ok(
      'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
      { input: { ...meeting, title: 'A clean sitting' } },
    );
    const afterSchedule = await audits();
    const cancelled = await secretariat.fails(
      'mutation ($id: ID!, $reason: String!) { cancelMeeting(meetingId: $id, reason: $reason) { status } }',
      { id: scheduleMeeting.id, reason: 'Storm\u0000' },
    );
    expect(cancelled.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await audits()).toBe(afterSchedule);
    expect(afterSchedule).toBe(before + 1);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM participant WHERE code = 'NUL'`)).rows[0].n).toBe(0);
  });

  it('in an id names nothing: null in a query, NOT_FOUND in a mutation', async () => {
    expect(
      (await secretariat.ok('query ($id: ID!) { meeting(id: $id) { id } }', { id: 'x\u0000' })).meeting,
    ).toBeNull();
    const open = await secretariat.fails('mutation ($id: ID!) { openMeeting(meetingId: $id) { id } }', {
      id: 'x\u0000',
    });
    expect(open.extensions?.code).toBe('NOT_FOUND');
  });
});
