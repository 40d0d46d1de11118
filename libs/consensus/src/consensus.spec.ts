// Examples of the consensus rule, told as a Kimberley Process plenary and written procedure.

import { describe, expect, it } from '@jest/globals';
import {
  canCloseWrittenEarly,
  closeProblem,
  currentPositions,
  decide,
  type DecideInput,
  type PositionFact,
} from './consensus.js';
import type { MemberFact } from './entitlement.js';
import type { AttendanceStatus, Stance } from './types.js';

// Ids differ from codes, so the tests see that lists hold ids sorted by code.
const member = (code: string, over: Partial<MemberFact> = {}): MemberFact => ({
  participantId: `p-${code.toLowerCase()}`,
  code,
  kind: 'PARTICIPANT',
  status: 'ACTIVE',
  isMember: true,
  ...over,
});
const id = (code: string): string => `p-${code.toLowerCase()}`;

const BW = member('BW');
const EU = member('EU');
const RU = member('RU');
const US = member('US');
const CSC = member('CSC', { kind: 'OBSERVER' });
const WDC = member('WDC', { kind: 'OBSERVER' });
const participants = [US, RU, EU, BW, CSC, WDC];

let seq = 0;
const pos = (code: string, stance: Stance, versionNumber = 1): PositionFact => ({
  participantId: id(code),
  stance,
  versionNumber,
  seq: ++seq,
});

const allPresent = (): Map<string, AttendanceStatus> =>
  new Map(participants.map((p) => [p.participantId, 'PRESENT' as AttendanceStatus]));

const meeting = (over: Partial<DecideInput> = {}): DecideInput => ({
  procedure: 'IN_MEETING',
  currentVersion: 1,
  quorum: null,
  participants,
  attendance: allPresent(),
  positions: [],
  ...over,
});

const written = (over: Partial<DecideInput> = {}): DecideInput => ({
  procedure: 'WRITTEN',
  currentVersion: 1,
  quorum: 3,
  participants,
  attendance: new Map(),
  positions: [],
  ...over,
});

describe('currentPositions', () => {
  it('keeps each participant’s latest stance on the current version', () => {
    const a = pos('RU', 'OBJECT');
    const b = pos('RU', 'SUPPORT');
    const c = pos('US', 'SUPPORT', 2);
    const d = pos('US', 'ABSTAIN', 1);
    const current = currentPositions([b, a, c, d], 1);
    expect(current.get(id('RU'))).toBe(b);
    expect(current.get(id('US'))).toBe(d);
    expect(currentPositions([b, a, c, d], 2).get(id('US'))).toBe(c);
    expect(currentPositions([b, a, c, d], 2).has(id('RU'))).toBe(false);
  });
});

describe('decide in a meeting', () => {
  it('adopts with support and no objection; an abstention does not block', () => {
    const d = decide(meeting({ positions: [pos('BW', 'SUPPORT'), pos('RU', 'ABSTAIN'), pos('US', 'SUPPORT')] }));
    expect(d.outcome).toBe('ADOPTED');
    expect(d.consensus).toBe(true);
    expect(d.support).toEqual([id('BW'), id('US')]);
    expect(d.abstain).toEqual([id('RU')]);
    expect(d.silent).toEqual([id('EU')]);
    expect(d.entitled).toEqual([id('BW'), id('EU'), id('RU'), id('US')]);
    expect(d.notEntitled).toEqual([
      { participantId: id('CSC'), reason: 'OBSERVER' },
      { participantId: id('WDC'), reason: 'OBSERVER' },
    ]);
    expect(d.presentMembers).toBe(4);
    expect(d.quorumMet).toBe(true);
    expect(d.attendanceGaps).toEqual([]);
    expect(d.attendanceComplete).toBe(true);
  });

  it('does not adopt on one objection', () => {
    const d = decide(meeting({ positions: [pos('BW', 'SUPPORT'), pos('RU', 'OBJECT')] }));
    expect(d.outcome).toBe('NOT_ADOPTED');
    expect(d.consensus).toBe(false);
    expect(d.objectors).toEqual([id('RU')]);
    expect(d.object).toEqual([id('RU')]);
  });

  it('counts only the latest stance: an objection withdrawn no longer blocks', () => {
    const d = decide(meeting({ positions: [pos('BW', 'SUPPORT'), pos('RU', 'OBJECT'), pos('RU', 'SUPPORT')] }));
    expect(d.outcome).toBe('ADOPTED');
    expect(d.objectors).toEqual([]);
  });

  it('does not adopt in silence: a meeting needs at least one supporter', () => {
    expect(decide(meeting()).outcome).toBe('NOT_ADOPTED');
    expect(decide(meeting({ positions: [pos('RU', 'ABSTAIN'), pos('US', 'ABSTAIN')] })).outcome).toBe('NOT_ADOPTED');
  });

  it('ignores observers, even objecting', () => {
    const d = decide(meeting({ positions: [pos('BW', 'SUPPORT'), pos('CSC', 'OBJECT')] }));
    expect(d.outcome).toBe('ADOPTED');
    expect(d.objectors).toEqual([]);
  });

  it('ignores a boycotting, absent or suspended member, each listed with its reason', () => {
    const attendance = allPresent();
    attendance.set(id('RU'), 'BOYCOTT');
    attendance.set(id('US'), 'ABSENT');
    const suspendedEu = { ...EU, status: 'SUSPENDED' as const };
    const d = decide(
      meeting({
        participants: [US, RU, suspendedEu, BW, CSC],
        attendance,
        positions: [pos('BW', 'SUPPORT'), pos('RU', 'OBJECT'), pos('US', 'OBJECT'), pos('EU', 'OBJECT')],
      }),
    );
    expect(d.outcome).toBe('ADOPTED');
    expect(d.entitled).toEqual([id('BW')]);
    expect(d.notEntitled).toEqual([
      { participantId: id('CSC'), reason: 'OBSERVER' },
      { participantId: id('EU'), reason: 'SUSPENDED' },
      { participantId: id('RU'), reason: 'BOYCOTT' },
      { participantId: id('US'), reason: 'NOT_PRESENT' },
    ]);
    expect(d.presentMembers).toBe(1);
  });

  it('ignores a position from someone the body does not know', () => {
    const d = decide(
      meeting({
        positions: [pos('BW', 'SUPPORT'), { participantId: 'ghost', stance: 'OBJECT', versionNumber: 1, seq: 99 }],
      }),
    );
    expect(d.outcome).toBe('ADOPTED');
    expect(d.notEntitled).toContainEqual({ participantId: 'ghost', reason: 'NOT_MEMBER' });
  });

  it('counts only positions on the current version after an amendment', () => {
    const d = decide(meeting({ currentVersion: 2, positions: [pos('RU', 'OBJECT', 1), pos('BW', 'SUPPORT', 2)] }));
    expect(d.outcome).toBe('ADOPTED');
    expect(d.silent).toEqual([id('EU'), id('RU'), id('US')]);
  });

  it('reports a missing quorum: adoption without consensus', () => {
    const attendance = allPresent();
    attendance.set(id('EU'), 'EXCUSED');
    attendance.set(id('RU'), 'REMOTE');
    const d = decide(meeting({ quorum: 4, attendance, positions: [pos('BW', 'SUPPORT')] }));
    expect(d.presentMembers).toBe(3);
    expect(d.quorumMet).toBe(false);
    expect(d.outcome).toBe('ADOPTED');
    expect(d.consensus).toBe(false);
    expect(decide(meeting({ quorum: 3, attendance, positions: [pos('BW', 'SUPPORT')] })).consensus).toBe(true);
  });

  it('does not count a suspended member present towards the quorum', () => {
    const d = decide(
      meeting({
        quorum: 4,
        participants: [US, RU, EU, { ...BW, status: 'SUSPENDED' }],
        positions: [pos('US', 'SUPPORT')],
      }),
    );
    expect(d.presentMembers).toBe(3);
    expect(d.quorumMet).toBe(false);
  });

  it('lists members with no attendance as gaps, not observers, and not recorded absences', () => {
    const attendance = new Map<string, AttendanceStatus>([
      [id('BW'), 'PRESENT'],
      [id('RU'), 'ABSENT'],
    ]);
    const d = decide(meeting({ attendance, positions: [pos('BW', 'SUPPORT')] }));
    expect(d.attendanceGaps).toEqual([id('EU'), id('US')]);
    expect(d.attendanceComplete).toBe(false);
    expect(d.outcome).toBe('ADOPTED');
    expect(d.consensus).toBe(false);
  });
});

describe('decide in writing (silence procedure)', () => {
  it('adopts in silence: silence is consent', () => {
    const d = decide(written());
    expect(d.outcome).toBe('ADOPTED');
    expect(d.silent).toEqual([id('BW'), id('EU'), id('RU'), id('US')]);
    // Before the deadline, closing now would be refused (POSITIONS_OUTSTANDING): no consensus yet.
    expect(d.consensus).toBe(false);
    expect(decide(written({ deadlinePassed: true })).consensus).toBe(true);
  });

  it('does not adopt on one objection, and adopts when it is withdrawn before the deadline', () => {
    expect(decide(written({ positions: [pos('RU', 'OBJECT')] })).outcome).toBe('NOT_ADOPTED');
    expect(decide(written({ positions: [pos('RU', 'OBJECT'), pos('RU', 'ABSTAIN')] })).outcome).toBe('ADOPTED');
  });

  it('circulates to boycotting members too and ignores attendance and quorum', () => {
    const attendance = new Map<string, AttendanceStatus>([[id('RU'), 'BOYCOTT']]);
    const d = decide(written({ attendance, positions: [pos('RU', 'OBJECT')] }));
    expect(d.entitled).toContain(id('RU'));
    expect(d.outcome).toBe('NOT_ADOPTED');
    expect(d.quorumMet).toBe(true);
    expect(d.attendanceGaps).toEqual([]);
    expect(d.attendanceComplete).toBe(true);
    expect(d.presentMembers).toBe(0);
  });

  it('lists a member suspended while the procedure is open as not entitled', () => {
    const d = decide(written({ participants: [BW, { ...RU, status: 'SUSPENDED' }], positions: [pos('RU', 'OBJECT')] }));
    expect(d.outcome).toBe('ADOPTED');
    expect(d.notEntitled).toEqual([{ participantId: id('RU'), reason: 'SUSPENDED' }]);
  });

  it('may close early only once every entitled member has a position', () => {
    const some = decide(written({ positions: [pos('BW', 'SUPPORT'), pos('RU', 'ABSTAIN')] }));
    expect(canCloseWrittenEarly(some)).toBe(false);
    const all = decide(written({ positions: ['BW', 'EU', 'RU', 'US'].map((c) => pos(c, 'SUPPORT')) }));
    expect(canCloseWrittenEarly(all)).toBe(true);
  });
});

describe('closeProblem', () => {
  it('in a meeting: attendance gaps first, then the quorum', () => {
    const gaps = meeting({ quorum: 9, attendance: new Map([[id('BW'), 'PRESENT' as AttendanceStatus]]) });
    expect(closeProblem(gaps, decide(gaps))).toEqual({
      code: 'ATTENDANCE_INCOMPLETE',
      participants: [id('EU'), id('RU'), id('US')],
    });
    const noQuorum = meeting({ quorum: 9 });
    expect(closeProblem(noQuorum, decide(noQuorum))).toEqual({ code: 'QUORUM_NOT_MET', presentMembers: 4, quorum: 9 });
    const fine = meeting({ quorum: 4 });
    expect(closeProblem(fine, decide(fine))).toBeNull();
  });

  it('in writing: silent members block an early close, not one at the deadline', () => {
    const early = written({ positions: [pos('BW', 'SUPPORT')] });
    expect(closeProblem(early, decide(early))).toEqual({
      code: 'POSITIONS_OUTSTANDING',
      participants: [id('EU'), id('RU'), id('US')],
    });
    const due = written({ positions: [pos('BW', 'SUPPORT')], deadlinePassed: true });
    expect(closeProblem(due, decide(due))).toBeNull();
  });
});
