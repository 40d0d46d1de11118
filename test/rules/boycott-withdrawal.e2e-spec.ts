// docs/rules.md "Attendance and boycotts": a withdrawn boycott leaves the latest attendance record made
// before it, or a gap; while it is in force only the participant's own delegate records attendance.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import {
  SECRETARIAT,
  bodyId,
  delegateOf,
  meetingWithDecisionItem,
  participantId,
  recordAttendance,
  startApp,
} from '../decisions/decisions-helpers.js';

const MEETING = `query ($id: ID!) { meeting(id: $id) {
  attendance { participant { code } status boycott { id } recordedBy { email } } attendanceGaps { code } } }`;
const DECLARE = `mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { id } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawBoycott(boycottId: $id) { id withdrawnAt } }`;
const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('withdrawing a boycott of a meeting not yet held', () => {
  it('brings back the record made before it (US PRESENT), or a gap (GB)', async () => {
    const sec = await t.as(SECRETARIAT);
    const { meetingId } = await meetingWithDecisionItem(
      t,
      'PC',
      '2026-09-10T09:00:00.000Z',
      { US: 'PRESENT' },
      { open: false },
    );
    const view = async () => (await sec.ok<any>(MEETING, { id: meetingId })).meeting;
    const of = (m: any, code: string) => m.attendance.find((a: any) => a.participant.code === code);

    const us = await t.as(delegateOf('US'));
    const gb = await t.as(delegateOf('GB'));
    const usBoycott = (
      await us.ok<any>(DECLARE, {
        input: {
          participantId: await participantId(t, 'US'),
          scope: 'BODY',
          bodyId: await bodyId(t, 'PC'),
          startsOn: '2026-01-01',
          statement: 'We do not sit in this committee this year.',
        },
      })
    ).declareBoycott;
    const gbBoycott = (
      await gb.ok<any>(DECLARE, {
        input: { participantId: await participantId(t, 'GB'), scope: 'MEETING', meetingId, statement: 'Not this one.' },
      })
    ).declareBoycott;
    let m = await view();
    expect(of(m, 'US')).toMatchObject({ status: 'BOYCOTT', boycott: { id: usBoycott.id } });
    expect(of(m, 'GB')).toMatchObject({ status: 'BOYCOTT', boycott: { id: gbBoycott.id } });

    // The secretariat may not overwrite the boycotter's attendance while the boycott is in force.
    const refused = await sec.fails(RECORD, {
      input: { meetingId, participantId: await participantId(t, 'US'), status: 'ABSENT' },
    });
    expect(refused.extensions?.code).toBe('BOYCOTT_IN_FORCE');

    await us.ok(WITHDRAW, { id: usBoycott.id });
    await sec.ok(WITHDRAW, { id: gbBoycott.id });
    m = await view();
    expect(of(m, 'US')).toMatchObject({
      status: 'PRESENT',
      boycott: null,
      recordedBy: { email: SECRETARIAT },
    });
    expect(of(m, 'GB')).toBeUndefined();
    expect(m.attendanceGaps.map((g: any) => g.code)).toContain('GB');
    expect(m.attendanceGaps.map((g: any) => g.code)).not.toContain('US');
    expect((await us.fails(WITHDRAW, { id: usBoycott.id })).extensions?.code).toBe('CONFLICT');
  });

  it('another participant’s delegate may not withdraw it; the boycotter attending lifts it for that meeting', async () => {
    const { meetingId } = await meetingWithDecisionItem(t, 'PC', '2026-09-11T09:00:00.000Z', {}, { open: false });
    const us = await t.as(delegateOf('US'));
    const b = (
      await us.ok<any>(DECLARE, {
        input: { participantId: await participantId(t, 'US'), scope: 'MEETING', meetingId, statement: 'No.' },
      })
    ).declareBoycott;
    expect((await (await t.as(delegateOf('RU'))).fails(WITHDRAW, { id: b.id })).extensions?.code).toBe('FORBIDDEN');
    await recordAttendance(t, meetingId, 'US', 'ABSENT', delegateOf('US'));
    const m = (await (await t.as(SECRETARIAT)).ok<any>(MEETING, { id: meetingId })).meeting;
    expect(m.attendance.find((a: any) => a.participant.code === 'US')).toMatchObject({
      status: 'ABSENT',
      boycott: null,
    });
  });
});
