// No N+1: a full meeting view (body with members, observers and chair, the derived chair, the agenda
// with proposers, every attendance entry with its participant, delegates, boycott and recorder, the
// gaps and the quorum) issues the same number of SQL statements for a body of 85 members as for a
// body of 5, scheduled (derived) and in session (frozen); and a list of meetings does not grow with
// the number of meetings. Everything is built through the API. The two large bodies are built once
// and only read; the stories that add meetings build their own small bodies.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture, type BodyFixture } from './meetings.fixture.js';

const FULL_VIEW = `
  id title status
  body { code members { code } observers { code } chair { participant { code } } }
  chairedBy { code }
  agenda { position title proposedBy { code } }
  attendance {
    participant { code delegates { email } }
    status
    boycott { participant { code } statement }
    recordedBy { displayName }
  }
  attendanceGaps { code }
  quorumMet`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { ${FULL_VIEW} } }`;
const LIST = `query ($b: ID!) { meetings(bodyId: $b, first: 50) { edges { node { ${FULL_VIEW} } } } }`;

interface Built {
  body: BodyFixture;
  /** A SCHEDULED meeting (attendance derived) and an IN_SESSION one (attendance frozen). */
  scheduled: string;
  held: string;
}

describe('meetings: statements per view do not grow with members or meetings', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;
  let small: Built;
  let large: Built;

  /**
   * A body of `n` members and one observer, quorum 3, chaired by its first member, with the given
   * meetings; each gets two agenda items (one asked for by the observer) and everyone recorded
   * PRESENT or REMOTE but the third member (a BODY boycott), the fourth (a gap) and the fifth
   * (suspended); the observer is PRESENT.
   */
  async function furnish(n: number, starts: string[]): Promise<{ body: BodyFixture; meetings: string[] }> {
    const body = await fx.body({ members: n, observers: 1, quorum: 3, chairFrom: '2026-01-01' });
    const [, m1, m2, , m4] = body.members;
    const meetings: string[] = [];
    for (const [k, startsAt] of starts.entries())
      meetings.push(await fx.meeting(body, startsAt, { title: `Session ${k + 1}` }));
    const add = `mutation ($m: ID!, $t: String!, $p: ID) { addAgendaItem(input: { meetingId: $m, title: $t, kind: DISCUSSION, proposedById: $p }) { id } }`;
    for (const m of meetings) {
      await sec.ok(add, { m, t: 'Opening', p: m1.id });
      await sec.ok(add, { m, t: 'Observer report', p: body.observers[0].id });
    }
    await sec.ok(`mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { id } }`, {
      input: {
        participantId: m2.id,
        scope: 'BODY',
        bodyId: body.id,
        startsOn: '2026-01-01',
        statement: 'We stay away.',
      },
    });
    await fx.setStatus(m4, 'SUSPENDED');
    const record = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`;
    for (const m of meetings) {
      for (const [i, p] of body.members.entries()) {
        if (i === 2 || i === 3 || i === 4) continue;
        await sec.ok(record, { input: { meetingId: m, participantId: p.id, status: i % 2 ? 'PRESENT' : 'REMOTE' } });
      }
      await sec.ok(record, { input: { meetingId: m, participantId: body.observers[0].id, status: 'PRESENT' } });
    }
    return { body, meetings };
  }

  async function build(n: number): Promise<Built> {
    const { body, meetings } = await furnish(n, ['2026-09-01T09:00:00Z', '2026-09-02T09:00:00Z']);
    // Three delegates, so `delegates` has something to load.
    for (const m of body.members.slice(0, 3)) await m.delegate();
    await fx.open(meetings[1]);
    return { body, scheduled: meetings[0], held: meetings[1] };
  }

  /** The statements one request sends (the deadline worker is slowed down so it adds none). */
  async function statements(query: string, variables: Record<string, unknown>): Promise<{ n: number; data: any }> {
    t.queries.length = 0;
    const data = await sec.ok(query, variables);
    return { n: t.queries.length, data };
  }

  beforeAll(async () => {
    t = await startTestApp({ countQueries: true, env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
    small = await build(5);
    large = await build(85);
    await sec.ok(MEETING, { id: small.scheduled }); // warm caches (organisation settings)
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  it('the views are complete: 85 members, the boycott linked, the suspension, one gap, quorum met', async () => {
    const { data } = await statements(MEETING, { id: large.scheduled });
    const m = data.meeting;
    const [m0, m1, m2, m3, m4] = large.body.members;
    expect(m.body.members).toHaveLength(85);
    expect(m.chairedBy.code).toBe(m0.code);
    expect(m.agenda.map((a: any) => a.proposedBy.code)).toEqual([m1.code, large.body.observers[0].code]);
    expect(m.attendance).toHaveLength(85);
    expect(m.attendance.find((a: any) => a.participant.code === m2.code)).toMatchObject({
      status: 'BOYCOTT',
      boycott: { participant: { code: m2.code }, statement: 'We stay away.' },
      recordedBy: null,
    });
    expect(m.attendance.find((a: any) => a.participant.code === m4.code)).toMatchObject({ status: 'SUSPENDED' });
    expect(m.attendance.find((a: any) => a.participant.code === m0.code).participant.delegates).toEqual([
      { email: `${m0.code.toLowerCase()}@fixture.example` },
    ]);
    expect(m.attendanceGaps).toEqual([{ code: m3.code }]);
    expect(m.quorumMet).toBe(true);
  });

  it('a SCHEDULED meeting (attendance derived) costs the same for 85 members as for 5', async () => {
    const few = await statements(MEETING, { id: small.scheduled });
    const many = await statements(MEETING, { id: large.scheduled });
    expect(few.data.meeting.attendance).toHaveLength(5);
    expect(many.n).toBe(few.n);
    expect(many.n).toBeLessThanOrEqual(16);
  });

  it('an IN_SESSION meeting (attendance frozen) costs the same for 85 members as for 5', async () => {
    const few = await statements(MEETING, { id: small.held });
    const many = await statements(MEETING, { id: large.held });
    expect(many.data.meeting.status).toBe('IN_SESSION');
    expect(many.data.meeting.attendance).toHaveLength(85);
    expect(many.n).toBe(few.n);
    expect(many.n).toBeLessThanOrEqual(16);
  });

  it('a list of meetings with full views does not grow with the number of meetings', async () => {
    const { body } = await furnish(5, ['2026-10-01T09:00:00Z']);
    const one = await statements(LIST, { b: body.id });
    expect(one.data.meetings.edges).toHaveLength(1);
    for (let k = 2; k <= 6; k++) await fx.meeting(body, `2026-10-0${k}T09:00:00Z`);
    const six = await statements(LIST, { b: body.id });
    expect(six.data.meetings.edges).toHaveLength(6);
    expect(six.n).toBe(one.n);
    // And the same list over the 85-member body's two meetings.
    expect((await statements(LIST, { b: large.body.id })).n).toBe(one.n);
  });

  it('a list of a held meeting and scheduled ones costs no more than the two kinds of work', async () => {
    const { body, meetings } = await furnish(5, ['2026-10-01T09:00:00Z', '2026-10-02T09:00:00Z']);
    await fx.open(meetings[0]);
    for (let k = 3; k <= 6; k++) await fx.meeting(body, `2026-10-0${k}T09:00:00Z`);
    const mixed = await statements(LIST, { b: body.id });
    expect(mixed.data.meetings.edges.map((e: any) => e.node.status)).toEqual([
      'IN_SESSION',
      'SCHEDULED',
      'SCHEDULED',
      'SCHEDULED',
      'SCHEDULED',
      'SCHEDULED',
    ]);
    expect(mixed.n).toBe((await statements(LIST, { b: large.body.id })).n);
  });
});
