// Boycotts of meetings chaired by someone (CHAIRED_BY), as in 2022: two participants boycott every
// meeting chaired by a third in 2022; that chair schedules meetings of two bodies (before and after
// the declarations); they show BOYCOTT with the boycott linked; one boycotter's delegate records
// PRESENT anyway; opening freezes the boycott; withdrawing clears meetings not yet held but not a
// held one. Each story builds its own bodies and participants through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture, type BodyFixture, type Party } from './meetings.fixture.js';
import { refused } from './meetings-helpers.js';

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
const LIST = `query ($p: ID, $d: Date) { boycotts(participantId: $p, activeOn: $d) { id participant { code } } }`;

/** Two bodies chaired in 2022 by `chair`, another body chaired by someone else, and two boycotters. */
interface ChairedByCase {
  chair: Party;
  boycotters: [Party, Party];
  committee: BodyFixture;
  council: BodyFixture;
  elsewhere: BodyFixture;
}

describe('meetings: CHAIRED_BY boycotts, the 2022 case', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;
  const view = async (id: string) => (await sec.ok(VIEW, { id })).meeting;
  const entryOf = (v: any, p: Party) => v.attendance.find((a: any) => a.participant.code === p.code) ?? null;
  const rec = (client: GraphQLClient, meetingId: string, p: Party, status: string) =>
    client.request(RECORD, { input: { meetingId, participantId: p.id, status } });

  beforeAll(async () => {
    t = await startTestApp();
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    await t.close();
  });

  /** A fresh body with `parties` seated on it, chaired by `chair` in 2022. */
  async function chairedIn2022(chair: Party, parties: Party[]): Promise<BodyFixture> {
    const body = await fx.body({ members: 2, chairFrom: '2030-01-01' });
    await fx.seat(body, chair, ...parties);
    await fx.assignChair(body.id, chair.id, 'CHAIR', '2022-01-01', '2022-12-31');
    return body;
  }

  async function chairedByCase(): Promise<ChairedByCase> {
    const [chair, first, second] = await fx.parties(3);
    const boycotters: [Party, Party] = [first, second];
    const elsewhere = await fx.body({ chairFrom: '2020-01-01' });
    await fx.seat(elsewhere, ...boycotters);
    const committee = await chairedIn2022(chair, boycotters);
    return { chair, boycotters, committee, council: await chairedIn2022(chair, boycotters), elsewhere };
  }

  /** Each boycotter boycotts every meeting chaired by the case's chair in 2022 (the first by its own delegate). */
  async function declareChairedBy(c: ChairedByCase): Promise<[string, string]> {
    const input = (p: Party, statement: string) => ({
      input: {
        participantId: p.id,
        scope: 'CHAIRED_BY',
        chairedById: c.chair.id,
        startsOn: '2022-01-01',
        endsOn: '2022-12-31',
        statement,
      },
    });
    const first = await (
      await c.boycotters[0].delegate()
    ).ok(DECLARE, input(c.boycotters[0], 'We will not take part in meetings chaired by them.'));
    const second = await sec.ok(DECLARE, input(c.boycotters[1], 'Вне обсуждения: we abstain from attending.'));
    return [first.declareBoycott.id, second.declareBoycott.id];
  }

  describe('CHAIRED_BY: the 2022 case', () => {
    it('the chair schedules a meeting; then two participants boycott every meeting it chairs in 2022, one audit entry each', async () => {
      const c = await chairedByCase();
      const early = await fx.meeting(c.committee, '2022-03-15T09:00:00Z', { by: await c.chair.delegate() });
      const [a, b] = c.boycotters;
      const res = await (
        await a.delegate()
      ).ok(DECLARE, {
        input: {
          participantId: a.id,
          scope: 'CHAIRED_BY',
          chairedById: c.chair.id,
          startsOn: '2022-01-01',
          endsOn: '2022-12-31',
          statement: 'We will not take part in meetings chaired by them.',
        },
      });
      expect(res.declareBoycott).toMatchObject({
        scope: 'CHAIRED_BY',
        startsOn: '2022-01-01',
        endsOn: '2022-12-31',
        withdrawnAt: null,
        participant: { code: a.code },
        chairedBy: { code: c.chair.code },
        body: null,
        meeting: null,
        declaredBy: { email: `${a.code.toLowerCase()}@fixture.example` },
      });
      // The secretariat declares the other's on its behalf.
      const other = await sec.ok(DECLARE, {
        input: {
          participantId: b.id,
          scope: 'CHAIRED_BY',
          chairedById: c.chair.id,
          startsOn: '2022-01-01',
          statement: 'Вне обсуждения.',
        },
      });
      expect(await fx.audit(res.declareBoycott.id)).toHaveLength(1);
      expect((await fx.onlyAudit(other.declareBoycott.id, 'declareBoycott')).details).toMatchObject({
        participant: b.code,
        scope: 'CHAIRED_BY',
        chairedBy: c.chair.code,
        meetings: [expect.objectContaining({ id: early, body: c.committee.code })],
      });
    });

    it('meetings the chair holds in 2022, scheduled before or after, show the boycotters as BOYCOTT with the boycott linked', async () => {
      const c = await chairedByCase();
      const chair = await c.chair.delegate();
      const early = await fx.meeting(c.committee, '2022-03-15T09:00:00Z', { by: chair });
      const [aBoycott, bBoycott] = await declareChairedBy(c);
      const council = await fx.meeting(c.council, '2022-06-01T09:00:00Z', { by: chair });
      const late = await fx.meeting(c.committee, '2022-11-07T09:00:00Z', { by: chair });
      const elsewhere = await fx.meeting(c.elsewhere, '2022-11-08T09:00:00Z');
      const [a, b] = c.boycotters;
      for (const id of [early, council, late]) {
        const v = await view(id);
        expect(v.chairedBy).toEqual({ code: c.chair.code });
        expect(entryOf(v, a)).toEqual({
          participant: { code: a.code },
          status: 'BOYCOTT',
          recordedBy: null,
          boycott: { id: aBoycott, scope: 'CHAIRED_BY', participant: { code: a.code }, statement: expect.any(String) },
        });
        expect(entryOf(v, b)).toMatchObject({
          status: 'BOYCOTT',
          boycott: { id: bBoycott, statement: expect.stringContaining('Вне обсуждения') },
        });
        // A boycott is a recorded reason, not a gap.
        expect(v.attendanceGaps.map((p: any) => p.code)).not.toEqual(expect.arrayContaining([a.code]));
        expect(v.attendanceGaps.map((p: any) => p.code)).not.toEqual(expect.arrayContaining([b.code]));
      }
      const other = await view(elsewhere);
      expect(other.chairedBy).toEqual({ code: c.elsewhere.chair.code });
      expect(entryOf(other, a)).toBeNull();
    });

    it('nobody but the boycotting participant’s delegate records its attendance: BOYCOTT_IN_FORCE', async () => {
      const c = await chairedByCase();
      await declareChairedBy(c);
      const chair = await c.chair.delegate();
      const meeting = await fx.meeting(c.committee, '2022-11-07T09:00:00Z', { by: chair });
      const [a] = c.boycotters;
      for (const client of [chair, sec]) {
        const err = await refused(
          t,
          client,
          RECORD,
          { input: { meetingId: meeting, participantId: a.id, status: 'PRESENT' } },
          'BOYCOTT_IN_FORCE',
        );
        expect(err.message).toMatch(new RegExp(`${a.code} boycotts`));
      }
    });

    it('a boycotter’s delegate records PRESENT anyway: PRESENT there, still BOYCOTT elsewhere', async () => {
      const c = await chairedByCase();
      await declareChairedBy(c);
      const chair = await c.chair.delegate();
      const late = await fx.meeting(c.committee, '2022-11-07T09:00:00Z', { by: chair });
      const council = await fx.meeting(c.council, '2022-06-01T09:00:00Z', { by: chair });
      const [a, b] = c.boycotters;
      const res = await rec(await b.delegate(), late, b, 'PRESENT');
      expect(res.errors).toBeUndefined();
      expect(res.data?.recordAttendance).toEqual({ status: 'PRESENT', boycott: null });
      expect(entryOf(await view(late), b)).toMatchObject({
        status: 'PRESENT',
        recordedBy: { email: `${b.code.toLowerCase()}@fixture.example` },
        boycott: null,
      });
      expect(entryOf(await view(council), b)).toMatchObject({ status: 'BOYCOTT' });
      expect(entryOf(await view(late), a)).toMatchObject({ status: 'BOYCOTT' });
    });

    it('opening freezes the boycott into the attendance (linked, set by Concord)', async () => {
      const c = await chairedByCase();
      const chair = await c.chair.delegate();
      const early = await fx.meeting(c.committee, '2022-03-15T09:00:00Z', { by: chair });
      const [aBoycott, bBoycott] = await declareChairedBy(c);
      await fx.open(early, chair);
      const held = await view(early);
      expect(held.status).toBe('IN_SESSION');
      for (const [p, id] of [
        [c.boycotters[0], aBoycott],
        [c.boycotters[1], bBoycott],
      ] as const) {
        expect(entryOf(held, p)).toMatchObject({ status: 'BOYCOTT', boycott: { id }, recordedBy: null });
      }
      expect((await fx.onlyAudit(early, 'openMeeting')).details.attendanceSet).toEqual(
        expect.arrayContaining([
          { participantId: c.boycotters[0].id, status: 'BOYCOTT', boycottId: aBoycott },
          { participantId: c.boycotters[1].id, status: 'BOYCOTT', boycottId: bBoycott },
        ]),
      );
    });

    it('withdrawal is for the participant’s delegate or the secretariat, once; it clears the meetings not yet held only', async () => {
      const c = await chairedByCase();
      const chair = await c.chair.delegate();
      const early = await fx.meeting(c.committee, '2022-03-15T09:00:00Z', { by: chair });
      const [aBoycott] = await declareChairedBy(c);
      const council = await fx.meeting(c.council, '2022-06-01T09:00:00Z', { by: chair });
      const late = await fx.meeting(c.committee, '2022-11-07T09:00:00Z', { by: chair });
      await fx.open(early, chair);
      await fx.adjourn(early, chair);
      const [a, b] = c.boycotters;
      const own = await a.delegate();
      await refused(t, await b.delegate(), WITHDRAW, { id: aBoycott }, 'FORBIDDEN');
      await refused(t, chair, WITHDRAW, { id: aBoycott }, 'FORBIDDEN');
      await refused(t, own, WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND');
      await refused(t, own, WITHDRAW, { id: 'nope' }, 'NOT_FOUND');
      const res = await own.ok(WITHDRAW, { id: aBoycott });
      expect(res.withdrawBoycott.withdrawnAt).toEqual(expect.any(String));
      // It named the meetings not yet held that it leaves, not the held one.
      expect((await fx.onlyAudit(aBoycott, 'withdrawBoycott')).details.meetings.map((m: any) => m.id)).toEqual([
        council,
        late,
      ]);
      await refused(t, own, WITHDRAW, { id: aBoycott }, 'CONFLICT');
      await refused(t, sec, WITHDRAW, { id: aBoycott }, 'CONFLICT');

      expect(entryOf(await view(council), a)).toBeNull();
      expect((await view(council)).attendanceGaps.map((p: any) => p.code)).toContain(a.code);
      expect(entryOf(await view(late), a)).toBeNull();
      expect(entryOf(await view(early), a)).toMatchObject({ status: 'BOYCOTT', boycott: { id: aBoycott } });
      // The other boycott still holds.
      expect(entryOf(await view(council), b)).toMatchObject({ status: 'BOYCOTT' });
      // And now anyone with chair powers may record the first boycotter there.
      expect((await rec(chair, council, a, 'PRESENT')).errors).toBeUndefined();
    });

    it('boycotts(participantId, activeOn) lists them, withdrawn ones only on days before the withdrawal', async () => {
      const c = await chairedByCase();
      const [aBoycott, bBoycott] = await declareChairedBy(c);
      const [a, b] = c.boycotters;
      const ours = (list: { id: string }[]) => list.map((x) => x.id).filter((id) => id === aBoycott || id === bBoycott);
      expect((await sec.ok(LIST, { p: a.id })).boycotts.map((x: any) => x.id)).toEqual([aBoycott]);
      expect((await sec.ok(LIST, { p: b.id, d: '2022-06-01' })).boycotts.map((x: any) => x.id)).toEqual([bBoycott]);
      expect(ours((await sec.ok(LIST, { d: '2022-06-01' })).boycotts)).toEqual([aBoycott, bBoycott]);
      expect(ours((await sec.ok(LIST, { d: '2023-06-01' })).boycotts)).toEqual([]);
      await (await a.delegate()).ok(WITHDRAW, { id: aBoycott });
      // Withdrawn today: it was in force on every day of 2022, and is listed for them.
      expect((await sec.ok(LIST, { p: a.id, d: '2022-06-01' })).boycotts.map((x: any) => x.id)).toEqual([aBoycott]);
      expect((await sec.ok(LIST, { p: 'nope' })).boycotts).toEqual([]);
      expect((await t.anonymous.fails(LIST, {})).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
