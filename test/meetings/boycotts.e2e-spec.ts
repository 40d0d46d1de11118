// Boycotts across their three scopes, and the 2022 case: the US and GB boycott every meeting
// chaired by RU in 2022; RU schedules PC and RPC meetings (before and after the declarations);
// they show BOYCOTT with the boycott linked; GB's delegate records PRESENT anyway; withdrawing
// clears meetings not yet held but not a held one; a chair change re-applies CHAIRED_BY.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  auditCount,
  bodyId,
  delegateOf,
  lastAudit,
  participantId,
  refused,
  schedule,
  SECRETARIAT,
} from './meetings-helpers.js';

const DECLARE = `mutation ($input: DeclareBoycottInput!) {
  declareBoycott(input: $input) {
    id scope startsOn endsOn statement declaredAt withdrawnAt
    participant { code } meeting { id } body { code } chairedBy { code } declaredBy { email }
  }
}`;
const WITHDRAW = `mutation ($id: ID!) { withdrawBoycott(boycottId: $id) { id withdrawnAt } }`;
const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status boycott { id } } }`;
const VIEW = `query ($id: ID!) { meeting(id: $id) {
  status chairedBy { code }
  attendance { participant { code } status recordedBy { email } boycott { id scope participant { code } statement } }
  attendanceGaps { code }
} }`;

describe('meetings: boycotts', () => {
  let t: TestApp;
  let sec: GraphQLClient;
  let us: GraphQLClient;
  let gb: GraphQLClient;
  let ru: GraphQLClient;
  const view = async (id: string) => (await sec.ok(VIEW, { id })).meeting;
  const entryOf = (v: any, code: string) => v.attendance.find((a: any) => a.participant.code === code) ?? null;
  const rec = async (client: GraphQLClient, meetingId: string, code: string, status: string) =>
    client.request(RECORD, { input: { meetingId, participantId: await participantId(t, code), status } });

  beforeAll(async () => {
    t = await startTestApp();
    sec = await t.as(SECRETARIAT);
    us = await t.as(delegateOf('US'));
    gb = await t.as(delegateOf('GB'));
    ru = await t.as(delegateOf('RU'));
  });
  afterAll(async () => {
    await t.close();
  });

  describe('the 2022 case: CHAIRED_BY RU', () => {
    let pcEarly: string; // scheduled before the boycotts were declared
    let rpcLate: string; // scheduled after
    let pcLate: string;
    let plen: string; // chaired by BW: not covered
    let usBoycott: string;
    let gbBoycott: string;

    it('RU schedules a PC meeting; then the US and GB boycott every meeting chaired by RU in 2022', async () => {
      pcEarly = await schedule(t, ru, 'PC', '2022-03-15T09:00:00Z', 'PC 2022 first session');
      const ruId = await participantId(t, 'RU');
      const before = await auditCount(t);
      const usRes = await us.ok(DECLARE, {
        input: {
          participantId: await participantId(t, 'US'),
          scope: 'CHAIRED_BY',
          chairedById: ruId,
          startsOn: '2022-01-01',
          endsOn: '2022-12-31',
          statement: 'The United States will not take part in meetings chaired by the Russian Federation.',
        },
      });
      usBoycott = usRes.declareBoycott.id;
      expect(usRes.declareBoycott).toMatchObject({
        scope: 'CHAIRED_BY',
        startsOn: '2022-01-01',
        endsOn: '2022-12-31',
        withdrawnAt: null,
        participant: { code: 'US' },
        chairedBy: { code: 'RU' },
        body: null,
        meeting: null,
        declaredBy: { email: 'us@kp.example' },
      });
      // The secretariat declares GB's on its behalf.
      gbBoycott = (
        await sec.ok(DECLARE, {
          input: {
            participantId: await participantId(t, 'GB'),
            scope: 'CHAIRED_BY',
            chairedById: ruId,
            startsOn: '2022-01-01',
            endsOn: '2022-12-31',
            statement: 'Вне обсуждения: the United Kingdom abstains from attending.',
          },
        })
      ).declareBoycott.id;
      expect(await auditCount(t)).toBe(before + 2);
      const entry = await lastAudit(t, 'declareBoycott');
      expect(entry.entity_id).toBe(gbBoycott);
      expect(entry.details).toMatchObject({
        participant: 'GB',
        scope: 'CHAIRED_BY',
        chairedBy: 'RU',
        meetings: [expect.objectContaining({ id: pcEarly, body: 'PC' })],
      });
    });

    it('RU schedules more 2022 meetings of PC and RPC: all of them show US and GB as BOYCOTT with the boycott linked', async () => {
      rpcLate = await schedule(t, ru, 'RPC', '2022-06-01T09:00:00Z', 'RPC 2022');
      pcLate = await schedule(t, ru, 'PC', '2022-11-07T09:00:00Z', 'PC 2022 plenary session');
      plen = await schedule(t, await t.as(delegateOf('BW')), 'PLEN', '2022-11-08T09:00:00Z', 'Plenary 2022');
      for (const id of [pcEarly, rpcLate, pcLate]) {
        const v = await view(id);
        expect(v.chairedBy).toEqual({ code: 'RU' });
        expect(entryOf(v, 'US')).toEqual({
          participant: { code: 'US' },
          status: 'BOYCOTT',
          recordedBy: null,
          boycott: {
            id: usBoycott,
            scope: 'CHAIRED_BY',
            participant: { code: 'US' },
            statement: expect.stringContaining('United States'),
          },
        });
        expect(entryOf(v, 'GB')).toMatchObject({
          status: 'BOYCOTT',
          boycott: { id: gbBoycott, statement: expect.stringContaining('Вне обсуждения') },
        });
        // A boycott is a recorded reason, not a gap.
        expect(v.attendanceGaps.map((p: any) => p.code)).not.toEqual(expect.arrayContaining(['US']));
        expect(v.attendanceGaps.map((p: any) => p.code)).not.toEqual(expect.arrayContaining(['GB']));
      }
      const plenary = await view(plen);
      expect(plenary.chairedBy).toEqual({ code: 'BW' });
      expect(entryOf(plenary, 'US')).toBeNull();
    });

    it('nobody but the boycotting participant’s delegate records its attendance: BOYCOTT_IN_FORCE', async () => {
      for (const client of [ru, sec]) {
        const err = await refused(
          t,
          client,
          RECORD,
          { input: { meetingId: pcLate, participantId: await participantId(t, 'US'), status: 'PRESENT' } },
          'BOYCOTT_IN_FORCE',
        );
        expect(err.message).toMatch(/US boycotts/);
      }
    });

    it('GB’s delegate records PRESENT anyway: GB shows PRESENT there, still BOYCOTT elsewhere', async () => {
      const res = await rec(gb, pcLate, 'GB', 'PRESENT');
      expect(res.errors).toBeUndefined();
      expect(res.data?.recordAttendance).toEqual({ status: 'PRESENT', boycott: null });
      expect(entryOf(await view(pcLate), 'GB')).toMatchObject({
        status: 'PRESENT',
        recordedBy: { email: 'gb@kp.example' },
        boycott: null,
      });
      expect(entryOf(await view(rpcLate), 'GB')).toMatchObject({ status: 'BOYCOTT' });
      expect(entryOf(await view(pcLate), 'US')).toMatchObject({ status: 'BOYCOTT' });
    });

    it('opening freezes the boycott into the record (linked, set by Concord)', async () => {
      await ru.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: pcEarly });
      const { rows } = await t.sql.query(
        `SELECT p.code, a.status, a.boycott_id, a.recorded_by_user_id FROM attendance_record a JOIN participant p ON p.id = a.participant_id
          WHERE a.meeting_id = $1 AND p.code IN ('US', 'GB') ORDER BY p.code`,
        [pcEarly],
      );
      expect(rows).toEqual([
        { code: 'GB', status: 'BOYCOTT', boycott_id: gbBoycott, recorded_by_user_id: null },
        { code: 'US', status: 'BOYCOTT', boycott_id: usBoycott, recorded_by_user_id: null },
      ]);
      await ru.ok(`mutation ($id: ID!) { adjournMeeting(meetingId: $id) { status } }`, { id: pcEarly });
    });

    it('withdrawal is for the participant’s delegate or the secretariat, once', async () => {
      await refused(t, gb, WITHDRAW, { id: usBoycott }, 'FORBIDDEN');
      await refused(t, ru, WITHDRAW, { id: usBoycott }, 'FORBIDDEN');
      await refused(t, us, WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND');
      await refused(t, us, WITHDRAW, { id: 'nope' }, 'NOT_FOUND');
      const before = await auditCount(t, 'withdrawBoycott');
      const res = await us.ok(WITHDRAW, { id: usBoycott });
      expect(res.withdrawBoycott.withdrawnAt).toEqual(expect.any(String));
      expect(await auditCount(t, 'withdrawBoycott')).toBe(before + 1);
      // It named the meetings not yet held that it leaves: RPC and the later PC, not the held one.
      expect((await lastAudit(t, 'withdrawBoycott')).details.meetings.map((m: any) => m.id)).toEqual([rpcLate, pcLate]);
      await refused(t, us, WITHDRAW, { id: usBoycott }, 'CONFLICT');
      await refused(t, sec, WITHDRAW, { id: usBoycott }, 'CONFLICT');
    });

    it('withdrawal clears the meetings not yet held and leaves the held one as it was', async () => {
      expect(entryOf(await view(rpcLate), 'US')).toBeNull();
      expect((await view(rpcLate)).attendanceGaps.map((p: any) => p.code)).toContain('US');
      expect(entryOf(await view(pcLate), 'US')).toBeNull();
      expect(entryOf(await view(pcEarly), 'US')).toMatchObject({ status: 'BOYCOTT', boycott: { id: usBoycott } });
      // GB's boycott still holds where GB did not attend anyway.
      expect(entryOf(await view(rpcLate), 'GB')).toMatchObject({ status: 'BOYCOTT' });
      // And now anyone with chair powers may record the US there.
      expect((await rec(ru, rpcLate, 'US', 'PRESENT')).errors).toBeUndefined();
    });

    it('boycotts(participantId, activeOn) lists them, withdrawn ones only on days before the withdrawal', async () => {
      const q = `query ($p: ID, $d: Date) { boycotts(participantId: $p, activeOn: $d) { id participant { code } } }`;
      expect((await sec.ok(q, { p: await participantId(t, 'US') })).boycotts.map((b: any) => b.id)).toEqual([
        usBoycott,
      ]);
      expect(
        (await sec.ok(q, { p: await participantId(t, 'US'), d: '2022-06-01' })).boycotts.map((b: any) => b.id),
      ).toEqual([usBoycott]);
      expect((await sec.ok(q, { d: '2023-06-01' })).boycotts).toEqual([]);
      expect((await sec.ok(q, { d: '2022-06-01' })).boycotts.map((b: any) => b.participant.code)).toEqual(['US', 'GB']);
      expect((await sec.ok(q, { p: 'nope' })).boycotts).toEqual([]);
      expect((await t.anonymous.fails(q, {})).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('CHAIRED_BY follows the chair', () => {
    it('a boycott of meetings chaired by RU applies itself when RU becomes chair of a body, and lifts when the meeting moves away', async () => {
      const ruId = await participantId(t, 'RU');
      await gb.ok(DECLARE, {
        input: {
          participantId: await participantId(t, 'GB'),
          scope: 'CHAIRED_BY',
          chairedById: ruId,
          startsOn: '2027-01-01',
          statement: 'GB will not attend RU-chaired meetings.',
        },
      });
      // WGS is chaired by IL (open-ended); a 2027 meeting is not covered.
      const wgs = await schedule(t, sec, 'WGS', '2027-02-01T09:00:00Z');
      let v = await view(wgs);
      expect(v.chairedBy).toEqual({ code: 'IL' });
      expect(entryOf(v, 'GB')).toBeNull();
      // The chair changes: IL's term ends in 2026 and RU chairs WGS from 2027.
      const { rows } = await t.sql.query(
        `SELECT t.id FROM chair_term t JOIN body b ON b.id = t.body_id JOIN participant p ON p.id = t.participant_id
          WHERE b.code = 'WGS' AND p.code = 'IL' AND t.role = 'CHAIR'`,
      );
      await sec.ok(`mutation ($id: ID!) { endChairTerm(termId: $id, endsOn: "2026-12-31") { id } }`, {
        id: rows[0].id,
      });
      await sec.ok(`mutation ($input: AssignChairInput!) { assignChair(input: $input) { id } }`, {
        input: { bodyId: await bodyId(t, 'WGS'), participantId: ruId, role: 'CHAIR', startsOn: '2027-01-01' },
      });
      v = await view(wgs);
      expect(v.chairedBy).toEqual({ code: 'RU' });
      expect(entryOf(v, 'GB')).toMatchObject({ status: 'BOYCOTT', boycott: { scope: 'CHAIRED_BY' } });
      // Moved back into IL's term, the meeting is no longer covered.
      await sec.ok(
        `mutation ($id: ID!) { rescheduleMeeting(meetingId: $id, startsAt: "2026-12-01T09:00:00Z", endsAt: "2026-12-01T12:00:00Z") { id } }`,
        { id: wgs },
      );
      v = await view(wgs);
      expect(v.chairedBy).toEqual({ code: 'IL' });
      expect(entryOf(v, 'GB')).toBeNull();
    });
  });

  describe('BODY and MEETING scopes', () => {
    it('a BODY boycott covers the body’s meetings in its period only', async () => {
      const m2025 = await schedule(t, sec, 'WGM', '2025-12-31T22:00:00Z');
      const m2026 = await schedule(t, sec, 'WGM', '2026-01-15T09:00:00Z');
      const other = await schedule(t, sec, 'WGDE', '2026-01-15T09:00:00Z');
      const ca = await t.as(delegateOf('CA'));
      const b = await ca.ok(DECLARE, {
        input: {
          participantId: await participantId(t, 'CA'),
          scope: 'BODY',
          bodyId: await bodyId(t, 'WGM'),
          startsOn: '2026-01-01',
          endsOn: '2026-06-30',
          statement: 'Canada suspends its work in the WGM.',
        },
      });
      expect(b.declareBoycott).toMatchObject({
        scope: 'BODY',
        body: { code: 'WGM' },
        startsOn: '2026-01-01',
        endsOn: '2026-06-30',
      });
      expect((await lastAudit(t, 'declareBoycott')).details.meetings.map((m: any) => m.id)).toEqual([m2026]);
      expect(entryOf(await view(m2025), 'CA')).toBeNull();
      expect(entryOf(await view(m2026), 'CA')).toMatchObject({
        status: 'BOYCOTT',
        boycott: { id: b.declareBoycott.id },
      });
      expect(entryOf(await view(other), 'CA')).toBeNull();
      // A meeting scheduled later in the period is covered at once.
      const later = await schedule(t, sec, 'WGM', '2026-06-30T09:00:00Z');
      expect(entryOf(await view(later), 'CA')).toMatchObject({ status: 'BOYCOTT' });
    });

    it('a MEETING boycott takes its meeting’s date and follows it when rescheduled', async () => {
      const target = await schedule(t, sec, 'WGDE', '2026-02-10T09:00:00Z');
      const sibling = await schedule(t, sec, 'WGDE', '2026-02-10T14:00:00Z');
      const au = await t.as(delegateOf('IL'));
      const res = await au.ok(DECLARE, {
        input: {
          participantId: await participantId(t, 'IL'),
          scope: 'MEETING',
          meetingId: target,
          statement: 'Israel will not attend this sitting.',
        },
      });
      expect(res.declareBoycott).toMatchObject({
        scope: 'MEETING',
        meeting: { id: target },
        startsOn: '2026-02-10',
        endsOn: '2026-02-10',
      });
      expect(entryOf(await view(target), 'IL')).toMatchObject({ status: 'BOYCOTT' });
      expect(entryOf(await view(sibling), 'IL')).toBeNull();
      await sec.ok(
        `mutation ($id: ID!) { rescheduleMeeting(meetingId: $id, startsAt: "2026-03-03T09:00:00Z", endsAt: "2026-03-03T12:00:00Z") { id } }`,
        { id: target },
      );
      expect(entryOf(await view(target), 'IL')).toMatchObject({ status: 'BOYCOTT' });
      const { rows } = await t.sql.query('SELECT starts_on::text AS s, ends_on::text AS e FROM boycott WHERE id = $1', [
        res.declareBoycott.id,
      ]);
      expect(rows[0]).toEqual({ s: '2026-03-03', e: '2026-03-03' });
      expect((await lastAudit(t, 'rescheduleMeeting')).details.meetingBoycottsMoved).toEqual([res.declareBoycott.id]);
    });
  });

  describe('declaring: validation and who may', () => {
    let input: Record<string, unknown>;
    beforeAll(async () => {
      input = {
        participantId: await participantId(t, 'US'),
        scope: 'BODY',
        bodyId: await bodyId(t, 'PC'),
        startsOn: '2026-01-01',
        statement: 'Because.',
      };
    });

    it('scope fields per docs/rules.md, a statement of at most 50,000 characters', async () => {
      const meeting = await schedule(t, sec, 'PC', '2026-05-05T09:00:00Z');
      const cases: [Record<string, unknown>, string][] = [
        [{ scope: 'MEETING', bodyId: null, startsOn: null, meetingId: null }, 'meetingId'],
        [{ scope: 'MEETING', bodyId: null, meetingId: meeting }, 'startsOn'],
        [{ scope: 'MEETING', startsOn: null, meetingId: meeting }, 'bodyId'],
        [{ startsOn: null }, 'startsOn'],
        [{ bodyId: null }, 'bodyId'],
        [{ chairedById: await participantId(t, 'RU') }, 'chairedById'],
        [{ scope: 'CHAIRED_BY', bodyId: null }, 'chairedById'],
        [{ endsOn: '2025-12-31' }, 'endsOn'],
        [{ statement: '   ' }, 'statement'],
        [{ statement: 'x'.repeat(50001) }, 'statement'],
      ];
      for (const [change, field] of cases) {
        await refused(t, us, DECLARE, { input: { ...input, ...change } }, 'BAD_USER_INPUT', field);
      }
      expect((await us.fails(DECLARE, { input: { ...input, startsOn: '2026-02-30' } })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      // 50,000 characters exactly is fine.
      expect((await us.request(DECLARE, { input: { ...input, statement: 'y'.repeat(50000) } })).errors).toBeUndefined();
    });

    it('a delegate declares only for its own participant; unknown ids are NOT_FOUND; only SCHEDULED meetings', async () => {
      await refused(t, gb, DECLARE, { input }, 'FORBIDDEN');
      await refused(t, ru, DECLARE, { input }, 'FORBIDDEN');
      expect((await t.anonymous.fails(DECLARE, { input })).extensions?.code).toBe('UNAUTHENTICATED');
      await refused(
        t,
        us,
        DECLARE,
        { input: { ...input, bodyId: '00000000-0000-4000-8000-000000000000' } },
        'NOT_FOUND',
      );
      await refused(
        t,
        sec,
        DECLARE,
        { input: { ...input, participantId: '00000000-0000-4000-8000-000000000000' } },
        'NOT_FOUND',
      );
      // SL does not sit on PC: it has no PC meetings to boycott.
      const sl = await participantId(t, 'SL');
      await refused(t, sec, DECLARE, { input: { ...input, participantId: sl } }, 'BAD_USER_INPUT', 'participantId');
      const held = await schedule(t, sec, 'PC', '2026-05-06T09:00:00Z');
      await sec.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: held });
      await refused(
        t,
        us,
        DECLARE,
        { input: { participantId: input.participantId, scope: 'MEETING', meetingId: held, statement: 'Late.' } },
        'CONFLICT',
      );
    });
  });
});
