// Examples and properties for which meetings a boycott covers, and its scope fields.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  boycottCovers,
  presidingOf,
  validateBoycottScope,
  type BoycottFact,
  type BoycottScope,
  type MeetingFact,
} from './boycott-scope.js';

const declaredAt = new Date('2022-05-01T10:00:00Z');

function boycott(over: Partial<BoycottFact> & Pick<BoycottFact, 'scope'>): BoycottFact {
  return {
    id: 'b1',
    participantId: 'RU',
    meetingId: null,
    bodyId: null,
    chairedById: null,
    startsOn: '2022-01-01',
    endsOn: null,
    declaredAt,
    withdrawnAt: null,
    ...over,
  };
}

const plenary: MeetingFact = { id: 'm1', bodyId: 'PLEN', date: '2022-06-20', chairedById: 'BW' };

describe('boycottCovers', () => {
  it('MEETING covers that meeting only, whatever its date', () => {
    const b = boycott({ scope: 'MEETING', meetingId: 'm1', startsOn: '2022-06-20', endsOn: '2022-06-20' });
    expect(boycottCovers(b, plenary)).toBe(true);
    expect(boycottCovers(b, { ...plenary, date: '2022-07-01' })).toBe(true); // rescheduled
    expect(boycottCovers(b, { ...plenary, id: 'm2' })).toBe(false);
  });

  it('BODY covers the meetings of that body in the period, ends included', () => {
    const b = boycott({ scope: 'BODY', bodyId: 'PLEN', startsOn: '2022-06-01', endsOn: '2022-06-20' });
    expect(boycottCovers(b, plenary)).toBe(true);
    expect(boycottCovers(b, { ...plenary, date: '2022-06-21' })).toBe(false);
    expect(boycottCovers(b, { ...plenary, date: '2022-05-31' })).toBe(false);
    expect(boycottCovers(b, { ...plenary, bodyId: 'WGM' })).toBe(false);
    expect(boycottCovers({ ...b, endsOn: null }, { ...plenary, date: '2030-01-01' })).toBe(true);
  });

  it('CHAIRED_BY covers meetings that participant chairs, of any body unless one is named', () => {
    const b = boycott({ scope: 'CHAIRED_BY', chairedById: 'BW', startsOn: '2022-01-01', endsOn: '2022-12-31' });
    expect(boycottCovers(b, plenary)).toBe(true);
    expect(boycottCovers(b, { ...plenary, bodyId: 'WGM' })).toBe(true);
    expect(boycottCovers(b, { ...plenary, chairedById: 'AE' })).toBe(false);
    expect(boycottCovers(b, { ...plenary, chairedById: null })).toBe(false);
    expect(boycottCovers(b, { ...plenary, date: '2023-01-01' })).toBe(false);
    const ofPlenary = { ...b, bodyId: 'PLEN' };
    expect(boycottCovers(ofPlenary, plenary)).toBe(true);
    expect(boycottCovers(ofPlenary, { ...plenary, bodyId: 'WGM' })).toBe(false);
  });

  it('CHAIRED_BY follows who presides: an acting chair takes the meeting out of a boycott of the chair', () => {
    const ofChair = boycott({ scope: 'CHAIRED_BY', chairedById: 'BW', startsOn: '2022-01-01' });
    const ofActing = boycott({ scope: 'CHAIRED_BY', chairedById: 'AE', startsOn: '2022-01-01' });
    const presidedByAE: MeetingFact = { ...plenary, presidedById: 'AE' };
    expect(boycottCovers(ofChair, presidedByAE)).toBe(false);
    expect(boycottCovers(ofActing, presidedByAE)).toBe(true);
    // Told explicitly that the chair presides, or not told at all: the chair's boycott covers it.
    expect(boycottCovers(ofChair, { ...plenary, presidedById: 'BW' })).toBe(true);
    expect(boycottCovers(ofChair, plenary)).toBe(true);
    // Nobody presides: no CHAIRED_BY boycott covers it.
    expect(boycottCovers(ofChair, { ...plenary, presidedById: null })).toBe(false);
    expect(presidingOf(presidedByAE)).toBe('AE');
    expect(presidingOf(plenary)).toBe('BW');
  });

  it('a caller passing only the chair gets what it got before acting chairs existed', () => {
    const id = fc.constantFrom('a', 'b', 'c');
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2022-02-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.constantFrom<BoycottScope>('MEETING', 'BODY', 'CHAIRED_BY'),
        fc.option(id, { nil: null }),
        fc.option(id, { nil: null }),
        id,
        day,
        day,
        (scope, chairedById, meetingChair, bodyId, startsOn, date) => {
          const b = boycott({ scope, chairedById, bodyId, meetingId: 'm1', startsOn });
          const m: MeetingFact = { ...plenary, bodyId, date, chairedById: meetingChair };
          expect(boycottCovers(b, m)).toBe(boycottCovers(b, { ...m, presidedById: meetingChair }));
        },
      ),
    );
  });

  it('a BODY or MEETING boycott does not care who presides', () => {
    const body = boycott({ scope: 'BODY', bodyId: 'PLEN', startsOn: '2022-01-01' });
    const meeting = boycott({ scope: 'MEETING', meetingId: 'm1' });
    for (const presidedById of ['AE', 'BW', null]) {
      expect(boycottCovers(body, { ...plenary, presidedById })).toBe(true);
      expect(boycottCovers(meeting, { ...plenary, presidedById })).toBe(true);
    }
  });

  it('a withdrawn boycott covers nothing', () => {
    const b = boycott({ scope: 'BODY', bodyId: 'PLEN', withdrawnAt: new Date('2022-06-01T00:00:00Z') });
    expect(boycottCovers(b, plenary)).toBe(false);
  });

  it('is false once withdrawn, for any boycott and meeting', () => {
    const id = fc.constantFrom('a', 'b', 'c');
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2022-02-${String(d).padStart(2, '0')}`);
    const someBoycott = fc.record({
      id,
      participantId: id,
      scope: fc.constantFrom<BoycottScope>('MEETING', 'BODY', 'CHAIRED_BY'),
      meetingId: fc.option(id, { nil: null }),
      bodyId: fc.option(id, { nil: null }),
      chairedById: fc.option(id, { nil: null }),
      startsOn: day,
      endsOn: fc.option(day, { nil: null }),
      declaredAt: fc.constant(declaredAt),
      withdrawnAt: fc.constant(null),
    });
    const meeting = fc.record({ id, bodyId: id, date: day, chairedById: fc.option(id, { nil: null }) });
    fc.assert(
      fc.property(someBoycott, meeting, fc.date({ noInvalidDate: true }), (b, m, at) => {
        expect(boycottCovers({ ...b, withdrawnAt: at }, m)).toBe(false);
      }),
    );
  });
});

describe('validateBoycottScope', () => {
  it('accepts each scope with what it needs', () => {
    expect(validateBoycottScope({ scope: 'MEETING', meetingId: 'm1' })).toBeNull();
    expect(
      validateBoycottScope({ scope: 'MEETING', meetingId: 'm1', bodyId: null, startsOn: null, endsOn: undefined }),
    ).toBeNull();
    expect(validateBoycottScope({ scope: 'BODY', bodyId: 'PLEN', startsOn: '2022-01-01' })).toBeNull();
    expect(
      validateBoycottScope({ scope: 'BODY', bodyId: 'PLEN', startsOn: '2022-01-01', endsOn: '2022-01-01' }),
    ).toBeNull();
    expect(validateBoycottScope({ scope: 'CHAIRED_BY', chairedById: 'BW', startsOn: '2022-01-01' })).toBeNull();
    expect(
      validateBoycottScope({
        scope: 'CHAIRED_BY',
        chairedById: 'BW',
        bodyId: 'PLEN',
        startsOn: '2022-01-01',
        endsOn: '2022-12-31',
      }),
    ).toBeNull();
  });

  it('MEETING needs meetingId and takes no dates, body or chair', () => {
    expect(validateBoycottScope({ scope: 'MEETING' })?.field).toBe('meetingId');
    expect(validateBoycottScope({ scope: 'MEETING', meetingId: '' })?.field).toBe('meetingId');
    expect(validateBoycottScope({ scope: 'MEETING', meetingId: 'm1', startsOn: '2022-01-01' })?.field).toBe('startsOn');
    expect(validateBoycottScope({ scope: 'MEETING', meetingId: 'm1', endsOn: '2022-01-01' })?.field).toBe('endsOn');
    expect(validateBoycottScope({ scope: 'MEETING', meetingId: 'm1', bodyId: 'PLEN' })?.field).toBe('bodyId');
    expect(validateBoycottScope({ scope: 'MEETING', meetingId: 'm1', chairedById: 'BW' })?.field).toBe('chairedById');
  });

  it('BODY needs bodyId and startsOn, takes no meeting or chair', () => {
    expect(validateBoycottScope({ scope: 'BODY', startsOn: '2022-01-01' })?.field).toBe('bodyId');
    expect(validateBoycottScope({ scope: 'BODY', bodyId: 'PLEN' })?.field).toBe('startsOn');
    expect(
      validateBoycottScope({ scope: 'BODY', bodyId: 'PLEN', startsOn: '2022-01-01', meetingId: 'm1' })?.field,
    ).toBe('meetingId');
    expect(
      validateBoycottScope({ scope: 'BODY', bodyId: 'PLEN', startsOn: '2022-01-01', chairedById: 'BW' })?.field,
    ).toBe('chairedById');
  });

  it('CHAIRED_BY needs chairedById and startsOn, takes no meeting', () => {
    expect(validateBoycottScope({ scope: 'CHAIRED_BY', startsOn: '2022-01-01' })?.field).toBe('chairedById');
    expect(validateBoycottScope({ scope: 'CHAIRED_BY', chairedById: 'BW' })?.field).toBe('startsOn');
    expect(
      validateBoycottScope({ scope: 'CHAIRED_BY', chairedById: 'BW', startsOn: '2022-01-01', meetingId: 'm1' })?.field,
    ).toBe('meetingId');
  });

  it('needs real dates, the end not before the start', () => {
    expect(validateBoycottScope({ scope: 'BODY', bodyId: 'PLEN', startsOn: '2022-02-30' })?.field).toBe('startsOn');
    expect(validateBoycottScope({ scope: 'BODY', bodyId: 'PLEN', startsOn: '2022-02-01', endsOn: 'soon' })?.field).toBe(
      'endsOn',
    );
    const backwards = validateBoycottScope({
      scope: 'BODY',
      bodyId: 'PLEN',
      startsOn: '2022-02-01',
      endsOn: '2022-01-31',
    });
    expect(backwards).toEqual({ field: 'endsOn', message: 'endsOn must not be before startsOn' });
  });

  it('refuses an unknown scope on the scope field', () => {
    expect(validateBoycottScope({ scope: 'WORLD' as BoycottScope })?.field).toBe('scope');
  });

  it('names the scope in its message', () => {
    expect(validateBoycottScope({ scope: 'BODY', bodyId: 'PLEN' })?.message).toBe(
      'startsOn is required for a BODY boycott',
    );
  });
});
