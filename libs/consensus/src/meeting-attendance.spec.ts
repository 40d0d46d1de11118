// Examples and properties for a meeting's attendance gaps and quorum.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isPresent } from './attendance.js';
import {
  meetingAttendanceSummary,
  seatsFrozenAt,
  type MeetingAttendanceFacts,
  type SeatFact,
  type ShownAttendance,
} from './meeting-attendance.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from './types.js';

const t = (iso: string): Date => new Date(iso);
const seat = (participantId: string, kind: SeatFact['kind'] = 'PARTICIPANT', addedAt = '2020-01-01T00:00:00Z') => ({
  participantId,
  kind,
  addedAt: t(addedAt),
});
const shown = (
  participantId: string,
  status: AttendanceStatus,
  derived = false,
  kind: ShownAttendance['kind'] = 'PARTICIPANT',
): ShownAttendance => ({ participantId, status, derived, kind });

function facts(over: Partial<MeetingAttendanceFacts>): MeetingAttendanceFacts {
  return {
    status: 'SCHEDULED',
    adjournedAt: null,
    updatedAt: t('2026-03-01T00:00:00Z'),
    quorum: null,
    seats: [],
    attendance: [],
    ...over,
  };
}

describe('seatsFrozenAt', () => {
  it('is the adjournment of an ADJOURNED meeting, the last change of a CANCELLED one, else null', () => {
    const at = { adjournedAt: t('2026-03-02T00:00:00Z'), updatedAt: t('2026-03-03T00:00:00Z') };
    expect(seatsFrozenAt({ status: 'ADJOURNED', ...at })).toEqual(at.adjournedAt);
    expect(seatsFrozenAt({ status: 'CANCELLED', ...at })).toEqual(at.updatedAt);
    expect(seatsFrozenAt({ status: 'SCHEDULED', ...at })).toBeNull();
    expect(seatsFrozenAt({ status: 'IN_SESSION', ...at })).toBeNull();
  });
});

describe('meetingAttendanceSummary', () => {
  it('a new meeting: every member is a gap, in seat order; observers are not; no quorum without members present', () => {
    const s = meetingAttendanceSummary(facts({ quorum: 2, seats: [seat('AO'), seat('CSC', 'OBSERVER'), seat('US')] }));
    expect(s).toEqual({ gaps: ['AO', 'US'], presentMembers: 0, quorumMet: false });
  });

  it('ABSENT, EXCUSED, BOYCOTT and SUSPENDED are reasons, not gaps; only PRESENT and REMOTE count', () => {
    const seats = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => seat(id));
    const s = meetingAttendanceSummary(
      facts({
        quorum: 2,
        seats,
        attendance: [
          shown('A', 'PRESENT'),
          shown('B', 'REMOTE', true),
          shown('C', 'ABSENT'),
          shown('D', 'EXCUSED'),
          shown('E', 'BOYCOTT', true),
          shown('F', 'SUSPENDED', true),
        ],
      }),
    );
    expect(s).toEqual({ gaps: ['G'], presentMembers: 2, quorumMet: true });
  });

  it('an observer present does not count towards the quorum', () => {
    const s = meetingAttendanceSummary(
      facts({
        quorum: 1,
        seats: [seat('A'), seat('O', 'OBSERVER')],
        attendance: [shown('O', 'PRESENT', false, 'OBSERVER')],
      }),
    );
    expect(s).toEqual({ gaps: ['A'], presentMembers: 0, quorumMet: false });
  });

  it('no quorum: met whatever the attendance', () => {
    expect(meetingAttendanceSummary(facts({ seats: [seat('A')] })).quorumMet).toBe(true);
  });

  it('a held meeting keeps its gaps: a member seated after the adjournment is not one of them', () => {
    const adjournedAt = t('2026-03-10T12:00:00Z');
    const seats = [seat('A'), seat('B', 'PARTICIPANT', '2026-03-11T00:00:00Z')];
    expect(meetingAttendanceSummary(facts({ status: 'ADJOURNED', adjournedAt, seats })).gaps).toEqual(['A']);
    expect(meetingAttendanceSummary(facts({ status: 'IN_SESSION', seats })).gaps).toEqual(['A', 'B']);
  });

  it('a recorded row of a member since removed still counts present; a derived one of a non-member does not', () => {
    const s = meetingAttendanceSummary(
      facts({ quorum: 2, seats: [seat('A')], attendance: [shown('A', 'PRESENT'), shown('GONE', 'PRESENT')] }),
    );
    expect(s).toMatchObject({ presentMembers: 2, quorumMet: true });
    const derived = meetingAttendanceSummary(
      facts({ quorum: 2, seats: [seat('A')], attendance: [shown('A', 'PRESENT'), shown('GONE', 'PRESENT', true)] }),
    );
    expect(derived).toMatchObject({ presentMembers: 1, quorumMet: false });
  });

  const status = fc.constantFrom(...ATTENDANCE_STATUSES);
  // Seats of distinct participants; attendance for some of them (kind as seated), derived or recorded.
  const world = fc
    .uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), { minLength: 0, maxLength: 6 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) => fc.constantFrom<SeatFact['kind']>('PARTICIPANT', 'OBSERVER').map((k) => seat(id, k))),
      ),
    )
    .chain((seats) =>
      fc.record({
        seats: fc.constant(seats),
        attendance: fc
          .subarray(seats)
          .chain((some) =>
            fc.tuple(
              ...some.map((s) =>
                fc.tuple(status, fc.boolean()).map(([st, d]) => shown(s.participantId, st, d, s.kind)),
              ),
            ),
          ),
        quorum: fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
      }),
    );

  it('gaps are exactly the members without an entry; presentMembers never exceeds the members present', () => {
    fc.assert(
      fc.property(world, ({ seats, attendance, quorum }) => {
        const s = meetingAttendanceSummary(facts({ seats, attendance, quorum }));
        const members = seats.filter((x) => x.kind === 'PARTICIPANT').map((x) => x.participantId);
        const withEntry = new Set(attendance.map((a) => a.participantId));
        expect(s.gaps).toEqual(members.filter((id) => !withEntry.has(id)));
        const presentSeated = attendance.filter((a) => isPresent(a.status) && members.includes(a.participantId));
        expect(s.presentMembers).toBe(presentSeated.length);
        expect(s.quorumMet).toBe(quorum === null || s.presentMembers >= quorum);
      }),
    );
  });

  it('recording one more member PRESENT never unmeets the quorum nor adds a gap', () => {
    fc.assert(
      fc.property(world, ({ seats, attendance, quorum }) => {
        const before = meetingAttendanceSummary(facts({ seats, attendance, quorum }));
        const gap = before.gaps[0];
        if (gap === undefined) return;
        const after = meetingAttendanceSummary(
          facts({ seats, attendance: [...attendance, shown(gap, 'PRESENT')], quorum }),
        );
        expect(after.gaps).toEqual(before.gaps.slice(1));
        expect(after.presentMembers).toBe(before.presentMembers + 1);
        if (before.quorumMet) expect(after.quorumMet).toBe(true);
      }),
    );
  });
});
