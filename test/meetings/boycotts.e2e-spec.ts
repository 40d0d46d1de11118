// Boycotts across their three scopes, and the 2022 case: two participants boycott every meeting
// chaired by a third in 2022; that chair schedules meetings of two bodies (before and after the
// declarations); they show BOYCOTT with the boycott linked; one boycotter's delegate records PRESENT
// anyway; withdrawing clears meetings not yet held but not a held one; a chair change re-applies
// CHAIRED_BY. Each story builds its own bodies and participants through the API.
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

describe('meetings: boycotts', () => {
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

  /** Adds `parties` as members of a fresh body chaired by `chair` over [startsOn, endsOn]. */
  async function bodyChairedBy(chair: Party, parties: Party[], startsOn: string, endsOn?: string) {
    const body = await fx.body({ members: 2, chairFrom: '2030-01-01' });
    for (const p of [chair, ...parties]) {
      await sec.ok(`mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { id } }`, {
        b: body.id,
        p: p.id,
      });
    }
    await fx.assignChair(body.id, chair.id, 'CHAIR', startsOn, endsOn);
    return body;
  }

  async function chairedByCase(): Promise<ChairedByCase> {
    const [chair, first, second] = await Promise.all([fx.party(), fx.party(), fx.party()]);
    const boycotters: [Party, Party] = [first, second];
    return {
      chair,
      boycotters,
      committee: await bodyChairedBy(chair, boycotters, '2022-01-01', '2022-12-31'),
      council: await bodyChairedBy(chair, boycotters, '2022-01-01', '2022-12-31'),
      elsewhere: await fx.body({ chairFrom: '2020-01-01' }).then(async (b) => {
        for (const p of boycotters) {
          await sec.ok(`mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { id } }`, {
            b: b.id,
            p: p.id,
          });
        }
        return b;
      }),
    };
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

  it('CHAIRED_BY follows the chair: it applies when the participant becomes chair, and lifts when the meeting moves away', async () => {
    const chairToBe = await fx.party();
    const boycotter = await fx.party();
    const body = await fx.body({ chairFrom: '2020-01-01' });
    for (const p of [chairToBe, boycotter]) {
      await sec.ok(`mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { id } }`, {
        b: body.id,
        p: p.id,
      });
    }
    await (
      await boycotter.delegate()
    ).ok(DECLARE, {
      input: {
        participantId: boycotter.id,
        scope: 'CHAIRED_BY',
        chairedById: chairToBe.id,
        startsOn: '2027-01-01',
        statement: 'We will not attend meetings it chairs.',
      },
    });
    // The body's chair has an open-ended term: a 2027 meeting is not covered.
    const meeting = await fx.meeting(body, '2027-02-01T09:00:00Z');
    let v = await view(meeting);
    expect(v.chairedBy).toEqual({ code: body.chair.code });
    expect(entryOf(v, boycotter)).toBeNull();
    // The chair changes: the term ends in 2026 and the new chair takes over in 2027.
    const terms = await sec.ok(`query ($id: ID!) { body(id: $id) { chairTerms { id role participant { code } } } }`, {
      id: body.id,
    });
    const current = terms.body.chairTerms.find((x: any) => x.participant.code === body.chair.code);
    await sec.ok(`mutation ($id: ID!) { endChairTerm(termId: $id, endsOn: "2026-12-31") { id } }`, { id: current.id });
    await fx.assignChair(body.id, chairToBe.id, 'CHAIR', '2027-01-01');
    v = await view(meeting);
    expect(v.chairedBy).toEqual({ code: chairToBe.code });
    expect(entryOf(v, boycotter)).toMatchObject({ status: 'BOYCOTT', boycott: { scope: 'CHAIRED_BY' } });
    // Moved back into the earlier chair's term, the meeting is no longer covered.
    await sec.ok(
      `mutation ($id: ID!) { rescheduleMeeting(meetingId: $id, startsAt: "2026-12-01T09:00:00Z", endsAt: "2026-12-01T12:00:00Z") { id } }`,
      { id: meeting },
    );
    v = await view(meeting);
    expect(v.chairedBy).toEqual({ code: body.chair.code });
    expect(entryOf(v, boycotter)).toBeNull();
  });

  it('a BODY boycott covers the body’s meetings in its period only, those scheduled later too', async () => {
    const body = await fx.body({ members: 3 });
    const other = await fx.body();
    const boycotter = body.members[1];
    await sec.ok(`mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { id } }`, {
      b: other.id,
      p: boycotter.id,
    });
    const before = await fx.meeting(body, '2025-12-31T22:00:00Z');
    const within = await fx.meeting(body, '2026-01-15T09:00:00Z');
    const elsewhere = await fx.meeting(other, '2026-01-15T09:00:00Z');
    const b = await (
      await boycotter.delegate()
    ).ok(DECLARE, {
      input: {
        participantId: boycotter.id,
        scope: 'BODY',
        bodyId: body.id,
        startsOn: '2026-01-01',
        endsOn: '2026-06-30',
        statement: 'We suspend our work in this body.',
      },
    });
    expect(b.declareBoycott).toMatchObject({
      scope: 'BODY',
      body: { code: body.code },
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
    });
    expect((await fx.onlyAudit(b.declareBoycott.id, 'declareBoycott')).details.meetings.map((m: any) => m.id)).toEqual([
      within,
    ]);
    expect(entryOf(await view(before), boycotter)).toBeNull();
    expect(entryOf(await view(within), boycotter)).toMatchObject({
      status: 'BOYCOTT',
      boycott: { id: b.declareBoycott.id },
    });
    expect(entryOf(await view(elsewhere), boycotter)).toBeNull();
    const later = await fx.meeting(body, '2026-06-30T09:00:00Z');
    expect(entryOf(await view(later), boycotter)).toMatchObject({ status: 'BOYCOTT' });
  });

  it('a MEETING boycott takes its meeting’s date and follows it when rescheduled', async () => {
    const body = await fx.body({ members: 3 });
    const boycotter = body.members[2];
    const target = await fx.meeting(body, '2026-02-10T09:00:00Z');
    const sibling = await fx.meeting(body, '2026-02-10T14:00:00Z');
    const res = await (
      await boycotter.delegate()
    ).ok(DECLARE, {
      input: {
        participantId: boycotter.id,
        scope: 'MEETING',
        meetingId: target,
        statement: 'We will not attend this sitting.',
      },
    });
    expect(res.declareBoycott).toMatchObject({
      scope: 'MEETING',
      meeting: { id: target },
      startsOn: '2026-02-10',
      endsOn: '2026-02-10',
    });
    expect(entryOf(await view(target), boycotter)).toMatchObject({ status: 'BOYCOTT' });
    expect(entryOf(await view(sibling), boycotter)).toBeNull();
    await sec.ok(
      `mutation ($id: ID!) { rescheduleMeeting(meetingId: $id, startsAt: "2026-03-03T09:00:00Z", endsAt: "2026-03-03T12:00:00Z") { id } }`,
      { id: target },
    );
    expect(entryOf(await view(target), boycotter)).toMatchObject({ status: 'BOYCOTT' });
    const listed = await sec.ok(`query ($p: ID!) { boycotts(participantId: $p) { id startsOn endsOn } }`, {
      p: boycotter.id,
    });
    expect(listed.boycotts).toEqual([{ id: res.declareBoycott.id, startsOn: '2026-03-03', endsOn: '2026-03-03' }]);
    expect((await fx.onlyAudit(target, 'rescheduleMeeting')).details.meetingBoycottsMoved).toEqual([
      res.declareBoycott.id,
    ]);
  });

  describe('declaring: validation and who may', () => {
    async function declaration() {
      const body = await fx.body({ members: 3 });
      const declarer = body.members[1];
      const input = {
        participantId: declarer.id,
        scope: 'BODY',
        bodyId: body.id,
        startsOn: '2026-01-01',
        statement: 'Because.',
      };
      return { body, declarer, input, client: await declarer.delegate() };
    }

    it('scope fields as the rules say, a statement of at most 50,000 characters', async () => {
      const { body, input, client } = await declaration();
      const meeting = await fx.meeting(body, '2026-05-05T09:00:00Z');
      const cases: [Record<string, unknown>, string][] = [
        [{ scope: 'MEETING', bodyId: null, startsOn: null, meetingId: null }, 'meetingId'],
        [{ scope: 'MEETING', bodyId: null, meetingId: meeting }, 'startsOn'],
        [{ scope: 'MEETING', startsOn: null, meetingId: meeting }, 'bodyId'],
        [{ startsOn: null }, 'startsOn'],
        [{ bodyId: null }, 'bodyId'],
        [{ chairedById: body.chair.id }, 'chairedById'],
        [{ scope: 'CHAIRED_BY', bodyId: null }, 'chairedById'],
        [{ endsOn: '2025-12-31' }, 'endsOn'],
        [{ statement: '   ' }, 'statement'],
        [{ statement: 'x'.repeat(50001) }, 'statement'],
      ];
      for (const [change, field] of cases) {
        await refused(t, client, DECLARE, { input: { ...input, ...change } }, 'BAD_USER_INPUT', field);
      }
      expect((await client.fails(DECLARE, { input: { ...input, startsOn: '2026-02-30' } })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      // 50,000 characters exactly is fine.
      expect(
        (await client.request(DECLARE, { input: { ...input, statement: 'y'.repeat(50000) } })).errors,
      ).toBeUndefined();
    });

    it('a delegate declares only for its own participant; unknown ids are NOT_FOUND; only SCHEDULED meetings', async () => {
      const { body, declarer, input, client } = await declaration();
      const stranger = await fx.party();
      await refused(t, await body.members[2].delegate(), DECLARE, { input }, 'FORBIDDEN');
      await refused(t, await body.chair.delegate(), DECLARE, { input }, 'FORBIDDEN');
      expect((await t.anonymous.fails(DECLARE, { input })).extensions?.code).toBe('UNAUTHENTICATED');
      await refused(
        t,
        client,
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
      // A participant not on the body has no meetings there to boycott.
      await refused(
        t,
        sec,
        DECLARE,
        { input: { ...input, participantId: stranger.id } },
        'BAD_USER_INPUT',
        'participantId',
      );
      const held = await fx.meeting(body, '2026-05-06T09:00:00Z');
      await fx.open(held);
      await refused(
        t,
        client,
        DECLARE,
        { input: { participantId: declarer.id, scope: 'MEETING', meetingId: held, statement: 'Late.' } },
        'CONFLICT',
      );
    });
  });
});
