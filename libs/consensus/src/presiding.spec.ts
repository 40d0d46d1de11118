// Examples and properties for who may preside as acting chair, who presides, and who ends it.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  actingChairMeetingProblem,
  actingChairProblem,
  mayEndActingChair,
  presidedBy,
  type ActingChairCandidate,
} from './presiding.js';

const vice: ActingChairCandidate = { participantId: 'AE', kind: 'PARTICIPANT', status: 'ACTIVE', isMember: true };

describe('actingChairProblem', () => {
  it('accepts an active member of kind PARTICIPANT who does not hold the chair (a vice-chair, say)', () => {
    expect(actingChairProblem(vice, 'RU')).toBeNull();
    expect(actingChairProblem(vice, null)).toBeNull();
  });

  it('refuses on participantId an observer, a non-member, a suspended member and the chair itself', () => {
    expect(actingChairProblem({ ...vice, kind: 'OBSERVER' }, 'RU')).toEqual({
      field: 'participantId',
      message: 'An observer cannot be acting chair',
    });
    expect(actingChairProblem({ ...vice, isMember: false }, 'RU')?.field).toBe('participantId');
    expect(actingChairProblem({ ...vice, status: 'SUSPENDED' }, 'RU')?.field).toBe('participantId');
    expect(actingChairProblem({ ...vice, participantId: 'RU' }, 'RU')).toEqual({
      field: 'participantId',
      message: 'The chair cannot be its own acting chair',
    });
  });

  it('accepts exactly the active members of kind PARTICIPANT other than the chair', () => {
    fc.assert(
      fc.property(
        fc.record({
          participantId: fc.constantFrom('AE', 'RU', 'US'),
          kind: fc.constantFrom('PARTICIPANT' as const, 'OBSERVER' as const),
          status: fc.constantFrom('ACTIVE' as const, 'SUSPENDED' as const),
          isMember: fc.boolean(),
        }),
        fc.option(fc.constantFrom('AE', 'RU'), { nil: null }),
        (c, chair) => {
          const ok = c.kind === 'PARTICIPANT' && c.status === 'ACTIVE' && c.isMember && c.participantId !== chair;
          expect(actingChairProblem(c, chair) === null).toBe(ok);
        },
      ),
    );
  });
});

describe('presiding', () => {
  it('the acting chair presides when designated, else the chair', () => {
    expect(presidedBy('RU', 'AE')).toBe('AE');
    expect(presidedBy('RU', null)).toBe('RU');
    expect(presidedBy(null, 'AE')).toBe('AE');
    expect(presidedBy(null, null)).toBeNull();
  });

  it('is designated only while the meeting is SCHEDULED or IN_SESSION', () => {
    expect(actingChairMeetingProblem('SCHEDULED')).toBeNull();
    expect(actingChairMeetingProblem('IN_SESSION')).toBeNull();
    expect(actingChairMeetingProblem('ADJOURNED')).toBe(
      'The meeting is ADJOURNED: designating an acting chair needs it SCHEDULED or IN_SESSION',
    );
  });

  it('is ended by the acting chair or the secretariat (or an admin), not by the chair', () => {
    expect(mayEndActingChair({ role: 'DELEGATE', participantId: 'AE' }, 'AE')).toBe(true);
    expect(mayEndActingChair({ role: 'SECRETARIAT', participantId: null }, 'AE')).toBe(true);
    expect(mayEndActingChair({ role: 'ADMIN', participantId: null }, 'AE')).toBe(true);
    expect(mayEndActingChair({ role: 'DELEGATE', participantId: 'RU' }, 'AE')).toBe(false);
    expect(mayEndActingChair({ role: 'DELEGATE', participantId: null }, 'AE')).toBe(false);
  });
});
