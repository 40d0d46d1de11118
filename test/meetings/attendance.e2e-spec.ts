// Attendance: derived from the declarations while a meeting is SCHEDULED, frozen by openMeeting,
// changed after that only by recordAttendance, never once ADJOURNED or CANCELLED. Who may record
// what, suspension shown automatically, gaps and quorum. Each story builds its own body of fresh
// participants, so a suspension in one never shows in another.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture, type BodyFixture, type Party } from './meetings.fixture.js';
import { refused } from './meetings-helpers.js';

const RECORD = `mutation ($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { participant { code } status note boycott { id } recordedBy { displayName } recordedAt }
}`;
const VIEW = `query ($id: ID!) { meeting(id: $id) {
  status quorumMet attendanceGaps { code }
  attendance { participant { code } status note boycott { id } recordedBy { email } recordedAt }
} }`;

const codes = (parties: Party[]) => parties.map((p) => p.code).sort();

describe('meetings: attendance', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;
  const rec = (client: GraphQLClient, meetingId: string, p: Party, status: string, note?: string) =>
    client.ok(RECORD, { input: { meetingId, participantId: p.id, status, note } });
  const view = async (id: string) => (await sec.ok(VIEW, { id })).meeting;
  const statusOf = (v: any, p: Party) => v.attendance.find((a: any) => a.participant.code === p.code)?.status ?? null;

  beforeAll(async () => {
    t = await startTestApp();
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    await t.close();
  });

  /** A body of five members and an observer (quorum 3), one SCHEDULED meeting of it, and its chair's client. */
  async function scheduled(): Promise<{ body: BodyFixture; meetingId: string; chair: GraphQLClient }> {
    const body = await fx.body({ members: 5, observers: 1, quorum: 3 });
    return { body, meetingId: await fx.meeting(body, '2026-03-10T09:00:00Z'), chair: await body.chair.delegate() };
  }

  it('a new meeting has no attendance: every member is a gap, observers are not, quorum is not met', async () => {
    const { body, meetingId } = await scheduled();
    const v = await view(meetingId);
    expect(v.attendance).toEqual([]);
    expect(v.attendanceGaps.map((p: any) => p.code)).toEqual(codes(body.members));
    expect(v.quorumMet).toBe(false);
  });

  it('the chair records anyone (member or observer); a delegate records its own participant', async () => {
    const { body, meetingId, chair } = await scheduled();
    const [, m1, m2, m3, m4] = body.members;
    const observer = body.observers[0];
    const r = await rec(chair, meetingId, m1, 'PRESENT', 'Arrived early');
    expect(r.recordAttendance).toMatchObject({
      participant: { code: m1.code },
      status: 'PRESENT',
      note: 'Arrived early',
      boycott: null,
      recordedBy: { displayName: expect.any(String) },
    });
    await rec(chair, meetingId, observer, 'PRESENT');
    await rec(await m2.delegate(), meetingId, m2, 'REMOTE');
    await rec(await m3.delegate(), meetingId, m3, 'EXCUSED');
    await rec(sec, meetingId, m4, 'ABSENT');
    expect(await fx.audit(meetingId, 'recordAttendance')).toHaveLength(5);
    const v = await view(meetingId);
    const expected = [
      [m1.code, 'PRESENT'],
      [observer.code, 'PRESENT'],
      [m2.code, 'REMOTE'],
      [m3.code, 'EXCUSED'],
      [m4.code, 'ABSENT'],
    ].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(v.attendance.map((a: any) => [a.participant.code, a.status])).toEqual(expected);
    // ABSENT and EXCUSED are reasons, not gaps; the observer was never a gap.
    expect(v.attendanceGaps.map((p: any) => p.code)).toEqual([body.chair.code]);
  });

  it('a change replaces the current record; the earlier one is kept in the audit entry', async () => {
    const { body, meetingId, chair } = await scheduled();
    const m1 = body.members[1];
    await rec(chair, meetingId, m1, 'PRESENT', 'Arrived early');
    await rec(await m1.delegate(), meetingId, m1, 'REMOTE');
    const v = await view(meetingId);
    expect(v.attendance).toEqual([
      expect.objectContaining({
        participant: { code: m1.code },
        status: 'REMOTE',
        note: null,
        recordedBy: { email: `${m1.code.toLowerCase()}@fixture.example` },
      }),
    ]);
    const entries = await fx.audit(meetingId, 'recordAttendance');
    expect(entries[1].details).toMatchObject({
      participant: m1.code,
      status: 'REMOTE',
      byOwnDelegate: true,
      previous: { status: 'PRESENT', note: 'Arrived early', byOwnDelegate: false },
    });
  });

  it('refuses: BOYCOTT or SUSPENDED as input, another participant’s delegate, someone not on the body, unknown ids', async () => {
    const { body, meetingId, chair } = await scheduled();
    const other = await fx.body();
    const m1 = body.members[1];
    const input = (p: { id: string }, status: string, extra: Record<string, unknown> = {}) => ({
      input: { meetingId, participantId: p.id, status, ...extra },
    });
    await refused(t, chair, RECORD, input(m1, 'BOYCOTT'), 'BAD_USER_INPUT', 'status');
    await refused(t, sec, RECORD, input(m1, 'SUSPENDED'), 'BAD_USER_INPUT', 'status');
    await refused(t, await m1.delegate(), RECORD, input(m1, 'BOYCOTT'), 'BAD_USER_INPUT', 'status');
    await refused(t, await body.members[2].delegate(), RECORD, input(m1, 'ABSENT'), 'FORBIDDEN');
    await refused(t, await other.chair.delegate(), RECORD, input(m1, 'ABSENT'), 'FORBIDDEN');
    // A member and an observer of another body do not sit on this one.
    await refused(t, sec, RECORD, input(other.members[1], 'PRESENT'), 'BAD_USER_INPUT', 'participantId');
    await refused(t, sec, RECORD, input(other.observers[0], 'PRESENT'), 'BAD_USER_INPUT', 'participantId');
    await refused(t, sec, RECORD, input({ id: '00000000-0000-4000-8000-000000000000' }, 'PRESENT'), 'NOT_FOUND');
    await refused(
      t,
      sec,
      RECORD,
      { input: { meetingId: 'nope', participantId: m1.id, status: 'PRESENT' } },
      'NOT_FOUND',
    );
    await refused(t, sec, RECORD, input(m1, 'PRESENT', { note: 'x'.repeat(50001) }), 'BAD_USER_INPUT', 'note');
    expect((await t.anonymous.fails(RECORD, input(m1, 'PRESENT'))).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('quorum counts members PRESENT or REMOTE, not observers', async () => {
    const { body, meetingId, chair } = await scheduled();
    const [, m1, m2, m3] = body.members;
    await rec(chair, meetingId, body.observers[0], 'PRESENT');
    await rec(chair, meetingId, m1, 'PRESENT');
    await rec(chair, meetingId, m2, 'REMOTE');
    expect((await view(meetingId)).quorumMet).toBe(false); // 2 members of 3 needed
    await rec(chair, meetingId, m3, 'PRESENT');
    expect((await view(meetingId)).quorumMet).toBe(true);
  });

  it('the meeting shows its quorum from the attendance it holds; closing judges again, without a member suspended since', async () => {
    const body = await fx.body({ members: 3, observers: 0, quorum: 2 });
    const [m0, m1, m2] = body.members;
    const meetingId = await fx.meeting(body, '2026-03-12T09:00:00Z');
    for (const [p, status] of [
      [m0, 'PRESENT'],
      [m1, 'PRESENT'],
      [m2, 'ABSENT'],
    ] as const) {
      await rec(sec, meetingId, p, status);
    }
    await fx.open(meetingId);
    const item = await sec.ok(
      `mutation ($m: ID!) { addAgendaItem(input: { meetingId: $m, title: "Budget", kind: DECISION }) { id } }`,
      { m: meetingId },
    );
    const proposal = (
      await sec.ok(`mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`, {
        input: { agendaItemId: item.addAgendaItem.id, title: 'Budget', text: 'The body adopts the budget.' },
      })
    ).submitProposal.id;
    await sec.ok(`mutation ($id: ID!) { openProposal(proposalId: $id) { id } }`, { id: proposal });
    await fx.setStatus(m1, 'SUSPENDED');
    const v = await view(meetingId);
    expect([statusOf(v, m1), v.quorumMet, v.attendanceGaps]).toEqual(['PRESENT', true, []]);
    const err = await sec.fails(`mutation ($id: ID!) { closeProposal(proposalId: $id) { id } }`, { id: proposal });
    expect(err.extensions).toMatchObject({ code: 'QUORUM_NOT_MET', quorum: 2, presentMembers: 1 });
  });

  it('a suspended participant is shown SUSPENDED automatically and cannot be recorded otherwise (CONFLICT)', async () => {
    const { body, meetingId, chair } = await scheduled();
    const m1 = body.members[1];
    await rec(chair, meetingId, m1, 'PRESENT');
    await fx.setStatus(m1, 'SUSPENDED');
    let v = await view(meetingId);
    expect(v.attendance.find((a: any) => a.participant.code === m1.code)).toMatchObject({
      status: 'SUSPENDED',
      recordedBy: null,
      boycott: null,
    });
    expect(v.attendanceGaps.map((p: any) => p.code)).not.toContain(m1.code);
    const err = await refused(
      t,
      chair,
      RECORD,
      { input: { meetingId, participantId: m1.id, status: 'PRESENT' } },
      'CONFLICT',
    );
    expect(err.message).toMatch(new RegExp(`${m1.code} is suspended`));
    await refused(
      t,
      await m1.delegate(),
      RECORD,
      { input: { meetingId, participantId: m1.id, status: 'PRESENT' } },
      'CONFLICT',
    );
    // Reinstated before the meeting: its latest record shows again.
    await fx.setStatus(m1, 'ACTIVE');
    v = await view(meetingId);
    expect(statusOf(v, m1)).toBe('PRESENT');
  });

  it('openMeeting freezes the attendance: later suspensions do not rewrite it, scheduled meetings follow them', async () => {
    const { body, meetingId, chair } = await scheduled();
    const [, m1, m2] = body.members;
    const later = await fx.meeting(body, '2026-03-20T09:00:00Z');
    await rec(chair, meetingId, m1, 'ABSENT');
    await fx.setStatus(m2, 'SUSPENDED');
    const before = await view(meetingId);
    await fx.open(meetingId, chair);
    const opened = await view(meetingId);
    expect(opened.status).toBe('IN_SESSION');
    expect(opened.attendance.map((a: any) => [a.participant.code, a.status])).toEqual(
      before.attendance.map((a: any) => [a.participant.code, a.status]),
    );
    expect(opened.attendanceGaps).toEqual(before.attendanceGaps);
    // The SUSPENDED entry was set by Concord, with no user and no boycott.
    expect(opened.attendance.find((a: any) => a.participant.code === m2.code)).toMatchObject({
      status: 'SUSPENDED',
      recordedBy: null,
      boycott: null,
    });
    expect((await fx.onlyAudit(meetingId, 'openMeeting')).details.attendanceSet).toEqual([
      { participantId: m2.id, status: 'SUSPENDED', boycottId: null },
    ]);

    // Suspend m1 and reinstate m2: the held meeting keeps what it had; the scheduled one follows.
    await fx.setStatus(m1, 'SUSPENDED');
    await fx.setStatus(m2, 'ACTIVE');
    const held = await view(meetingId);
    expect(statusOf(held, m1)).toBe('ABSENT');
    expect(statusOf(held, m2)).toBe('SUSPENDED');
    const upcoming = await view(later);
    expect(statusOf(upcoming, m1)).toBe('SUSPENDED');
    expect(statusOf(upcoming, m2)).toBeNull();
  });

  it('in session only recordAttendance changes it; an adjourned meeting never changes, nor its gaps', async () => {
    const { body, meetingId, chair } = await scheduled();
    const [, m1, m2] = body.members;
    await fx.setStatus(m1, 'SUSPENDED');
    await fx.open(meetingId, chair);
    await fx.setStatus(m1, 'ACTIVE');
    // Reinstated after opening: the chair records it; a delegate records its own participant.
    await rec(chair, meetingId, m1, 'PRESENT');
    await rec(await m2.delegate(), meetingId, m2, 'PRESENT');
    const v = await view(meetingId);
    expect(statusOf(v, m1)).toBe('PRESENT');
    expect(statusOf(v, m2)).toBe('PRESENT');
    await fx.adjourn(meetingId, chair);
    const input = { input: { meetingId, participantId: m2.id, status: 'ABSENT' } };
    await refused(t, chair, RECORD, input, 'CONFLICT');
    await refused(t, await m2.delegate(), RECORD, input, 'CONFLICT');
    // A member seated after the meeting was held is not one of its gaps.
    const gapsBefore = (await view(meetingId)).attendanceGaps;
    const newcomer = await fx.party();
    await sec.ok(`mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { code } }`, {
      b: body.id,
      p: newcomer.id,
    });
    expect((await view(meetingId)).attendanceGaps).toEqual(gapsBefore);
  });

  it('a cancelled meeting keeps the attendance it had and never changes', async () => {
    const { body, meetingId, chair } = await scheduled();
    const m1 = body.members[1];
    await rec(chair, meetingId, m1, 'EXCUSED');
    await fx.cancel(meetingId, 'Postponed sine die');
    await refused(t, chair, RECORD, { input: { meetingId, participantId: m1.id, status: 'PRESENT' } }, 'CONFLICT');
    expect(statusOf(await view(meetingId), m1)).toBe('EXCUSED');
  });
});
