// Scheduling meetings and moving them through their lifecycle: who may, what is validated, every
// illegal move (CONFLICT naming both states), the ICS sequence, and one audit entry per success.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  auditCount,
  bodyId,
  delegateOf,
  lastAudit,
  refused,
  schedule,
  SCHEDULE,
  SECRETARIAT,
} from './meetings-helpers.js';

const RESCHEDULE = `mutation ($id: ID!, $s: DateTime!, $e: DateTime!) {
  rescheduleMeeting(meetingId: $id, startsAt: $s, endsAt: $e) { id status startsAt endsAt chairedBy { code } }
}`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelMeeting(meetingId: $id, reason: $reason) { id status cancellationReason } }`;
const OPEN = `mutation ($id: ID!) { openMeeting(meetingId: $id) { id status } }`;
const ADJOURN = `mutation ($id: ID!) { adjournMeeting(meetingId: $id) { id status } }`;
const MOVES: Record<string, string> = { IN_SESSION: OPEN, ADJOURNED: ADJOURN, CANCELLED: CANCEL };

describe('meetings: scheduling and lifecycle', () => {
  let t: TestApp;
  let sec: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp();
    sec = await t.as(SECRETARIAT);
  });
  afterAll(async () => {
    await t.close();
  });

  const sequenceOf = async (id: string) =>
    (await t.sql.query('SELECT sequence FROM meeting WHERE id = $1', [id])).rows[0].sequence;
  const move = (client: GraphQLClient, to: string, id: string) =>
    to === 'CANCELLED' ? client.request(CANCEL, { id, reason: 'No longer needed' }) : client.request(MOVES[to], { id });

  describe('scheduleMeeting', () => {
    it('the secretariat schedules a PC meeting; the chair is derived from the term in force on its date', async () => {
      const audits = await auditCount(t, 'scheduleMeeting');
      const res = await sec.ok(SCHEDULE, {
        input: {
          bodyId: await bodyId(t, 'PC'),
          title: 'PC intersessional',
          kind: 'INTERSESSIONAL',
          startsAt: '2026-06-10T09:00:00Z',
          endsAt: '2026-06-10T17:00:00Z',
          location: 'Brussels',
        },
      });
      expect(res.scheduleMeeting).toMatchObject({
        title: 'PC intersessional',
        kind: 'INTERSESSIONAL',
        status: 'SCHEDULED',
        startsAt: '2026-06-10T09:00:00.000Z',
        endsAt: '2026-06-10T17:00:00.000Z',
        location: 'Brussels',
        body: { code: 'PC' },
        chairedBy: { code: 'EU' },
      });
      expect(await auditCount(t, 'scheduleMeeting')).toBe(audits + 1);
      const entry = await lastAudit(t, 'scheduleMeeting');
      expect(entry).toMatchObject({
        entity: 'Meeting',
        entity_id: res.scheduleMeeting.id,
        details: { body: 'PC', title: 'PC intersessional' },
      });
    });

    it("the body's chair and vice-chair schedule; RU, chair of PC in 2022, schedules 2022's meetings (past dates allowed)", async () => {
      const eu = await t.as(delegateOf('EU'));
      const bw = await t.as(delegateOf('BW'));
      const ru = await t.as(delegateOf('RU'));
      await schedule(t, eu, 'PC', '2026-07-01T09:00:00Z');
      await schedule(t, bw, 'PC', '2026-07-02T09:00:00Z');
      const id = await schedule(t, ru, 'PC', '2022-05-10T09:00:00Z');
      const m = await ru.ok(`query ($id: ID!) { meeting(id: $id) { chairedBy { code } startsAt } }`, { id });
      expect(m.meeting).toEqual({ chairedBy: { code: 'RU' }, startsAt: '2022-05-10T09:00:00.000Z' });
    });

    it('anyone else is FORBIDDEN: RU in 2023, a plain delegate, the chair of another body; nothing is written', async () => {
      const input = async (startsAt: string) => ({
        input: { bodyId: await bodyId(t, 'PC'), title: 'x', kind: 'REGULAR', startsAt, endsAt: '2030-01-01T00:00:00Z' },
      });
      const ru = await refused(
        t,
        await t.as(delegateOf('RU')),
        SCHEDULE,
        await input('2023-03-01T09:00:00Z'),
        'FORBIDDEN',
      );
      expect(ru.message).toMatch(/PC on 2023-03-01/);
      await refused(t, await t.as(delegateOf('US')), SCHEDULE, await input('2026-03-01T09:00:00Z'), 'FORBIDDEN');
      // NA chairs RPC, not PC.
      await refused(t, await t.as(delegateOf('NA')), SCHEDULE, await input('2026-03-01T09:00:00Z'), 'FORBIDDEN');
      const anon = await t.anonymous.fails(SCHEDULE, await input('2026-03-01T09:00:00Z'));
      expect(anon.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('validates: endsAt after startsAt, a title, a known body', async () => {
      const pc = await bodyId(t, 'PC');
      const base = {
        bodyId: pc,
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
      const id = await schedule(t, sec, 'PC', '2026-09-01T09:00:00Z');
      expect(await sequenceOf(id)).toBe(0);
      const res = await sec.ok(RESCHEDULE, { id, s: '2022-09-01T09:00:00Z', e: '2022-09-01T12:00:00Z' });
      expect(res.rescheduleMeeting).toMatchObject({
        status: 'SCHEDULED',
        startsAt: '2022-09-01T09:00:00.000Z',
        chairedBy: { code: 'RU' },
      });
      expect(await sequenceOf(id)).toBe(1);
      const entry = await lastAudit(t, 'rescheduleMeeting');
      expect(entry.details).toMatchObject({
        from: { startsAt: '2026-09-01T09:00:00.000Z' },
        to: { startsAt: '2022-09-01T09:00:00.000Z' },
        sequence: 1,
      });
    });

    it('is judged at the current startsAt: RU (chair in 2022) moves a 2022 meeting, not a 2026 one', async () => {
      const ru = await t.as(delegateOf('RU'));
      const of2022 = await schedule(t, sec, 'PC', '2022-10-01T09:00:00Z');
      await ru.ok(RESCHEDULE, { id: of2022, s: '2022-10-02T09:00:00Z', e: '2022-10-02T12:00:00Z' });
      const of2026 = await schedule(t, sec, 'PC', '2026-10-01T09:00:00Z');
      await refused(
        t,
        ru,
        RESCHEDULE,
        { id: of2026, s: '2022-10-02T09:00:00Z', e: '2022-10-02T12:00:00Z' },
        'FORBIDDEN',
      );
    });

    it('refuses endsAt before startsAt, unknown meetings, and meetings no longer SCHEDULED', async () => {
      const id = await schedule(t, sec, 'PC', '2026-09-05T09:00:00Z');
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
      await sec.ok(OPEN, { id });
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

  describe('the state machine', () => {
    it('SCHEDULED -> IN_SESSION -> ADJOURNED, one audit entry each', async () => {
      const id = await schedule(t, sec, 'PC', '2026-10-10T09:00:00Z');
      const before = await auditCount(t);
      expect((await sec.ok(OPEN, { id })).openMeeting.status).toBe('IN_SESSION');
      expect((await sec.ok(ADJOURN, { id })).adjournMeeting.status).toBe('ADJOURNED');
      expect(await auditCount(t)).toBe(before + 2);
      expect((await lastAudit(t, 'adjournMeeting')).details).toMatchObject({ from: 'IN_SESSION', to: 'ADJOURNED' });
    });

    it('SCHEDULED -> CANCELLED with its reason; the sequence is bumped', async () => {
      const id = await schedule(t, sec, 'PC', '2026-10-11T09:00:00Z');
      const res = await sec.ok(CANCEL, { id, reason: 'The room is flooded' });
      expect(res.cancelMeeting).toMatchObject({ status: 'CANCELLED', cancellationReason: 'The room is flooded' });
      expect(await sequenceOf(id)).toBe(1);
      expect((await lastAudit(t, 'cancelMeeting')).details).toMatchObject({
        reason: 'The room is flooded',
        from: 'SCHEDULED',
        to: 'CANCELLED',
      });
    });

    it('a cancellation needs a reason', async () => {
      const id = await schedule(t, sec, 'PC', '2026-10-12T09:00:00Z');
      await refused(t, sec, CANCEL, { id, reason: '  ' }, 'BAD_USER_INPUT', 'reason');
      await refused(t, sec, CANCEL, { id, reason: 'x'.repeat(50001) }, 'BAD_USER_INPUT', 'reason');
      const missing = await sec.fails(`mutation ($id: ID!) { cancelMeeting(meetingId: $id) { id } }`, { id });
      expect(missing.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('every illegal move is CONFLICT naming both states, and changes nothing', async () => {
      const illegal: [string, string][] = [
        ['SCHEDULED', 'ADJOURNED'],
        ['IN_SESSION', 'IN_SESSION'],
        ['IN_SESSION', 'CANCELLED'],
        ['ADJOURNED', 'IN_SESSION'],
        ['ADJOURNED', 'ADJOURNED'],
        ['ADJOURNED', 'CANCELLED'],
        ['CANCELLED', 'IN_SESSION'],
        ['CANCELLED', 'ADJOURNED'],
        ['CANCELLED', 'CANCELLED'],
      ];
      const reach: Record<string, string[]> = {
        SCHEDULED: [],
        IN_SESSION: ['IN_SESSION'],
        ADJOURNED: ['IN_SESSION', 'ADJOURNED'],
        CANCELLED: ['CANCELLED'],
      };
      let day = 1;
      for (const [from, to] of illegal) {
        const id = await schedule(t, sec, 'PC', `2026-11-${String(day++).padStart(2, '0')}T09:00:00Z`);
        for (const step of reach[from]) expect((await move(sec, step, id)).errors).toBeUndefined();
        const q = to === 'CANCELLED' ? CANCEL : MOVES[to];
        const vars = to === 'CANCELLED' ? { id, reason: 'Because' } : { id };
        const err = await refused(t, sec, q, vars, 'CONFLICT');
        expect(err.message).toContain(from);
        expect(err.message).toContain(to);
        expect(err.message).toMatch(new RegExp(`from ${from} to ${to}`));
      }
    });

    it('chair powers are judged at the meeting: RU may not open or cancel a 2023 PC meeting, nor a plain delegate', async () => {
      const id = await schedule(t, sec, 'PC', '2023-04-04T09:00:00Z');
      const ru = await t.as(delegateOf('RU'));
      await refused(t, ru, OPEN, { id }, 'FORBIDDEN');
      await refused(t, ru, CANCEL, { id, reason: 'mine' }, 'FORBIDDEN');
      await refused(t, await t.as(delegateOf('GB')), OPEN, { id }, 'FORBIDDEN');
      // ZA chaired PC in 2023, CA was its vice-chair.
      await (await t.as(delegateOf('CA'))).ok(OPEN, { id });
      await refused(t, ru, ADJOURN, { id }, 'FORBIDDEN');
      await (await t.as(delegateOf('ZA'))).ok(ADJOURN, { id });
    });

    it('unknown meetings are NOT_FOUND for every move', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
        await refused(t, sec, OPEN, { id }, 'NOT_FOUND');
        await refused(t, sec, ADJOURN, { id }, 'NOT_FOUND');
        await refused(t, sec, CANCEL, { id, reason: 'x' }, 'NOT_FOUND');
      }
    });

    it('adjourning with OPEN proposals on the agenda is CONFLICT naming them', async () => {
      const id = await schedule(t, sec, 'PC', '2026-12-01T09:00:00Z');
      const item = await sec.ok(
        `mutation ($m: ID!) { addAgendaItem(input: { meetingId: $m, title: "Admission", kind: DECISION }) { id } }`,
        { m: id },
      );
      await sec.ok(OPEN, { id });
      const { rows } = await t.sql.query("SELECT id FROM app_user WHERE email = 'secretariat@kp.example'");
      for (const [ref, status] of [
        ['KP/PC/2026/1', 'OPEN'],
        ['KP/PC/2026/2', 'OPEN'],
        ['KP/PC/2026/3', 'ADOPTED'],
      ]) {
        await t.sql.query(
          `INSERT INTO proposal (reference, title, body_id, agenda_item_id, meeting_id, procedure, status, created_by_user_id)
           VALUES ($1, 'A proposal', $2, $3, $4, 'IN_MEETING', $5, $6)`,
          [ref, await bodyId(t, 'PC'), item.addAgendaItem.id, id, status, rows[0].id],
        );
      }
      const err = await refused(t, sec, ADJOURN, { id }, 'CONFLICT');
      expect(err.message).toMatch(/KP\/PC\/2026\/1, KP\/PC\/2026\/2/);
      expect(err.message).not.toMatch(/KP\/PC\/2026\/3/);
      expect(err.extensions?.proposals).toEqual(['KP/PC/2026/1', 'KP/PC/2026/2']);
      await t.sql.query(`UPDATE proposal SET status = 'WITHDRAWN' WHERE meeting_id = $1`, [id]);
      expect((await sec.ok(ADJOURN, { id })).adjournMeeting.status).toBe('ADJOURNED');
    });
  });

  describe('reading meetings', () => {
    it('meeting(id) is null for an unknown or malformed id, and needs a token', async () => {
      const q = `query ($id: ID!) { meeting(id: $id) { id } }`;
      expect((await sec.ok(q, { id: '00000000-0000-4000-8000-000000000000' })).meeting).toBeNull();
      expect((await sec.ok(q, { id: 'garbage' })).meeting).toBeNull();
      expect((await t.anonymous.fails(q, { id: 'garbage' })).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('meetings come in order of startsAt, by body and window, page by page', async () => {
      const wgs = await bodyId(t, 'WGS');
      const starts = [
        '2026-05-03T09:00:00Z',
        '2026-05-01T09:00:00Z',
        '2026-05-02T09:00:00Z',
        '2026-05-02T09:00:00Z',
        '2026-06-01T09:00:00Z',
      ];
      for (const s of starts) await schedule(t, sec, 'WGS', s);
      await schedule(t, sec, 'WGM', '2026-05-02T10:00:00Z');
      const q = `query ($b: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
        meetings(bodyId: $b, from: $from, to: $to, first: $first, after: $after) {
          edges { cursor node { id startsAt body { code } } } pageInfo { hasNextPage endCursor } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (
          await sec.ok(q, { b: wgs, from: '2026-05-01T00:00:00Z', to: '2026-06-01T09:00:00Z', first: 2, after })
        ).meetings;
        seen.push(...page.edges.map((e: any) => e.node.startsAt));
        expect(page.edges.every((e: any) => e.node.body.code === 'WGS')).toBe(true);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual([
        '2026-05-01T09:00:00.000Z',
        '2026-05-02T09:00:00.000Z',
        '2026-05-02T09:00:00.000Z',
        '2026-05-03T09:00:00.000Z',
      ]);
      const all = (await sec.ok(q, { from: '2026-05-01T00:00:00Z', to: '2026-05-04T00:00:00Z' })).meetings.edges.map(
        (e: any) => e.node.body.code,
      );
      expect(all).toEqual(['WGS', 'WGS', 'WGS', 'WGM', 'WGS']);
      expect((await sec.fails(q, { first: 501 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await sec.fails(q, { after: 'bogus' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
      expect((await sec.ok(q, { b: 'not-an-id' })).meetings.edges).toEqual([]);
    });

    it('Body.meetings pages through a body’s meetings in order', async () => {
      const q = `query ($first: Int, $after: String) { organization { bodies { code meetings(first: $first, after: $after) {
        edges { node { startsAt body { code } } } pageInfo { hasNextPage endCursor } } } } }`;
      const bodies = (await sec.ok(q, { first: 2 })).organization.bodies;
      const wgs = bodies.find((b: any) => b.code === 'WGS');
      expect(wgs.meetings.edges.map((e: any) => e.node.startsAt)).toEqual([
        '2026-05-01T09:00:00.000Z',
        '2026-05-02T09:00:00.000Z',
      ]);
      expect(wgs.meetings.pageInfo.hasNextPage).toBe(true);
      const plen = bodies.find((b: any) => b.code === 'PLEN');
      expect(plen.meetings).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
      const next = await sec.ok(
        `query ($id: ID!, $after: String) { body(id: $id) { meetings(first: 10, after: $after) { edges { node { startsAt } } } } }`,
        {
          id: await bodyId(t, 'WGS'),
          after: wgs.meetings.pageInfo.endCursor,
        },
      );
      expect(next.body.meetings.edges.map((e: any) => e.node.startsAt)).toEqual([
        '2026-05-02T09:00:00.000Z',
        '2026-05-03T09:00:00.000Z',
        '2026-06-01T09:00:00.000Z',
      ]);
    });
  });
});
