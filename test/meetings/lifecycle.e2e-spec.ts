// A meeting's lifecycle (SCHEDULED -> IN_SESSION -> ADJOURNED; SCHEDULED -> CANCELLED) and the
// meeting lists: who may move a meeting, every illegal move (CONFLICT naming both states), the
// adjournment the decisions area refuses while proposals are OPEN, one audit entry per success,
// and reading meetings in order, page by page. Each story builds its own body and meetings.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture, type BodyOptions } from './meetings.fixture.js';
import { refused } from './meetings-helpers.js';

const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelMeeting(meetingId: $id, reason: $reason) { id status cancellationReason } }`;
const OPEN = `mutation ($id: ID!) { openMeeting(meetingId: $id) { id status } }`;
const ADJOURN = `mutation ($id: ID!) { adjournMeeting(meetingId: $id) { id status } }`;
const MOVES: Record<string, string> = { IN_SESSION: OPEN, ADJOURNED: ADJOURN, CANCELLED: CANCEL };

/** A body chaired by members[0] from 2023 (members[1] its vice-chair) and by members[2] in 2022. */
const PAST_CHAIR: BodyOptions = {
  members: 4,
  chairFrom: '2023-01-01',
  viceChair: true,
  pastChair: ['2022-01-01', '2022-12-31'],
};

describe('meetings: lifecycle and lists', () => {
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
  const move = (client: GraphQLClient, to: string, id: string) =>
    to === 'CANCELLED' ? client.request(CANCEL, { id, reason: 'No longer needed' }) : client.request(MOVES[to], { id });

  describe('the state machine', () => {
    it('SCHEDULED -> IN_SESSION -> ADJOURNED, one audit entry each', async () => {
      const id = await fx.meeting(await fx.body(), '2026-10-10T09:00:00Z');
      expect((await sec.ok(OPEN, { id })).openMeeting.status).toBe('IN_SESSION');
      expect((await sec.ok(ADJOURN, { id })).adjournMeeting.status).toBe('ADJOURNED');
      expect((await fx.audit(id)).map((e) => e.action)).toEqual(['scheduleMeeting', 'openMeeting', 'adjournMeeting']);
      expect((await fx.onlyAudit(id, 'adjournMeeting')).details).toMatchObject({ from: 'IN_SESSION', to: 'ADJOURNED' });
    });

    it('SCHEDULED -> CANCELLED with its reason; the sequence is bumped', async () => {
      const id = await fx.meeting(await fx.body(), '2026-10-11T09:00:00Z');
      const res = await sec.ok(CANCEL, { id, reason: 'The room is flooded' });
      expect(res.cancelMeeting).toMatchObject({ status: 'CANCELLED', cancellationReason: 'The room is flooded' });
      expect(await sequenceOf(id)).toBe(1);
      expect((await fx.onlyAudit(id, 'cancelMeeting')).details).toMatchObject({
        reason: 'The room is flooded',
        from: 'SCHEDULED',
        to: 'CANCELLED',
      });
    });

    it('a cancellation needs a reason', async () => {
      const id = await fx.meeting(await fx.body(), '2026-10-12T09:00:00Z');
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
      const body = await fx.body();
      let day = 1;
      for (const [from, to] of illegal) {
        const id = await fx.meeting(body, `2026-11-${String(day++).padStart(2, '0')}T09:00:00Z`);
        for (const step of reach[from]) expect((await move(sec, step, id)).errors).toBeUndefined();
        const q = to === 'CANCELLED' ? CANCEL : MOVES[to];
        const vars = to === 'CANCELLED' ? { id, reason: 'Because' } : { id };
        const err = await refused(t, sec, q, vars, 'CONFLICT');
        expect(err.message).toContain(from);
        expect(err.message).toContain(to);
        expect(err.message).toMatch(new RegExp(`from ${from} to ${to}`));
      }
    });

    it('chair powers are judged at the meeting: the chair of 2022 may not open or cancel a 2023 meeting, nor a plain delegate', async () => {
      const body = await fx.body(PAST_CHAIR);
      const id = await fx.meeting(body, '2023-04-04T09:00:00Z');
      const past = await body.members[2].delegate();
      await refused(t, past, OPEN, { id }, 'FORBIDDEN');
      await refused(t, past, CANCEL, { id, reason: 'mine' }, 'FORBIDDEN');
      await refused(t, await body.members[3].delegate(), OPEN, { id }, 'FORBIDDEN');
      // The vice-chair in office then acts for the chair.
      await (await body.members[1].delegate()).ok(OPEN, { id });
      await refused(t, past, ADJOURN, { id }, 'FORBIDDEN');
      await (await body.members[0].delegate()).ok(ADJOURN, { id });
    });

    it('unknown meetings are NOT_FOUND for every move', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
        await refused(t, sec, OPEN, { id }, 'NOT_FOUND');
        await refused(t, sec, ADJOURN, { id }, 'NOT_FOUND');
        await refused(t, sec, CANCEL, { id, reason: 'x' }, 'NOT_FOUND');
      }
    });

    it('adjourning with OPEN proposals on the agenda is CONFLICT naming them; once they are withdrawn it adjourns', async () => {
      const body = await fx.body();
      const id = await fx.meeting(body, '2026-12-01T09:00:00Z');
      const item = await sec.ok(
        `mutation ($m: ID!) { addAgendaItem(input: { meetingId: $m, title: "Admission", kind: DECISION }) { id } }`,
        { m: id },
      );
      await fx.open(id);
      const submit = async (title: string) =>
        (
          await sec.ok(`mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id reference } }`, {
            input: { agendaItemId: item.addAgendaItem.id, title, text: `The body decides on ${title}.` },
          })
        ).submitProposal as { id: string; reference: string };
      const [first, second, draft] = [await submit('One'), await submit('Two'), await submit('Three')];
      for (const p of [first, second]) {
        await sec.ok(`mutation ($id: ID!) { openProposal(proposalId: $id) { id } }`, { id: p.id });
      }
      const err = await refused(t, sec, ADJOURN, { id }, 'CONFLICT');
      expect(err.message).toContain(`${first.reference}, ${second.reference}`);
      expect(err.message).not.toContain(draft.reference);
      expect(err.extensions?.proposals).toEqual([first.reference, second.reference]);
      for (const p of [first, second]) {
        await sec.ok(`mutation ($id: ID!) { withdrawProposal(proposalId: $id, reason: "Deferred") { id } }`, {
          id: p.id,
        });
      }
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
      // A window of 2031 that only this story schedules in.
      const [one, two] = [await fx.body(), await fx.body()];
      for (const s of [
        '2031-05-03T09:00:00Z',
        '2031-05-01T09:00:00Z',
        '2031-05-02T09:00:00Z',
        '2031-05-02T09:00:00Z',
        '2031-06-01T09:00:00Z',
      ]) {
        await fx.meeting(one, s);
      }
      await fx.meeting(two, '2031-05-02T10:00:00Z');
      const q = `query ($b: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
        meetings(bodyId: $b, from: $from, to: $to, first: $first, after: $after) {
          edges { cursor node { id startsAt body { code } } } pageInfo { hasNextPage endCursor } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (
          await sec.ok(q, { b: one.id, from: '2031-05-01T00:00:00Z', to: '2031-06-01T09:00:00Z', first: 2, after })
        ).meetings;
        seen.push(...page.edges.map((e: any) => e.node.startsAt));
        expect(page.edges.every((e: any) => e.node.body.code === one.code)).toBe(true);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual([
        '2031-05-01T09:00:00.000Z',
        '2031-05-02T09:00:00.000Z',
        '2031-05-02T09:00:00.000Z',
        '2031-05-03T09:00:00.000Z',
      ]);
      const all = (await sec.ok(q, { from: '2031-05-01T00:00:00Z', to: '2031-05-04T00:00:00Z' })).meetings.edges.map(
        (e: any) => e.node.body.code,
      );
      expect(all).toEqual([one.code, one.code, one.code, two.code, one.code]);
      expect((await sec.fails(q, { first: 501 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await sec.fails(q, { after: 'bogus' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
      expect((await sec.ok(q, { b: 'not-an-id' })).meetings.edges).toEqual([]);
    });

    it('Body.meetings pages through a body’s meetings in order; a body without meetings has none', async () => {
      const [busy, idle] = [await fx.body(), await fx.body()];
      for (const s of [
        '2026-05-03T09:00:00Z',
        '2026-05-01T09:00:00Z',
        '2026-05-02T09:00:00Z',
        '2026-06-01T09:00:00Z',
      ]) {
        await fx.meeting(busy, s);
      }
      const q = `query ($first: Int, $after: String) { organization { bodies { code meetings(first: $first, after: $after) {
        edges { node { startsAt body { code } } } pageInfo { hasNextPage endCursor } } } } }`;
      const bodies = (await sec.ok(q, { first: 2 })).organization.bodies;
      const listed = bodies.find((b: any) => b.code === busy.code);
      expect(listed.meetings.edges.map((e: any) => e.node.startsAt)).toEqual([
        '2026-05-01T09:00:00.000Z',
        '2026-05-02T09:00:00.000Z',
      ]);
      expect(listed.meetings.pageInfo.hasNextPage).toBe(true);
      expect(bodies.find((b: any) => b.code === idle.code).meetings).toEqual({
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      });
      const next = await sec.ok(
        `query ($id: ID!, $after: String) { body(id: $id) { meetings(first: 10, after: $after) { edges { node { startsAt } } } } }`,
        { id: busy.id, after: listed.meetings.pageInfo.endCursor },
      );
      expect(next.body.meetings.edges.map((e: any) => e.node.startsAt)).toEqual([
        '2026-05-03T09:00:00.000Z',
        '2026-06-01T09:00:00.000Z',
      ]);
    });
  });
});
