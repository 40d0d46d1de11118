// Examples for who may take a position, and why not.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { entitlement, isDecidingMember, type MemberFact } from './entitlement.js';
import { ATTENDANCE_STATUSES, PARTICIPANT_KINDS, PARTICIPANT_STATUSES, type AttendanceStatus } from './types.js';

const member: MemberFact = { participantId: 'p-bw', code: 'BW', kind: 'PARTICIPANT', status: 'ACTIVE', isMember: true };

describe('entitlement', () => {
  it('entitles an active member present or remote at the meeting', () => {
    expect(entitlement(member, 'IN_MEETING', 'PRESENT')).toEqual({ entitled: true });
    expect(entitlement(member, 'IN_MEETING', 'REMOTE')).toEqual({ entitled: true });
  });

  it('refuses observers first, whatever else holds', () => {
    expect(entitlement({ ...member, kind: 'OBSERVER' }, 'IN_MEETING', 'PRESENT')).toEqual({
      entitled: false,
      reason: 'OBSERVER',
    });
    expect(entitlement({ ...member, kind: 'OBSERVER', isMember: false, status: 'SUSPENDED' }, 'WRITTEN', null)).toEqual(
      {
        entitled: false,
        reason: 'OBSERVER',
      },
    );
  });

  it('refuses a participant that is not a member of the body', () => {
    expect(entitlement({ ...member, isMember: false }, 'IN_MEETING', 'PRESENT')).toEqual({
      entitled: false,
      reason: 'NOT_MEMBER',
    });
    expect(entitlement({ ...member, isMember: false }, 'WRITTEN', null)).toEqual({
      entitled: false,
      reason: 'NOT_MEMBER',
    });
  });

  it('refuses a suspended member, in a meeting and in writing', () => {
    expect(entitlement({ ...member, status: 'SUSPENDED' }, 'IN_MEETING', 'PRESENT')).toEqual({
      entitled: false,
      reason: 'SUSPENDED',
    });
    expect(entitlement({ ...member, status: 'SUSPENDED' }, 'WRITTEN', null)).toEqual({
      entitled: false,
      reason: 'SUSPENDED',
    });
  });

  it('in a meeting, reads the attendance', () => {
    expect(entitlement(member, 'IN_MEETING', 'BOYCOTT')).toEqual({ entitled: false, reason: 'BOYCOTT' });
    expect(entitlement(member, 'IN_MEETING', 'SUSPENDED')).toEqual({ entitled: false, reason: 'SUSPENDED' });
    expect(entitlement(member, 'IN_MEETING', 'ABSENT')).toEqual({ entitled: false, reason: 'NOT_PRESENT' });
    expect(entitlement(member, 'IN_MEETING', 'EXCUSED')).toEqual({ entitled: false, reason: 'NOT_PRESENT' });
    expect(entitlement(member, 'IN_MEETING', null)).toEqual({ entitled: false, reason: 'NOT_PRESENT' });
  });

  it('in writing, ignores attendance and boycotts: circulated to every entitled member', () => {
    for (const a of [...ATTENDANCE_STATUSES, null]) {
      expect(entitlement(member, 'WRITTEN', a)).toEqual({ entitled: true });
    }
  });

  it('entitles exactly the active member participants (and, in a meeting, those present)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PARTICIPANT_KINDS),
        fc.constantFrom(...PARTICIPANT_STATUSES),
        fc.boolean(),
        fc.constantFrom<AttendanceStatus | null>(...ATTENDANCE_STATUSES, null),
        (kind, status, isMember, attendance) => {
          const p = { ...member, kind, status, isMember };
          const base = kind === 'PARTICIPANT' && status === 'ACTIVE' && isMember;
          expect(entitlement(p, 'WRITTEN', attendance).entitled).toBe(base);
          expect(entitlement(p, 'IN_MEETING', attendance).entitled).toBe(
            base && (attendance === 'PRESENT' || attendance === 'REMOTE'),
          );
        },
      ),
    );
  });
});

describe('isDecidingMember', () => {
  it('is a member of kind PARTICIPANT, whatever its status', () => {
    expect(isDecidingMember(member)).toBe(true);
    expect(isDecidingMember({ ...member, status: 'SUSPENDED' })).toBe(true);
    expect(isDecidingMember({ ...member, kind: 'OBSERVER' })).toBe(false);
    expect(isDecidingMember({ ...member, isMember: false })).toBe(false);
  });
});
