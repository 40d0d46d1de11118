// Scheduling and rescheduling meetings: who may (chair powers judged at the meeting's startsAt, so
// the chair of 2022 schedules 2022's meetings), what is validated, the chair derived from the term
// in force, the ICS sequence, and one audit entry per success. Each story builds its own body,
// chairs and meetings through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture, type BodyOptions } from './meetings.fixture.js';
import { refused, SCHEDULE } from './meetings-helpers.js';

const RESCHEDULE = `mutation ($id: ID!, $s: DateTime!, $e: DateTime!) {
  rescheduleMeeting(meetingId: $id, startsAt: $s, endsAt: $e) { id status startsAt endsAt chairedBy { code } }
}`;

/** A body chaired by members[0] from 2023 (members[1] its vice-chair) and by members[2] in 2022. */
const PAST_CHAIR: BodyOptions = {
  members: 4,
  chairFrom: '2023-01-01',
  viceChair: true,
  pastChair: ['2022-01-01', '2022-12-31'],
};

describe('meetings: scheduling', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp();
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    await t.close();
  });

  /** The iCalendar SEQUENCE of a meeting, from its public feed. */
  const sequenceOf = async (id: string) => {
    const ics = await (await fetch(`${t.url}/calendar/meetings/${id}.ics`)).text();
    return Number(/^SEQUENCE:(\d+)\r$/m.exec(ics)?.[1]);
  };

  describe('scheduleMeeting', () => {
    it('the secretariat schedules a meeting; the chair is derived from the term in force on its date', async () => {
      const body = await fx.body({ chairFrom: '2025-01-01' });
      const res = await sec.ok(SCHEDULE, {
        input: {
          bodyId: body.id,
          title: 'Intersessional',
          kind: 'INTERSESSIONAL',
          startsAt: '2026-06-10T09:00:00Z',
          endsAt: '2026-06-10T17:00:00Z',
          location: 'Brussels',
        },
      });
      expect(res.scheduleMeeting).toMatchObject({
        title: 'Intersessional',
        kind: 'INTERSESSIONAL',
        status: 'SCHEDULED',
        startsAt: '2026-06-10T09:00:00.000Z',
        endsAt: '2026-06-10T17:00:00.000Z',
        location: 'Brussels',
        body: { code: body.code },
        chairedBy: { code: body.chair.code },
      });
      const entries = await fx.audit(res.scheduleMeeting.id);
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'scheduleMeeting',
          entity: 'Meeting',
          details: expect.objectContaining({ body: body.code, title: 'Intersessional' }),
        }),
      ]);
    });

    it("the body's chair and vice-chair schedule; the chair of 2022 schedules 2022's meetings (past dates allowed)", async () => {
      const body = await fx.body(PAST_CHAIR);
      await fx.meeting(body, '2026-07-01T09:00:00Z', { by: await body.members[0].delegate() });
      await fx.meeting(body, '2026-07-02T09:00:00Z', { by: await body.members[1].delegate() });
      const past = await body.members[2].delegate();
      const id = await fx.meeting(body, '2022-05-10T09:00:00Z', { by: past });
      const m = await past.ok(`query ($id: ID!) { meeting(id: $id) { chairedBy { code } startsAt } }`, { id });
      expect(m.meeting).toEqual({ chairedBy: { code: body.members[2].code }, startsAt: '2022-05-10T09:00:00.000Z' });
    });

    it('anyone else is FORBIDDEN: the chair of 2022 in 2023, a plain delegate, the chair of another body; nothing is written', async () => {
      const body = await fx.body(PAST_CHAIR);
      const other = await fx.body();
      const input = (startsAt: string) => ({
        input: { bodyId: body.id, title: 'x', kind: 'REGULAR', startsAt, endsAt: '2030-01-01T00:00:00Z' },
      });
      const past = await refused(
        t,
        await body.members[2].delegate(),
        SCHEDULE,
        input('2023-03-01T09:00:00Z'),
        'FORBIDDEN',
      );
      expect(past.message).toMatch(new RegExp(`${body.code} on 2023-03-01`));
      await refused(t, await body.members[3].delegate(), SCHEDULE, input('2026-03-01T09:00:00Z'), 'FORBIDDEN');
      await refused(t, await other.chair.delegate(), SCHEDULE, input('2026-03-01T09:00:00Z'), 'FORBIDDEN');
      const anon = await t.anonymous.fails(SCHEDULE, input('2026-03-01T09:00:00Z'));
      expect(anon.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('validates: endsAt after startsAt, a title, a known body', async () => {
      const body = await fx.body();
      const base = {
        bodyId: body.id,
        title: 'Valid',
        kind: 'REGULAR',
        startsAt: '2026-08-01T09:00:00Z',
        endsAt: '2026-08-01T10:00:00Z',
      };
      await refused(
        t,
        sec,
        SCHEDULE,
        { input: { ...base, endsAt: '2026-08-01T08:00:00Z' } },
        'BAD_USER_INPUT',
        'endsAt',
      );
      await refused(t, sec, SCHEDULE, { input: { ...base, endsAt: base.startsAt } }, 'BAD_USER_INPUT', 'endsAt');
      await refused(t, sec, SCHEDULE, { input: { ...base, title: '   ' } }, 'BAD_USER_INPUT', 'title');
      await refused(t, sec, SCHEDULE, { input: { ...base, title: 'x'.repeat(201) } }, 'BAD_USER_INPUT', 'title');
      await refused(
        t,
        sec,
        SCHEDULE,
        { input: { ...base, bodyId: '00000000-0000-4000-8000-000000000000' } },
        'NOT_FOUND',
      );
      await refused(t, sec, SCHEDULE, { input: { ...base, bodyId: 'not-an-id' } }, 'NOT_FOUND');
    });
  });

  describe('rescheduleMeeting', () => {
    it('moves a SCHEDULED meeting, bumps its sequence and re-derives the chair', async () => {
      const body = await fx.body(PAST_CHAIR);
      const id = await fx.meeting(body, '2026-09-01T09:00:00Z');
      expect(await sequenceOf(id)).toBe(0);
      const res = await sec.ok(RESCHEDULE, { id, s: '2022-09-01T09:00:00Z', e: '2022-09-01T12:00:00Z' });
      expect(res.rescheduleMeeting).toMatchObject({
        status: 'SCHEDULED',
        startsAt: '2022-09-01T09:00:00.000Z',
        chairedBy: { code: body.members[2].code },
      });
      expect(await sequenceOf(id)).toBe(1);
      expect((await fx.onlyAudit(id, 'rescheduleMeeting')).details).toMatchObject({
        from: { startsAt: '2026-09-01T09:00:00.000Z' },
        to: { startsAt: '2022-09-01T09:00:00.000Z' },
        sequence: 1,
      });
    });

    it('is judged at the current startsAt: the chair of 2022 moves a 2022 meeting, not a 2026 one', async () => {
      const body = await fx.body(PAST_CHAIR);
      const past = await body.members[2].delegate();
      const of2022 = await fx.meeting(body, '2022-10-01T09:00:00Z');
      await past.ok(RESCHEDULE, { id: of2022, s: '2022-10-02T09:00:00Z', e: '2022-10-02T12:00:00Z' });
      const of2026 = await fx.meeting(body, '2026-10-01T09:00:00Z');
      await refused(
        t,
        past,
        RESCHEDULE,
        { id: of2026, s: '2022-10-02T09:00:00Z', e: '2022-10-02T12:00:00Z' },
        'FORBIDDEN',
      );
    });

    it('refuses endsAt before startsAt, unknown meetings, and meetings no longer SCHEDULED', async () => {
      const id = await fx.meeting(await fx.body(), '2026-09-05T09:00:00Z');
      await refused(
        t,
        sec,
        RESCHEDULE,
        { id, s: '2026-09-05T09:00:00Z', e: '2026-09-05T08:00:00Z' },
        'BAD_USER_INPUT',
        'endsAt',
      );
      await refused(
        t,
        sec,
        RESCHEDULE,
        { id: '00000000-0000-4000-8000-000000000000', s: '2026-09-05T09:00:00Z', e: '2026-09-05T10:00:00Z' },
        'NOT_FOUND',
      );
      await fx.open(id);
      const err = await refused(
        t,
        sec,
        RESCHEDULE,
        { id, s: '2026-09-06T09:00:00Z', e: '2026-09-06T10:00:00Z' },
        'CONFLICT',
      );
      expect(err.message).toMatch(/IN_SESSION/);
      expect(err.message).toMatch(/SCHEDULED/);
    });
  });
});
