// Attendance: derived from the declarations while a meeting is SCHEDULED, frozen by openMeeting,
// changed after that only by recordAttendance, never once ADJOURNED or CANCELLED. Who may record
// what, suspension shown automatically, gaps and quorum.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  auditCount,
  delegateOf,
  lastAudit,
  participantId,
  refused,
  schedule,
  SECRETARIAT,
} from './meetings-helpers.js';

const RECORD = `mutation ($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { participant { code } status note boycott { id } recordedBy { displayName } recordedAt }
}`;
const VIEW = `query ($id: ID!) { meeting(id: $id) {
  status quorumMet attendanceGaps { code }
  attendance { participant { code } status note boycott { id } recordedBy { email } recordedAt }
} }`;
const SUSPEND = `mutation ($p: ID!, $s: ParticipantStatus!) { setParticipantStatus(participantId: $p, status: $s) { status } }`;

describe('meetings: attendance', () => {
  let t: TestApp;
  let sec: GraphQLClient;
  let eu: GraphQLClient; // chair of PC since 2025
  let meetingId: string;
  const rec = async (client: GraphQLClient, meeting: string, code: string, status: string, note?: string) =>
    client.ok(RECORD, { input: { meetingId: meeting, participantId: await participantId(t, code), status, note } });
  const view = async (id: string) => (await sec.ok(VIEW, { id })).meeting;
  const statusOf = (v: any, code: string) => v.attendance.find((a: any) => a.participant.code === code)?.status ?? null;

  beforeAll(async () => {
    t = await startTestApp();
    sec = await t.as(SECRETARIAT);
    eu = await t.as(delegateOf('EU'));
    meetingId = await schedule(t, sec, 'PC', '2026-03-10T09:00:00Z');
  });
  afterAll(async () => {
    await t.close();
  });

  it('a new meeting has no attendance: every member is a gap, observers are not, quorum is not met', async () => {
    const v = await view(meetingId);
    expect(v.attendance).toEqual([]);
    expect(v.attendanceGaps.map((p: any) => p.code)).toEqual([
      'AE',
      'AO',
      'AU',
      'BW',
      'CA',
      'CH',
      'CN',
      'EU',
      'GB',
      'IL',
      'IN',
      'NA',
      'RU',
      'US',
      'ZA',
      'ZW',
    ]);
    expect(v.quorumMet).toBe(false);
  });

  it('the chair records anyone (member or observer); a delegate records its own participant', async () => {
    const before = await auditCount(t, 'recordAttendance');
    const r = await rec(eu, meetingId, 'US', 'PRESENT', 'Arrived early');
    expect(r.recordAttendance).toMatchObject({
      participant: { code: 'US' },
      status: 'PRESENT',
      note: 'Arrived early',
      boycott: null,
      recordedBy: { displayName: expect.any(String) },
    });
    await rec(eu, meetingId, 'CSC', 'PRESENT');
    await rec(await t.as(delegateOf('GB')), meetingId, 'GB', 'REMOTE');
    await rec(await t.as(delegateOf('CA')), meetingId, 'CA', 'EXCUSED');
    await rec(sec, meetingId, 'AO', 'ABSENT');
    expect(await auditCount(t, 'recordAttendance')).toBe(before + 5);
    const v = await view(meetingId);
    expect(v.attendance.map((a: any) => [a.participant.code, a.status])).toEqual([
      ['AO', 'ABSENT'],
      ['CA', 'EXCUSED'],
      ['CSC', 'PRESENT'],
      ['GB', 'REMOTE'],
      ['US', 'PRESENT'],
    ]);
    // ABSENT and EXCUSED are reasons, not gaps; the observer was never a gap.
    expect(v.attendanceGaps.map((p: any) => p.code)).not.toEqual(
      expect.arrayContaining(['AO', 'CA', 'GB', 'US', 'CSC']),
    );
    expect(v.attendanceGaps).toHaveLength(12);
  });

  it('a change replaces the current record; the earlier one is kept in the audit entry', async () => {
    await rec(await t.as(delegateOf('US')), meetingId, 'US', 'REMOTE');
    const v = await view(meetingId);
    expect(v.attendance.filter((a: any) => a.participant.code === 'US')).toEqual([
      expect.objectContaining({ status: 'REMOTE', note: null, recordedBy: { email: 'us@kp.example' } }),
    ]);
    const entry = await lastAudit(t, 'recordAttendance');
    expect(entry.details).toMatchObject({
      participant: 'US',
      status: 'REMOTE',
      byOwnDelegate: true,
      previous: { status: 'PRESENT', note: 'Arrived early', byOwnDelegate: false },
    });
    const { rows } = await t.sql.query(
      'SELECT count(*)::int AS n FROM attendance_record WHERE meeting_id = $1 AND participant_id = $2',
      [meetingId, await participantId(t, 'US')],
    );
    expect(rows[0].n).toBe(1);
  });

  it('refuses: BOYCOTT or SUSPENDED as input, another participant’s delegate, someone not on the body, unknown ids', async () => {
    const us = await participantId(t, 'US');
    await refused(
      t,
      eu,
      RECORD,
      { input: { meetingId, participantId: us, status: 'BOYCOTT' } },
      'BAD_USER_INPUT',
      'status',
    );
    await refused(
      t,
      sec,
      RECORD,
      { input: { meetingId, participantId: us, status: 'SUSPENDED' } },
      'BAD_USER_INPUT',
      'status',
    );
    await refused(
      t,
      await t.as(delegateOf('US')),
      RECORD,
      { input: { meetingId, participantId: us, status: 'BOYCOTT' } },
      'BAD_USER_INPUT',
      'status',
    );
    await refused(
      t,
      await t.as(delegateOf('GB')),
      RECORD,
      { input: { meetingId, participantId: us, status: 'ABSENT' } },
      'FORBIDDEN',
    );
    // RU chaired PC in 2022, not in 2026; NA chairs RPC, not PC.
    await refused(
      t,
      await t.as(delegateOf('RU')),
      RECORD,
      { input: { meetingId, participantId: us, status: 'ABSENT' } },
      'FORBIDDEN',
    );
    await refused(
      t,
      await t.as(delegateOf('NA')),
      RECORD,
      { input: { meetingId, participantId: us, status: 'ABSENT' } },
      'FORBIDDEN',
    );
    // SL and ADPA do not sit on PC.
    await refused(
      t,
      sec,
      RECORD,
      { input: { meetingId, participantId: await participantId(t, 'SL'), status: 'PRESENT' } },
      'BAD_USER_INPUT',
      'participantId',
    );
    await refused(
      t,
      sec,
      RECORD,
      { input: { meetingId, participantId: await participantId(t, 'ADPA'), status: 'PRESENT' } },
      'BAD_USER_INPUT',
      'participantId',
    );
    await refused(
      t,
      sec,
      RECORD,
      { input: { meetingId, participantId: '00000000-0000-4000-8000-000000000000', status: 'PRESENT' } },
      'NOT_FOUND',
    );
    await refused(t, sec, RECORD, { input: { meetingId: 'nope', participantId: us, status: 'PRESENT' } }, 'NOT_FOUND');
    await refused(
      t,
      sec,
      RECORD,
      { input: { meetingId, participantId: us, status: 'PRESENT', note: 'x'.repeat(50001) } },
      'BAD_USER_INPUT',
      'note',
    );
    expect(
      (await t.anonymous.fails(RECORD, { input: { meetingId, participantId: us, status: 'PRESENT' } })).extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('quorum counts members PRESENT or REMOTE, not observers', async () => {
    // Present so far: GB REMOTE, US REMOTE (members) and CSC PRESENT (observer).
    await rec(eu, meetingId, 'ZA', 'PRESENT');
    await rec(eu, meetingId, 'IN', 'PRESENT');
    expect((await view(meetingId)).quorumMet).toBe(false); // 4 members of 5 needed
    await rec(eu, meetingId, 'CN', 'REMOTE');
    expect((await view(meetingId)).quorumMet).toBe(true);
  });

  it('a suspended participant is shown SUSPENDED automatically and cannot be recorded otherwise (CONFLICT)', async () => {
    const zw = await participantId(t, 'ZW');
    await rec(eu, meetingId, 'ZW', 'PRESENT');
    await sec.ok(SUSPEND, { p: zw, s: 'SUSPENDED' });
    let v = await view(meetingId);
    expect(v.attendance.find((a: any) => a.participant.code === 'ZW')).toMatchObject({
      status: 'SUSPENDED',
      recordedBy: null,
      boycott: null,
    });
    expect(v.attendanceGaps.map((p: any) => p.code)).not.toContain('ZW');
    const err = await refused(
      t,
      eu,
      RECORD,
      { input: { meetingId, participantId: zw, status: 'PRESENT' } },
      'CONFLICT',
    );
    expect(err.message).toMatch(/ZW is suspended/);
    await refused(
      t,
      await t.as(delegateOf('ZW')),
      RECORD,
      { input: { meetingId, participantId: zw, status: 'PRESENT' } },
      'CONFLICT',
    );
    // Reinstated before the meeting: its latest record shows again.
    await sec.ok(SUSPEND, { p: zw, s: 'ACTIVE' });
    v = await view(meetingId);
    expect(statusOf(v, 'ZW')).toBe('PRESENT');
  });

  it('openMeeting freezes the attendance: later suspensions do not rewrite it, scheduled meetings follow them', async () => {
    const later = await schedule(t, sec, 'PC', '2026-03-20T09:00:00Z');
    const zw = await participantId(t, 'ZW');
    await sec.ok(SUSPEND, { p: zw, s: 'SUSPENDED' });
    const before = await view(meetingId);
    await eu.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const opened = await view(meetingId);
    expect(opened.status).toBe('IN_SESSION');
    expect(opened.attendance.map((a: any) => [a.participant.code, a.status])).toEqual(
      before.attendance.map((a: any) => [a.participant.code, a.status]),
    );
    expect(opened.attendanceGaps).toEqual(before.attendanceGaps);
    // The SUSPENDED row was written by Concord, with no user.
    const { rows } = await t.sql.query(
      `SELECT status, recorded_by_user_id, boycott_id FROM attendance_record WHERE meeting_id = $1 AND participant_id = $2`,
      [meetingId, zw],
    );
    expect(rows).toEqual([{ status: 'SUSPENDED', recorded_by_user_id: null, boycott_id: null }]);
    expect((await lastAudit(t, 'openMeeting')).details.attendanceSet).toEqual([
      { participantId: zw, status: 'SUSPENDED', boycottId: null },
    ]);

    // Suspend AO and reinstate ZW: the held meeting keeps what it had; the scheduled one follows.
    const ao = await participantId(t, 'AO');
    await sec.ok(SUSPEND, { p: ao, s: 'SUSPENDED' });
    await sec.ok(SUSPEND, { p: zw, s: 'ACTIVE' });
    const held = await view(meetingId);
    expect(statusOf(held, 'AO')).toBe('ABSENT');
    expect(statusOf(held, 'ZW')).toBe('SUSPENDED');
    const scheduled = await view(later);
    expect(statusOf(scheduled, 'AO')).toBe('SUSPENDED');
    expect(statusOf(scheduled, 'ZW')).toBeNull();
    await sec.ok(SUSPEND, { p: ao, s: 'ACTIVE' });
  });

  it('in session only recordAttendance changes it; adjourned and cancelled meetings never change', async () => {
    await rec(eu, meetingId, 'ZW', 'PRESENT'); // reinstated after opening: the chair records it
    await rec(await t.as(delegateOf('RU')), meetingId, 'RU', 'PRESENT');
    let v = await view(meetingId);
    expect(statusOf(v, 'ZW')).toBe('PRESENT');
    expect(statusOf(v, 'RU')).toBe('PRESENT');
    await eu.ok(`mutation ($id: ID!) { adjournMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const us = await participantId(t, 'US');
    await refused(t, eu, RECORD, { input: { meetingId, participantId: us, status: 'ABSENT' } }, 'CONFLICT');
    await refused(
      t,
      await t.as(delegateOf('US')),
      RECORD,
      { input: { meetingId, participantId: us, status: 'ABSENT' } },
      'CONFLICT',
    );
    // A member seated after the meeting was held is not one of its gaps.
    const gapsBefore = (await view(meetingId)).attendanceGaps;
    const { rows } = await t.sql.query(`SELECT id FROM body WHERE code = 'PC'`);
    await sec.ok(`mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { code } }`, {
      b: rows[0].id,
      p: await participantId(t, 'SL'),
    });
    v = await view(meetingId);
    expect(v.attendanceGaps).toEqual(gapsBefore);

    const cancelled = await schedule(t, sec, 'PC', '2026-03-25T09:00:00Z');
    await rec(eu, cancelled, 'US', 'EXCUSED');
    await sec.ok(`mutation ($id: ID!) { cancelMeeting(meetingId: $id, reason: "Postponed sine die") { status } }`, {
      id: cancelled,
    });
    await refused(t, eu, RECORD, { input: { meetingId: cancelled, participantId: us, status: 'PRESENT' } }, 'CONFLICT');
    expect(statusOf(await view(cancelled), 'US')).toBe('EXCUSED');
  });
});
