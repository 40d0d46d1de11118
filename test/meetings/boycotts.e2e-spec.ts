// Boycotts: CHAIRED_BY follows who chairs a meeting, BODY and MEETING scopes cover what they say
// (a MEETING boycott moves with its meeting), and who may declare what, with which scope fields.
// Each story builds its own bodies and participants through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture, type Party } from './meetings.fixture.js';
import { refused } from './meetings-helpers.js';

const DECLARE = `mutation ($input: DeclareBoycottInput!) {
  declareBoycott(input: $input) {
    id scope startsOn endsOn statement declaredAt withdrawnAt
    participant { code } meeting { id } body { code } chairedBy { code } declaredBy { email }
  }
}`;
const VIEW = `query ($id: ID!) { meeting(id: $id) {
  status chairedBy { code }
  attendance { participant { code } status recordedBy { email } boycott { id scope participant { code } statement } }
  attendanceGaps { code }
} }`;

describe('meetings: boycotts', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;
  const view = async (id: string) => (await sec.ok(VIEW, { id })).meeting;
  const entryOf = (v: any, p: Party) => v.attendance.find((a: any) => a.participant.code === p.code) ?? null;

  beforeAll(async () => {
    t = await startTestApp();
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    await t.close();
  });
  it('CHAIRED_BY follows the chair: it applies when the participant becomes chair, and lifts when the meeting moves away', async () => {
    const chairToBe = await fx.party();
    const boycotter = await fx.party();
    const body = await fx.body({ chairFrom: '2020-01-01' });
    await fx.seat(body, chairToBe, boycotter);
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
    await fx.seat(other, boycotter);
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
