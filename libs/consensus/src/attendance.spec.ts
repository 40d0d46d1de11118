// Examples and properties for attendance derived from declarations before a meeting opens.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  boycottBlockingRecord,
  deriveAttendance,
  isPresent,
  recordableStatus,
  type AttendanceEntry,
} from './attendance.js';
import type { BoycottFact, MeetingFact } from './boycott-scope.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type ParticipantStatus } from './types.js';

const meeting: MeetingFact = { id: 'm1', bodyId: 'PLEN', date: '2022-06-20', chairedById: 'BW' };
const t = (iso: string): Date => new Date(iso);

const bodyBoycott: BoycottFact = {
  id: 'b-body',
  participantId: 'RU',
  scope: 'BODY',
  meetingId: null,
  bodyId: 'PLEN',
  chairedById: null,
  startsOn: '2022-01-01',
  endsOn: null,
  declaredAt: t('2022-05-01T00:00:00Z'),
  withdrawnAt: null,
};

function entry(status: AttendanceStatus, recordedAt: string, byOwnDelegate: boolean): AttendanceEntry {
  return { participantId: 'RU', status, recordedAt: t(recordedAt), byOwnDelegate };
}

const active = { id: 'RU', status: 'ACTIVE' as ParticipantStatus };
const suspended = { id: 'RU', status: 'SUSPENDED' as ParticipantStatus };

describe('recordableStatus and isPresent', () => {
  it('leaves BOYCOTT and SUSPENDED to Concord', () => {
    expect(ATTENDANCE_STATUSES.filter(recordableStatus)).toEqual(['PRESENT', 'REMOTE', 'ABSENT', 'EXCUSED']);
  });

  it('counts PRESENT and REMOTE only', () => {
    expect(ATTENDANCE_STATUSES.filter(isPresent)).toEqual(['PRESENT', 'REMOTE']);
    expect(isPresent(null)).toBe(false);
  });
});

describe('deriveAttendance', () => {
  it('is a gap with no declaration and no record', () => {
    expect(deriveAttendance({ participant: active, meeting, boycotts: [], latestRecord: null })).toBeNull();
  });

  it('is the latest record, as recorded', () => {
    const rec = entry('EXCUSED', '2022-06-01T00:00:00Z', false);
    expect(deriveAttendance({ participant: active, meeting, boycotts: [], latestRecord: rec })).toEqual({
      participantId: 'RU',
      status: 'EXCUSED',
      boycottId: null,
      source: 'RECORD',
      record: rec,
    });
  });

  it('is SUSPENDED for a suspended participant, over a boycott and a record', () => {
    const d = deriveAttendance({
      participant: suspended,
      meeting,
      boycotts: [bodyBoycott],
      latestRecord: entry('PRESENT', '2022-06-01T00:00:00Z', true),
    });
    expect(d).toEqual({
      participantId: 'RU',
      status: 'SUSPENDED',
      boycottId: null,
      source: 'SUSPENSION',
      record: null,
    });
  });

  it('is BOYCOTT while a boycott covers the meeting, over an earlier record', () => {
    const d = deriveAttendance({
      participant: active,
      meeting,
      boycotts: [bodyBoycott],
      latestRecord: entry('PRESENT', '2022-04-01T00:00:00Z', true),
    });
    expect(d).toEqual({ participantId: 'RU', status: 'BOYCOTT', boycottId: 'b-body', source: 'BOYCOTT', record: null });
  });

  it('stays BOYCOTT when someone other than its own delegate recorded after the declaration', () => {
    const d = deriveAttendance({
      participant: active,
      meeting,
      boycotts: [bodyBoycott],
      latestRecord: entry('ABSENT', '2022-06-01T00:00:00Z', false),
    });
    expect(d?.status).toBe('BOYCOTT');
  });

  it('is lifted for this meeting when its own delegate records attendance after the declaration', () => {
    const rec = entry('PRESENT', '2022-06-01T00:00:00Z', true);
    const d = deriveAttendance({ participant: active, meeting, boycotts: [bodyBoycott], latestRecord: rec });
    expect(d).toEqual({ participantId: 'RU', status: 'PRESENT', boycottId: null, source: 'RECORD', record: rec });
  });

  it('a record lifts only boycotts declared before it', () => {
    const later: BoycottFact = {
      ...bodyBoycott,
      id: 'b-later',
      scope: 'MEETING',
      meetingId: 'm1',
      declaredAt: t('2022-06-10T00:00:00Z'),
    };
    const d = deriveAttendance({
      participant: active,
      meeting,
      boycotts: [later, bodyBoycott],
      latestRecord: entry('PRESENT', '2022-06-01T00:00:00Z', true),
    });
    expect(d?.boycottId).toBe('b-later');
  });

  it('names the earliest-declared covering boycott, whatever the input order', () => {
    const later: BoycottFact = {
      ...bodyBoycott,
      id: 'b-chair',
      scope: 'CHAIRED_BY',
      bodyId: null,
      chairedById: 'BW',
      declaredAt: t('2022-05-02T00:00:00Z'),
    };
    for (const boycotts of [
      [later, bodyBoycott],
      [bodyBoycott, later],
    ]) {
      expect(deriveAttendance({ participant: active, meeting, boycotts, latestRecord: null })?.boycottId).toBe(
        'b-body',
      );
    }
  });

  it("ignores other participants' boycotts and boycotts that do not cover the meeting", () => {
    const others: BoycottFact[] = [
      { ...bodyBoycott, participantId: 'US' },
      { ...bodyBoycott, bodyId: 'WGM' },
      { ...bodyBoycott, withdrawnAt: t('2022-05-05T00:00:00Z') },
    ];
    expect(deriveAttendance({ participant: active, meeting, boycotts: others, latestRecord: null })).toBeNull();
  });

  it('a withdrawn boycott leaves the latest record made before it', () => {
    const rec = entry('REMOTE', '2022-04-01T00:00:00Z', false);
    const withdrawn = { ...bodyBoycott, withdrawnAt: t('2022-05-05T00:00:00Z') };
    expect(deriveAttendance({ participant: active, meeting, boycotts: [withdrawn], latestRecord: rec })?.status).toBe(
      'REMOTE',
    );
  });

  it('ignores a stale BOYCOTT or SUSPENDED copy passed as the latest record', () => {
    const stale = entry('SUSPENDED', '2022-06-01T00:00:00Z', false);
    expect(deriveAttendance({ participant: active, meeting, boycotts: [], latestRecord: stale })).toBeNull();
    const staleBoycott = { ...entry('BOYCOTT', '2022-06-01T00:00:00Z', false), boycottId: 'b-body' };
    expect(deriveAttendance({ participant: active, meeting, boycotts: [], latestRecord: staleBoycott })).toBeNull();
  });

  describe('properties', () => {
    const instant = fc.integer({ min: 0, max: 1000 }).map((n) => new Date(Date.UTC(2022, 0, 1) + n * 3_600_000));
    const aBoycott = fc.record({
      id: fc.constantFrom('b1', 'b2', 'b3'),
      participantId: fc.constantFrom('RU', 'US'),
      scope: fc.constantFrom('MEETING' as const, 'BODY' as const, 'CHAIRED_BY' as const),
      meetingId: fc.constantFrom('m1', 'm2', null),
      bodyId: fc.constantFrom('PLEN', 'WGM', null),
      chairedById: fc.constantFrom('BW', 'AE', null),
      startsOn: fc.constantFrom('2022-01-01', '2022-06-20', '2022-07-01'),
      endsOn: fc.constantFrom('2022-06-19', '2022-12-31', null),
      declaredAt: instant,
      withdrawnAt: fc.option(instant, { nil: null }),
    });
    // Boycott ids are unique, as rows are.
    const someBoycotts = fc.uniqueArray(aBoycott, { maxLength: 5, selector: (b) => b.id });
    const aRecord = fc.option(
      fc.record({
        participantId: fc.constant('RU'),
        status: fc.constantFrom(...ATTENDANCE_STATUSES),
        recordedAt: instant,
        byOwnDelegate: fc.boolean(),
      }),
      { nil: null },
    );

    it('suspension always wins', () => {
      fc.assert(
        fc.property(someBoycotts, aRecord, (boycotts, latestRecord) => {
          const d = deriveAttendance({ participant: suspended, meeting, boycotts, latestRecord });
          expect(d?.status).toBe('SUSPENDED');
          expect(d?.source).toBe('SUSPENSION');
        }),
      );
    });

    it('the result does not depend on the order boycotts are loaded in', () => {
      const boycottsAndShuffle = someBoycotts.chain((bs) =>
        fc.tuple(fc.constant(bs), fc.shuffledSubarray(bs, { minLength: bs.length, maxLength: bs.length })),
      );
      fc.assert(
        fc.property(boycottsAndShuffle, aRecord, ([ordered, shuffled], latestRecord) => {
          const a = deriveAttendance({ participant: active, meeting, boycotts: ordered, latestRecord });
          const b = deriveAttendance({ participant: active, meeting, boycotts: shuffled, latestRecord });
          expect(b).toEqual(a);
        }),
      );
    });

    it('is BOYCOTT only with a covering boycott of this participant, and never a status Concord does not set', () => {
      fc.assert(
        fc.property(someBoycotts, aRecord, (boycotts, latestRecord) => {
          const d = deriveAttendance({ participant: active, meeting, boycotts, latestRecord });
          if (d?.status === 'BOYCOTT') {
            const b = boycotts.find((x) => x.id === d.boycottId && x.participantId === 'RU');
            expect(b).toBeDefined();
            expect(b?.withdrawnAt).toBeNull();
          }
          expect(d?.status).not.toBe('SUSPENDED');
          if (d?.source === 'RECORD') expect(recordableStatus(d.status)).toBe(true);
        }),
      );
    });

    it('with no boycott in force, it is the recordable latest record or a gap', () => {
      fc.assert(
        fc.property(someBoycotts, aRecord, (boycotts, latestRecord) => {
          const none = boycotts.map((b) => ({ ...b, withdrawnAt: b.withdrawnAt ?? b.declaredAt }));
          const d = deriveAttendance({ participant: active, meeting, boycotts: none, latestRecord });
          const expected =
            latestRecord !== null && recordableStatus(latestRecord.status) ? latestRecord.status : undefined;
          expect(d?.status).toBe(expected);
        }),
      );
    });
  });
});

describe('boycottBlockingRecord', () => {
  it('lets the own delegate record in spite of a boycott', () => {
    expect(
      boycottBlockingRecord({ participantId: 'RU', meeting, boycotts: [bodyBoycott], byOwnDelegate: true }),
    ).toBeNull();
  });

  it('blocks the chair or the secretariat while a boycott covers the meeting', () => {
    expect(
      boycottBlockingRecord({ participantId: 'RU', meeting, boycotts: [bodyBoycott], byOwnDelegate: false })?.id,
    ).toBe('b-body');
    expect(
      boycottBlockingRecord({ participantId: 'US', meeting, boycotts: [bodyBoycott], byOwnDelegate: false }),
    ).toBeNull();
  });
});
