// The consensus rule end to end, in a sitting of the Participation Committee in 2022 (RU in the
// chair, quorum 5): an entitled objection blocks; observers, suspended, absent, excused and
// boycotting participants change nothing and are refused with the reason; silence is listed, not
// counted as objection; attendance gaps and a missing quorum stop the close; an amendment makes
// older positions stop counting; the record freezes who stood where and why.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import {
  AMEND,
  CLOSE,
  RECORD,
  SECRETARIAT,
  bodyId,
  delegateOf,
  meetingWithDecisionItem,
  memberCodes,
  open,
  participantId,
  present,
  read,
  recordAttendance,
  refused,
  stance,
  stanceRefused,
  submit,
  type MeetingSetup,
  startApp,
} from './decisions-helpers.js';

let t: TestApp;
let pc: string[];
const STARTS = '2022-06-15T09:00:00.000Z';
// Who takes part how: AO absent, NA excused, CH suspended, AU boycotting, IL not yet recorded (a gap).
const NOT_TAKING_PART = ['AO', 'NA', 'CH', 'AU', 'IL'];
let sitting: MeetingSetup;
let boycottId: string;

beforeAll(async () => {
  t = await startApp();
  pc = await memberCodes(t, 'PC');
  const sec = await t.as(SECRETARIAT);
  // Attendance recorded before the sitting, CH suspended and AU boycotting: openMeeting freezes it.
  sitting = await meetingWithDecisionItem(
    t,
    'PC',
    STARTS,
    {
      ...present(pc.filter((c) => !NOT_TAKING_PART.includes(c) && c !== 'ZW')),
      ZW: 'REMOTE',
      AO: 'ABSENT',
      NA: 'EXCUSED',
      CSC: 'PRESENT',
    },
    { open: false },
  );
  await sec.ok(`mutation ($id: ID!) { setParticipantStatus(participantId: $id, status: SUSPENDED) { status } }`, {
    id: await participantId(t, 'CH'),
  });
  const au = await t.as(delegateOf('AU'));
  boycottId = (
    await au.ok<{ declareBoycott: { id: string } }>(
      `mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { id } }`,
      {
        input: {
          participantId: await participantId(t, 'AU'),
          scope: 'MEETING',
          meetingId: sitting.meetingId,
          statement: 'Australia will not sit under this agenda.',
        },
      },
    )
  ).declareBoycott.id;
  await au.ok(`mutation ($input: SubmitStatementInput!) { submitStatement(input: $input) { id } }`, {
    input: {
      participantId: await participantId(t, 'AU'),
      title: 'Why we stay away',
      body: 'Our reasons, at length.',
      boycottId,
    },
  });
  const csc = await t.as(delegateOf('CSC'));
  await csc.ok(`mutation ($input: SubmitStatementInput!) { submitStatement(input: $input) { id } }`, {
    input: {
      participantId: await participantId(t, 'CSC'),
      title: 'A reply',
      body: 'Civil society regrets the boycott.',
      boycottId,
    },
  });
  await sec.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: sitting.meetingId });
});
afterAll(async () => {
  await t?.close();
});

describe('an objection in the room', () => {
  let proposalId: string;
  const chair = () => t.as(delegateOf('RU'));

  beforeAll(async () => {
    const p = await submit(
      await chair(),
      sitting.agendaItemId,
      'Admission of Gabon',
      'The PC recommends admitting Gabon.',
    );
    proposalId = (await open(await chair(), p.id)).id;
  });

  it('the chair of 2022 (RU) submits and opens it; those present or remote are entitled', async () => {
    const p = await read(await chair(), proposalId);
    expect(p).toMatchObject({
      status: 'OPEN',
      procedure: 'IN_MEETING',
      reference: 'KP/PC/2022/1',
      agendaItem: { id: sitting.agendaItemId },
    });
    expect(p.tally.entitled.map((e) => e.code)).toEqual(pc.filter((c) => !NOT_TAKING_PART.includes(c)));
    expect(p.tally).toMatchObject({ attendanceComplete: false, quorumMet: true, consensus: false });
  });

  it('nobody who may not take a position is let in, each with the reason', async () => {
    const reasons: Record<string, string> = {};
    for (const code of ['CSC', 'CH', 'AO', 'NA', 'AU', 'IL', 'BD']) {
      const err = await stanceRefused(t, proposalId, code, 'OBJECT');
      expect(err.extensions?.code).toBe('NOT_ENTITLED');
      reasons[code] = err.extensions?.reason as string;
    }
    expect(reasons).toEqual({
      CSC: 'OBSERVER',
      CH: 'SUSPENDED',
      AO: 'NOT_PRESENT',
      NA: 'NOT_PRESENT',
      AU: 'BOYCOTT',
      IL: 'NOT_PRESENT',
      BD: 'NOT_MEMBER',
    });
    expect((await read(await chair(), proposalId)).tally).toMatchObject({ object: 0, support: 0 });
  });

  it('US objects, the chair records ZA support stated on the floor, the others stay silent', async () => {
    await stance(t, proposalId, 'US', 'OBJECT', { statement: 'The review mission has not reported.' });
    const za = await (
      await chair()
    ).ok(RECORD, {
      input: {
        proposalId,
        participantId: await participantId(t, 'ZA'),
        stance: 'SUPPORT',
        statement: 'As stated on the floor.',
      },
    });
    expect(za.recordPosition).toMatchObject({ participant: { code: 'ZA' }, onBehalf: true });
    await stance(t, proposalId, 'GB', 'ABSTAIN');
    const p = await read(await chair(), proposalId);
    expect(p.tally).toMatchObject({ support: 1, object: 1, abstain: 1, objectors: [{ code: 'US' }], consensus: false });
  });

  it('the chair of another year (EU chairs PC from 2025) has no powers over this 2022 sitting', async () => {
    const eu = await t.as(delegateOf('EU'));
    await refused(
      t,
      eu,
      RECORD,
      { input: { proposalId, participantId: await participantId(t, 'CN'), stance: 'SUPPORT' } },
      'FORBIDDEN',
    );
    await refused(t, eu, CLOSE, { id: proposalId }, 'FORBIDDEN');
    await refused(t, eu, AMEND, { input: { proposalId, text: 'x', changeNote: 'y' } }, 'FORBIDDEN');
  });

  it('closing with a member unrecorded is ATTENDANCE_INCOMPLETE, listing its code', async () => {
    const err = await refused(t, await chair(), CLOSE, { id: proposalId }, 'ATTENDANCE_INCOMPLETE');
    expect(err.extensions?.participants).toEqual(['IL']);
  });

  it('once IL is recorded absent, the close freezes a NOT_ADOPTED record: who stood where, and why others did not', async () => {
    await recordAttendance(t, sitting.meetingId, 'IL', 'ABSENT');
    const record = (await (await chair()).ok(CLOSE, { id: proposalId })).closeProposal;
    expect(record).toMatchObject({
      status: 'DRAFT',
      outcome: 'NOT_ADOPTED',
      procedure: 'IN_MEETING',
      text: 'The PC recommends admitting Gabon.',
      versionNumber: 1,
      chairedBy: { code: 'RU' },
      objectors: [{ code: 'US' }],
      proposal: { status: 'NOT_ADOPTED' },
    });
    expect(record.positions.map((x: any) => `${x.participant.code}:${x.stance}:${x.onBehalf}`)).toEqual([
      'GB:ABSTAIN:false',
      'US:OBJECT:false',
      'ZA:SUPPORT:true',
    ]);
    expect(record.positions.find((x: any) => x.participant.code === 'US').statement).toBe(
      'The review mission has not reported.',
    );
    const au = record.attendance.find((a: any) => a.participant.code === 'AU');
    expect(au).toMatchObject({ status: 'BOYCOTT', boycott: { id: boycottId } });
    expect(record.attendance.find((a: any) => a.participant.code === 'CH')).toMatchObject({ status: 'SUSPENDED' });
    expect(record.attendance.find((a: any) => a.participant.code === 'CSC')).toMatchObject({ status: 'PRESENT' });
    expect(record.statements.map((s: any) => `${s.participant.code}:${s.title}`)).toEqual([
      'AU:Why we stay away',
      'CSC:A reply',
    ]);

    const { rows } = await t.sql.query('SELECT snapshot FROM decision_record WHERE id = $1', [record.id]);
    const snap = rows[0].snapshot;
    const reasonOf = (code: string) => snap.entitlement.find((e: any) => e.participant.code === code);
    expect(reasonOf('AU')).toMatchObject({ entitled: false, reason: 'BOYCOTT' });
    expect(reasonOf('CH')).toMatchObject({ entitled: false, reason: 'SUSPENDED' });
    expect(reasonOf('CSC')).toMatchObject({ entitled: false, reason: 'OBSERVER' });
    expect(reasonOf('AO')).toMatchObject({ entitled: false, reason: 'NOT_PRESENT' });
    expect(reasonOf('US')).toMatchObject({ entitled: true, reason: null });
    // Silence is not objection: listed as silent.
    const entitled = pc.filter((c) => !NOT_TAKING_PART.includes(c));
    expect(snap.silent.map((s: any) => s.code)).toEqual(entitled.filter((c) => !['GB', 'US', 'ZA'].includes(c)));
    expect(snap.tally).toEqual({ support: 1, object: 1, abstain: 1, silent: entitled.length - 3 });
    expect(snap.boycotts).toEqual([
      expect.objectContaining({
        id: boycottId,
        scope: 'MEETING',
        participant: expect.objectContaining({ code: 'AU' }),
      }),
    ]);
    expect(snap.chair).toMatchObject({ code: 'RU' });
    expect(snap.meeting).toMatchObject({ id: sitting.meetingId, startsAt: STARTS });
    // A statement made after the close never changes the record.
    const csc = await t.as(delegateOf('CSC'));
    await csc.ok(`mutation ($input: SubmitStatementInput!) { submitStatement(input: $input) { id } }`, {
      input: { participantId: await participantId(t, 'CSC'), title: 'Late', body: 'After the fact.', boycottId },
    });
    const again = await t.sql.query('SELECT snapshot FROM decision_record WHERE id = $1', [record.id]);
    expect(again.rows[0].snapshot.statements).toHaveLength(2);
  });

  it('a closed proposal takes no position, amendment or close (PROPOSAL_CLOSED)', async () => {
    expect((await stanceRefused(t, proposalId, 'CN', 'SUPPORT')).extensions?.code).toBe('PROPOSAL_CLOSED');
    await refused(t, await chair(), AMEND, { input: { proposalId, text: 'x', changeNote: 'y' } }, 'PROPOSAL_CLOSED');
    await refused(t, await chair(), CLOSE, { id: proposalId }, 'PROPOSAL_CLOSED');
  });
});

describe('consensus without objection', () => {
  it('adopted when an entitled participant supports and none objects; the silent are listed', async () => {
    const chair = await t.as(delegateOf('RU'));
    const p = await open(chair, (await submit(chair, sitting.agendaItemId, 'Budget 2023')).id);
    await stance(t, p.id, 'CN', 'SUPPORT');
    await stance(t, p.id, 'IN', 'ABSTAIN');
    // An observer's or a boycotter's attempt changes nothing.
    await stanceRefused(t, p.id, 'CSC', 'OBJECT');
    await stanceRefused(t, p.id, 'AU', 'OBJECT');
    expect((await read(chair, p.id)).tally).toMatchObject({
      support: 1,
      object: 0,
      consensus: true,
      attendanceComplete: true,
    });
    const record = (await chair.ok(CLOSE, { id: p.id })).closeProposal;
    expect(record).toMatchObject({ outcome: 'ADOPTED', objectors: [] });
  });

  it('nobody supporting is not consensus: NOT_ADOPTED', async () => {
    const chair = await t.as(delegateOf('RU'));
    const p = await open(chair, (await submit(chair, sitting.agendaItemId, 'Nobody cares')).id);
    await stance(t, p.id, 'CN', 'ABSTAIN');
    expect((await chair.ok(CLOSE, { id: p.id })).closeProposal.outcome).toBe('NOT_ADOPTED');
  });

  it('the order of positions does not matter, only each participant’s last one', async () => {
    const chair = await t.as(delegateOf('RU'));
    const p = await open(chair, (await submit(chair, sitting.agendaItemId, 'Change of heart')).id);
    await stance(t, p.id, 'US', 'SUPPORT');
    await stance(t, p.id, 'US', 'OBJECT');
    await stance(t, p.id, 'US', 'SUPPORT');
    await stance(t, p.id, 'GB', 'OBJECT');
    await stance(t, p.id, 'GB', 'ABSTAIN');
    const now = await read(chair, p.id);
    expect(now.tally).toMatchObject({ support: 1, abstain: 1, object: 0, consensus: true });
    expect(now.positionHistory).toHaveLength(5);
    expect((await chair.ok(CLOSE, { id: p.id })).closeProposal.outcome).toBe('ADOPTED');
  });
});

describe('entitlement is judged again at closing', () => {
  it('a member suspended while the proposal is open is listed as not entitled and its objection does not count', async () => {
    const chair = await t.as(delegateOf('RU'));
    const p = await open(chair, (await submit(chair, sitting.agendaItemId, 'Suspension mid-debate')).id);
    await stance(t, p.id, 'CA', 'SUPPORT');
    await stance(t, p.id, 'CN', 'OBJECT');
    const sec = await t.as(SECRETARIAT);
    await sec.ok(`mutation ($id: ID!) { setParticipantStatus(participantId: $id, status: SUSPENDED) { status } }`, {
      id: await participantId(t, 'CN'),
    });
    expect((await stanceRefused(t, p.id, 'CN', 'OBJECT')).extensions).toMatchObject({
      code: 'NOT_ENTITLED',
      reason: 'SUSPENDED',
    });
    const record = (await chair.ok(CLOSE, { id: p.id })).closeProposal;
    expect(record).toMatchObject({ outcome: 'ADOPTED', objectors: [] });
    const { rows } = await t.sql.query('SELECT snapshot FROM decision_record WHERE id = $1', [record.id]);
    expect(rows[0].snapshot.entitlement.find((e: any) => e.participant.code === 'CN')).toMatchObject({
      entitled: false,
      reason: 'SUSPENDED',
    });
    // Its position stays in the record, as it stood.
    expect(record.positions.map((x: any) => x.participant.code)).toContain('CN');
    await sec.ok(`mutation ($id: ID!) { setParticipantStatus(participantId: $id, status: ACTIVE) { status } }`, {
      id: await participantId(t, 'CN'),
    });
  });
  it('a member removed from the body while the proposal is open is listed as NOT_MEMBER; its objection does not count', async () => {
    const chair = await t.as(delegateOf('RU'));
    const p = await open(chair, (await submit(chair, sitting.agendaItemId, 'Removal mid-debate')).id);
    await stance(t, p.id, 'CA', 'SUPPORT');
    await stance(t, p.id, 'AE', 'OBJECT');
    const sec = await t.as(SECRETARIAT);
    const seat = { bodyId: await bodyId(t, 'PC'), participantId: await participantId(t, 'AE') };
    await sec.ok(
      `mutation ($bodyId: ID!, $participantId: ID!) { removeBodyMember(bodyId: $bodyId, participantId: $participantId) { id } }`,
      seat,
    );
    expect((await read(chair, p.id)).tally).toMatchObject({ object: 0, objectors: [] });
    const record = (await chair.ok(CLOSE, { id: p.id })).closeProposal;
    expect(record).toMatchObject({ outcome: 'ADOPTED', objectors: [] });
    const { rows } = await t.sql.query('SELECT snapshot FROM decision_record WHERE id = $1', [record.id]);
    expect(rows[0].snapshot.entitlement.find((e: any) => e.participant.code === 'AE')).toMatchObject({
      entitled: false,
      reason: 'NOT_MEMBER',
    });
    await sec.ok(
      `mutation ($bodyId: ID!, $participantId: ID!) { addBodyMember(bodyId: $bodyId, participantId: $participantId) { id } }`,
      seat,
    );
  });
});

describe('amendments', () => {
  it('positions on an older version stop counting and stay in the history; a stale version is refused', async () => {
    const chair = await t.as(delegateOf('RU'));
    const p = await open(
      chair,
      (await submit(chair, sitting.agendaItemId, 'Text under negotiation', 'Version one.')).id,
    );
    await stance(t, p.id, 'US', 'OBJECT');
    await stance(t, p.id, 'GB', 'SUPPORT');
    const amended = (
      await chair.ok(AMEND, { input: { proposalId: p.id, text: 'Version two.', changeNote: 'US concerns met' } })
    ).amendProposal;
    expect(amended.currentVersion).toMatchObject({ number: 2, text: 'Version two.', changeNote: 'US concerns met' });
    expect(amended.versions.map((v: any) => v.number)).toEqual([1, 2]);
    expect(amended.positions).toEqual([]);
    expect(amended.tally).toMatchObject({ object: 0, support: 0, objectors: [] });
    expect((await stanceRefused(t, p.id, 'US', 'SUPPORT', { versionNumber: 1 })).extensions?.code).toBe(
      'STALE_VERSION',
    );
    await stance(t, p.id, 'GB', 'SUPPORT', { versionNumber: 2 });
    const now = await read(chair, p.id);
    expect(now.positions.map((x) => `${x.participant.code}:${x.versionNumber}`)).toEqual(['GB:2']);
    expect(now.positionHistory?.map((x) => `${x.participant.code}:${x.stance}:${x.versionNumber}`)).toEqual([
      'US:OBJECT:1',
      'GB:SUPPORT:1',
      'GB:SUPPORT:2',
    ]);
    const record = (await chair.ok(CLOSE, { id: p.id })).closeProposal;
    expect(record).toMatchObject({ outcome: 'ADOPTED', versionNumber: 2, text: 'Version two.' });
    expect(record.positions.map((x: any) => x.participant.code)).toEqual(['GB']);
  });
});

describe('quorum', () => {
  it('closing without the quorum PRESENT or REMOTE is QUORUM_NOT_MET', async () => {
    const members = pc.filter((c) => c !== 'CH');
    const attendance = { ...present(members, 'ABSENT'), RU: 'PRESENT', US: 'PRESENT', GB: 'REMOTE', EU: 'PRESENT' };
    const small = await meetingWithDecisionItem(t, 'PC', '2022-09-01T09:00:00.000Z', attendance);
    const chair = await t.as(delegateOf('RU'));
    const p = await open(chair, (await submit(chair, small.agendaItemId, 'Thin room')).id);
    await stance(t, p.id, 'US', 'SUPPORT');
    expect((await read(chair, p.id)).tally).toMatchObject({ quorumMet: false, consensus: false });
    const err = await refused(t, chair, CLOSE, { id: p.id }, 'QUORUM_NOT_MET');
    expect(err.extensions).toMatchObject({ quorum: 5, presentMembers: 4 });
  });
});
