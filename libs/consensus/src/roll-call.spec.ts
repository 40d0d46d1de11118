// Examples for roll-call validation: the field names each entry by its index.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { rollCallField, validateRollCall, type RollCallEntryInput } from './roll-call.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from './types.js';

describe('validateRollCall', () => {
  const ok: RollCallEntryInput[] = [
    { participantId: 'p1', status: 'PRESENT' },
    { participantId: 'p2', status: 'REMOTE', note: 'from the capital' },
    { participantId: 'p3', status: 'EXCUSED', note: null },
    { participantId: 'p4', status: 'ABSENT' },
  ];

  it('accepts recordable statuses, one line per participant', () => {
    expect(validateRollCall(ok)).toBeNull();
  });

  it('names the entry and the field: entries.<i>.<field>', () => {
    expect(rollCallField(3, 'status')).toBe('entries.3.status');
    const withBoycott = [...ok, { participantId: 'p5', status: 'BOYCOTT' as AttendanceStatus }];
    expect(validateRollCall(withBoycott)?.field).toBe('entries.4.status');
    expect(validateRollCall([{ participantId: 'p1', status: 'SUSPENDED' }])?.field).toBe('entries.0.status');
    expect(validateRollCall([{ participantId: 'p1', status: 'LATE' as AttendanceStatus }])?.field).toBe(
      'entries.0.status',
    );
    expect(validateRollCall([...ok, { participantId: ' ', status: 'PRESENT' }])?.field).toBe('entries.4.participantId');
    expect(validateRollCall([{ participantId: 'p1', status: 'PRESENT', note: 'x'.repeat(50001) }])?.field).toBe(
      'entries.0.note',
    );
  });

  it('refuses the same participant twice, on the later line', () => {
    const twice = [...ok, { participantId: 'p2', status: 'ABSENT' as AttendanceStatus }];
    expect(validateRollCall(twice)).toEqual({
      field: 'entries.4.participantId',
      message: 'This participant is already in entry 1 of this roll call',
    });
  });

  it('refuses an empty roll call on entries', () => {
    expect(validateRollCall([])?.field).toBe('entries');
  });

  it('the first problem is on the first bad line', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<AttendanceStatus>(...ATTENDANCE_STATUSES), { minLength: 1 }), (statuses) => {
        const entries = statuses.map((status, i) => ({ participantId: `p${i}`, status }));
        const bad = statuses.findIndex((s) => s === 'BOYCOTT' || s === 'SUSPENDED');
        expect(validateRollCall(entries)?.field ?? null).toBe(bad < 0 ? null : `entries.${bad}.status`);
      }),
    );
  });
});
