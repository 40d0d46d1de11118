// Examples for reservations: only with SUPPORT or ABSTAIN, blank means none, at most 50,000
// characters. That a reservation never changes an outcome is a property in consensus.property.spec.ts.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { currentPositions, decide, type DecideInput } from './consensus.js';
import { mayCarryReservation, normalizeReservation, reservationProblem, RESERVATION_MAX } from './reservation.js';
import {
  ATTENDANCE_STATUSES,
  STANCES,
  type AttendanceStatus,
  type DecisionProcedure,
  type ParticipantKind,
  type ParticipantStatus,
} from './types.js';

describe('reservations', () => {
  it('go with SUPPORT or ABSTAIN only', () => {
    expect(mayCarryReservation('SUPPORT')).toBe(true);
    expect(mayCarryReservation('ABSTAIN')).toBe(true);
    expect(mayCarryReservation('OBJECT')).toBe(false);
    expect(reservationProblem('SUPPORT', 'On paragraph 3 only')).toBeNull();
    expect(reservationProblem('ABSTAIN', 'Pending instructions from the capital')).toBeNull();
    expect(reservationProblem('OBJECT', 'But we object')?.field).toBe('reservation');
  });

  it('blank means none, with any stance', () => {
    for (const blank of [null, undefined, '', '   ', '\n\t ']) {
      expect(normalizeReservation(blank)).toBeNull();
      expect(reservationProblem('OBJECT', blank)).toBeNull();
    }
    expect(normalizeReservation('  kept as written ')).toBe('  kept as written ');
  });

  it('count characters, not UTF-16 units, up to 50,000', () => {
    expect(RESERVATION_MAX).toBe(50000);
    expect(reservationProblem('SUPPORT', 'a'.repeat(50000))).toBeNull();
    expect(reservationProblem('SUPPORT', 'a'.repeat(50001))).toEqual({
      field: 'reservation',
      message: 'reservation must be at most 50000 characters',
    });
    // 50,000 Cyrillic or emoji characters are 50,000 characters, whatever their UTF-16 length.
    expect(reservationProblem('ABSTAIN', '😀'.repeat(50000))).toBeNull();
    expect(reservationProblem('ABSTAIN', 'ж'.repeat(50001))?.field).toBe('reservation');
  });

  it('a problem is only ever on the reservation field, and only for a non-blank one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STANCES), fc.option(fc.string({ maxLength: 20 }), { nil: null }), (stance, r) => {
        const p = reservationProblem(stance, r);
        if (p !== null) {
          expect(p.field).toBe('reservation');
          expect(normalizeReservation(r)).not.toBeNull();
        }
      }),
    );
  });
});

// A proposal as it stands, with a reservation (or none, or a blank one) on every position.
const someProposal: fc.Arbitrary<DecideInput> = fc
  .record({
    procedure: fc.constantFrom<DecisionProcedure>('IN_MEETING', 'WRITTEN'),
    quorum: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    deadlinePassed: fc.boolean(),
    people: fc.array(
      fc.record({
        kind: fc.constantFrom<ParticipantKind>('PARTICIPANT', 'PARTICIPANT', 'OBSERVER'),
        status: fc.constantFrom<ParticipantStatus>('ACTIVE', 'ACTIVE', 'SUSPENDED'),
        isMember: fc.boolean(),
        attendance: fc.option(fc.constantFrom<AttendanceStatus>('PRESENT', 'REMOTE', ...ATTENDANCE_STATUSES), {
          nil: undefined,
        }),
      }),
      { maxLength: 7 },
    ),
    positions: fc.array(
      fc.record({
        who: fc.nat({ max: 7 }),
        stance: fc.constantFrom(...STANCES),
        versionNumber: fc.integer({ min: 1, max: 2 }),
        reservation: fc.option(fc.constantFrom('with a reservation', 'on paragraph 2', '   ', ''), { nil: null }),
      }),
      { maxLength: 15 },
    ),
  })
  .map(({ people, positions, ...rest }) => ({
    ...rest,
    currentVersion: 2,
    participants: people.map((p, i) => ({ participantId: `p${i}`, code: `C${i}`, ...p })),
    attendance: new Map(
      people.flatMap((p, i): [string, AttendanceStatus][] => (p.attendance ? [[`p${i}`, p.attendance]] : [])),
    ),
    positions: positions.map((p, i) => ({ ...p, participantId: `p${p.who}`, seq: i + 1 })),
  }));

describe('a reservation and the rule', () => {
  it('never changes an outcome, only who is counted withReservation', () => {
    fc.assert(
      fc.property(someProposal, (input) => {
        const { withReservation, ...reserved } = decide(input);
        const plainInput = { ...input, positions: input.positions.map(({ reservation: _r, ...p }) => p) };
        const { withReservation: none, ...plain } = decide(plainInput);
        expect(none).toEqual([]);
        expect(reserved).toEqual(plain);
        // Counted: those supporting or abstaining on the current version with a non-blank reservation.
        const current = currentPositions(input.positions, input.currentVersion);
        const hasOne = (id: string) => normalizeReservation(current.get(id)?.reservation) !== null;
        expect(withReservation).toEqual([...reserved.support, ...reserved.abstain].filter(hasOne).sort());
      }),
    );
  });

  it('counts a reservation once, on the latest position only', () => {
    const input: DecideInput = {
      procedure: 'WRITTEN',
      currentVersion: 1,
      quorum: null,
      participants: [{ participantId: 'p1', code: 'BW', kind: 'PARTICIPANT', status: 'ACTIVE', isMember: true }],
      attendance: new Map(),
      positions: [
        { participantId: 'p1', stance: 'SUPPORT', versionNumber: 1, seq: 1, reservation: 'first thoughts' },
        { participantId: 'p1', stance: 'SUPPORT', versionNumber: 1, seq: 2, reservation: null },
      ],
    };
    expect(decide(input).withReservation).toEqual([]);
    input.positions.push({ participantId: 'p1', stance: 'ABSTAIN', versionNumber: 1, seq: 3, reservation: 'x' });
    expect(decide(input).withReservation).toEqual(['p1']);
  });
});
