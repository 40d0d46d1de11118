// No N+1: a full meeting view (body with members, observers and chair, the derived chair, the agenda
// with proposers, every attendance entry with its participant, delegates, boycott and recorder, the
// gaps and the quorum) issues the same number of SQL statements for a body of 85 members as for a
// body of 5, scheduled (derived) and in session (frozen); and a list of meetings does not grow with
// the number of meetings. Everything is built through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { SECRETARIAT } from './meetings-helpers.js';

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
  bodyId: string;
  meetingIds: string[];
  members: number;
}

describe('meetings: statements per view do not grow with members or meetings', () => {
  let t: TestApp;
  let sec: GraphQLClient;
  let admin: GraphQLClient;
  let small: Built;
  let large: Built;

  /**
   * A body of `n` members and one observer, chaired by its first member, with `meetings` meetings;
   * the first meeting gets two agenda items, a BODY boycott by the third member, a suspended fifth
   * member, a gap (the fourth member) and everyone else recorded PRESENT or REMOTE.
   */
  async function build(prefix: string, n: number, meetings: number): Promise<Built> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const code = `${prefix}${String(i).padStart(3, '0')}`;
      const res = await sec.ok(
        `mutation ($c: String!) { createParticipant(input: { code: $c, name: $c, kind: PARTICIPANT }) { id } }`,
        { c: code },
      );
      ids.push(res.createParticipant.id);
    }
    const observer = (
      await sec.ok(
        `mutation ($c: String!) { createParticipant(input: { code: $c, name: "Observer", kind: OBSERVER }) { id } }`,
        { c: `${prefix}OBS` },
      )
    ).createParticipant.id;
    // Three delegates each, so `delegates` has something to load.
    for (const [i, id] of ids.slice(0, 3).entries()) {
      await admin.ok(
        `mutation ($e: String!, $p: ID!) { createUser(input: { email: $e, displayName: "Delegate", password: "a-long-password-1", role: DELEGATE, participantId: $p }) { id } }`,
        { e: `${prefix.toLowerCase()}${i}@example.org`, p: id },
      );
    }
    const body = (
      await sec.ok(`mutation ($input: CreateBodyInput!) { createBody(input: $input) { id } }`, {
        input: {
          name: `Committee ${prefix}`,
          code: `B${prefix}`,
          kind: 'COMMITTEE',
          quorum: 3,
          memberIds: ids,
          observerIds: [observer],
        },
      })
    ).createBody.id;
    await sec.ok(`mutation ($input: AssignChairInput!) { assignChair(input: $input) { id } }`, {
      input: { bodyId: body, participantId: ids[0], role: 'CHAIR', startsOn: '2026-01-01' },
    });
    const meetingIds: string[] = [];
    for (let k = 0; k < meetings; k++) {
      const res = await sec.ok(`mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, {
        input: {
          bodyId: body,
          title: `Session ${k + 1}`,
          kind: 'REGULAR',
          startsAt: `2026-09-${String(k + 1).padStart(2, '0')}T09:00:00Z`,
          endsAt: `2026-09-${String(k + 1).padStart(2, '0')}T17:00:00Z`,
        },
      });
      meetingIds.push(res.scheduleMeeting.id);
    }
    const first = meetingIds[0];
    await sec.ok(
      `mutation ($m: ID!, $p: ID) { addAgendaItem(input: { meetingId: $m, title: "Opening", kind: INFORMATION, proposedById: $p }) { id } }`,
      { m: first, p: ids[1] },
    );
    await sec.ok(
      `mutation ($m: ID!, $p: ID) { addAgendaItem(input: { meetingId: $m, title: "Observer report", kind: DISCUSSION, proposedById: $p }) { id } }`,
      { m: first, p: observer },
    );
    await sec.ok(`mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { id } }`, {
      input: { participantId: ids[2], scope: 'BODY', bodyId: body, startsOn: '2026-01-01', statement: 'We stay away.' },
    });
    await sec.ok(`mutation ($p: ID!) { setParticipantStatus(participantId: $p, status: SUSPENDED) { id } }`, {
      p: ids[4],
    });
    for (const [i, id] of ids.entries()) {
      if (i === 2 || i === 3 || i === 4) continue;
      for (const m of meetingIds) {
        await sec.ok(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`, {
          input: { meetingId: m, participantId: id, status: i % 2 ? 'PRESENT' : 'REMOTE' },
        });
      }
    }
    await sec.ok(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`, {
      input: { meetingId: first, participantId: observer, status: 'PRESENT' },
    });
    return { bodyId: body, meetingIds, members: n };
  }

  /** The statements one request sends (the deadline worker is slowed down so it adds none). */
  async function statements(query: string, variables: Record<string, unknown>): Promise<{ n: number; data: any }> {
    t.queries.length = 0;
    const data = await sec.ok(query, variables);
    const n = t.queries.length;
    return { n, data };
  }

  beforeAll(async () => {
    t = await startTestApp({ countQueries: true, env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
    sec = await t.as(SECRETARIAT);
    admin = await t.as('admin@kp.example');
    small = await build('S', 5, 1);
    large = await build('L', 85, 1);
    await sec.ok(MEETING, { id: small.meetingIds[0] }); // warm caches (organisation settings)
  }, 180_000);
  afterAll(async () => {
    await t.close();
  });

  it('the views are complete: 85 members, the boycott linked, the suspension, one gap, quorum met', async () => {
    const { data } = await statements(MEETING, { id: large.meetingIds[0] });
    const m = data.meeting;
    expect(m.body.members).toHaveLength(85);
    expect(m.chairedBy.code).toBe('L000');
    expect(m.agenda.map((a: any) => a.proposedBy.code)).toEqual(['L001', 'LOBS']);
    expect(m.attendance).toHaveLength(85);
    expect(m.attendance.find((a: any) => a.participant.code === 'L002')).toMatchObject({
      status: 'BOYCOTT',
      boycott: { participant: { code: 'L002' }, statement: 'We stay away.' },
      recordedBy: null,
    });
    expect(m.attendance.find((a: any) => a.participant.code === 'L004')).toMatchObject({ status: 'SUSPENDED' });
    expect(m.attendance.find((a: any) => a.participant.code === 'L000').participant.delegates).toEqual([
      { email: 'l0@example.org' },
    ]);
    expect(m.attendanceGaps).toEqual([{ code: 'L003' }]);
    expect(m.quorumMet).toBe(true);
  });

  it('a SCHEDULED meeting (attendance derived) costs the same for 85 members as for 5', async () => {
    const few = await statements(MEETING, { id: small.meetingIds[0] });
    const many = await statements(MEETING, { id: large.meetingIds[0] });
    expect(few.data.meeting.attendance).toHaveLength(5);
    expect(many.n).toBe(few.n);
    expect(many.n).toBeLessThanOrEqual(16);
  });

  it('a list of meetings with full views does not grow with the number of meetings', async () => {
    const one = await statements(LIST, { b: small.bodyId });
    expect(one.data.meetings.edges).toHaveLength(1);
    for (let k = 0; k < 5; k++) {
      await sec.ok(`mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, {
        input: {
          bodyId: small.bodyId,
          title: `More ${k}`,
          kind: 'REGULAR',
          startsAt: `2026-10-0${k + 1}T09:00:00Z`,
          endsAt: `2026-10-0${k + 1}T12:00:00Z`,
        },
      });
    }
    const six = await statements(LIST, { b: small.bodyId });
    expect(six.data.meetings.edges).toHaveLength(6);
    expect(six.n).toBe(one.n);
    // And the same list over the 85-member body's one meeting.
    expect((await statements(LIST, { b: large.bodyId })).n).toBe(one.n);
  });
  it('an IN_SESSION meeting (attendance frozen) costs the same for 85 members as for 5', async () => {
    for (const b of [small, large])
      await sec.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: b.meetingIds[0] });
    const few = await statements(MEETING, { id: small.meetingIds[0] });
    const many = await statements(MEETING, { id: large.meetingIds[0] });
    expect(many.data.meeting.status).toBe('IN_SESSION');
    expect(many.data.meeting.attendance).toHaveLength(85);
    expect(many.n).toBe(few.n);
    // A list of a held meeting and scheduled ones costs no more than the two kinds of work.
    const mixed = await statements(LIST, { b: small.bodyId });
    expect(mixed.data.meetings.edges.map((e: any) => e.node.status)).toEqual([
      'IN_SESSION',
      'SCHEDULED',
      'SCHEDULED',
      'SCHEDULED',
      'SCHEDULED',
      'SCHEDULED',
    ]);
    expect(mixed.n).toBe((await statements(LIST, { b: small.bodyId })).n);
  });
});
