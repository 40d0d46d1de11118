// Examples and properties for chair powers: who may act as chair of a body on a given day.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  hasChairPowers,
  hasChairPowersAt,
  hasChairPowersForMeeting,
  rangesOverlap,
  termInForce,
  type Actor,
  type ChairTermFact,
} from './chair-powers.js';

// The Kimberley Process: the chair and vice-chair rotate yearly.
const terms: ChairTermFact[] = [
  { participantId: 'IN', role: 'CHAIR', startsOn: '2019-01-01', endsOn: '2019-12-31' },
  { participantId: 'RU', role: 'CHAIR', startsOn: '2020-01-01', endsOn: '2021-12-31' },
  { participantId: 'BW', role: 'VICE_CHAIR', startsOn: '2020-01-01', endsOn: '2021-12-31' },
  { participantId: 'BW', role: 'CHAIR', startsOn: '2022-01-01', endsOn: '2022-12-31' },
  { participantId: 'AE', role: 'VICE_CHAIR', startsOn: '2022-01-01', endsOn: null },
];

const delegate = (participantId: string | null): Actor => ({ role: 'DELEGATE', participantId });

// Arbitrary terms of three participants in February 2022, overlapping on purpose: the database
// refuses overlaps, but the rules must still answer one way when handed them.
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2022-02-${String(d).padStart(2, '0')}`);
const term = fc
  .tuple(
    fc.constantFrom('A', 'B', 'C'),
    fc.constantFrom<ChairTermFact['role']>('CHAIR', 'VICE_CHAIR'),
    day,
    fc.option(day, { nil: null }),
  )
  .map(([participantId, role, a, b]): ChairTermFact =>
    b !== null && b < a
      ? { participantId, role, startsOn: b, endsOn: a }
      : { participantId, role, startsOn: a, endsOn: b },
  );

describe('termInForce', () => {
  it('finds the term of the role in force on the day, ends included', () => {
    expect(termInForce(terms, 'CHAIR', '2022-06-01')?.participantId).toBe('BW');
    expect(termInForce(terms, 'CHAIR', '2021-12-31')?.participantId).toBe('RU');
    expect(termInForce(terms, 'VICE_CHAIR', '2030-01-01')?.participantId).toBe('AE');
    expect(termInForce(terms, 'CHAIR', '2023-01-01')).toBeNull();
    expect(termInForce([], 'CHAIR', '2023-01-01')).toBeNull();
  });

  it('picks the term that began last should terms of one role overlap, whatever their order', () => {
    const a: ChairTermFact = { participantId: 'A', role: 'CHAIR', startsOn: '2020-01-01', endsOn: null };
    const b: ChairTermFact = { participantId: 'B', role: 'CHAIR', startsOn: '2021-01-01', endsOn: null };
    expect(termInForce([a, b], 'CHAIR', '2022-01-01')).toBe(b);
    expect(termInForce([b, a], 'CHAIR', '2022-01-01')).toBe(b);
    // before the later term begins, the earlier one is still the only one in force
    expect(termInForce([b, a], 'CHAIR', '2020-06-01')).toBe(a);
  });

  it('on the same first day, the longer term wins (open is longest), then the lower participant id', () => {
    const short: ChairTermFact = { participantId: 'A', role: 'CHAIR', startsOn: '2022-01-01', endsOn: '2022-06-30' };
    const long: ChairTermFact = { participantId: 'C', role: 'CHAIR', startsOn: '2022-01-01', endsOn: '2022-12-31' };
    const open: ChairTermFact = { participantId: 'D', role: 'CHAIR', startsOn: '2022-01-01', endsOn: null };
    const twin: ChairTermFact = { ...long, participantId: 'B' };
    expect(termInForce([short, long], 'CHAIR', '2022-03-01')).toBe(long);
    expect(termInForce([long, short], 'CHAIR', '2022-03-01')).toBe(long);
    expect(termInForce([long, open, short], 'CHAIR', '2022-03-01')).toBe(open);
    expect(termInForce([long, twin], 'CHAIR', '2022-03-01')).toBe(twin);
    expect(termInForce([twin, long], 'CHAIR', '2022-03-01')).toBe(twin);
    // after the shorter one ends, the longer one still holds
    expect(termInForce([short, long], 'CHAIR', '2022-07-01')).toBe(long);
  });

  it('whatever the order of the terms: a term of that role in force that day, none began later; null only when none is', () => {
    const role = fc.constantFrom<ChairTermFact['role']>('CHAIR', 'VICE_CHAIR');
    fc.assert(
      fc.property(fc.array(term, { maxLength: 6 }), day, role, (terms, on, r) => {
        const answer = termInForce(terms, r, on);
        // a total order: reversed or sorted otherwise, the same term
        expect(termInForce([...terms].reverse(), r, on)).toEqual(answer);
        expect(
          termInForce(
            [...terms].sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1)),
            r,
            on,
          ),
        ).toEqual(answer);
        const inForce = terms.filter((t) => t.role === r && t.startsOn <= on && (t.endsOn === null || on <= t.endsOn));
        if (inForce.length === 0) return expect(answer).toBeNull();
        expect(inForce).toContain(answer);
        expect(inForce.every((t) => t.startsOn <= answer!.startsOn)).toBe(true);
      }),
    );
  });

  it('without overlaps, is the one term of that role whose days hold `on`', () => {
    // consecutive, non-overlapping terms as the database holds them
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 27 }), { minLength: 1, maxLength: 5 }), day, (cuts, on) => {
        const ends = [...cuts].sort((a, b) => a - b);
        const d = (n: number) => `2022-02-${String(n).padStart(2, '0')}`;
        const terms: ChairTermFact[] = ends.map((end, i) => ({
          participantId: `P${i}`,
          role: 'CHAIR',
          startsOn: d(i === 0 ? 1 : ends[i - 1] + 1),
          endsOn: d(end),
        }));
        const holding = terms.filter((t) => t.startsOn <= on && on <= t.endsOn!);
        expect(holding.length).toBeLessThanOrEqual(1);
        expect(termInForce(terms, 'CHAIR', on)).toBe(holding[0] ?? null);
      }),
    );
  });
});

describe('hasChairPowers', () => {
  it('always holds for the secretariat and admins, even with no terms', () => {
    expect(hasChairPowers({ role: 'SECRETARIAT', participantId: null }, [], '2022-01-01')).toBe(true);
    expect(hasChairPowers({ role: 'ADMIN', participantId: null }, [], '2022-01-01')).toBe(true);
  });

  it('holds for a delegate of the chair in office that day, and of the vice-chair', () => {
    expect(hasChairPowers(delegate('BW'), terms, '2022-03-01')).toBe(true);
    expect(hasChairPowers(delegate('BW'), terms, '2021-03-01')).toBe(true); // vice-chair acts for the chair
    expect(hasChairPowers(delegate('AE'), terms, '2024-03-01')).toBe(true);
  });

  it('the chair of 2022 runs 2022 meetings but not 2023 ones', () => {
    expect(hasChairPowers(delegate('BW'), terms, '2022-12-31')).toBe(true);
    expect(hasChairPowers(delegate('BW'), terms, '2023-01-01')).toBe(false);
    expect(hasChairPowers(delegate('RU'), terms, '2022-01-01')).toBe(false);
  });

  it('does not hold for a delegate with no participant or no term', () => {
    expect(hasChairPowers(delegate(null), terms, '2022-03-01')).toBe(false);
    expect(hasChairPowers(delegate('US'), terms, '2022-03-01')).toBe(false);
  });

  it('judges an instant by its day in the organisation zone', () => {
    // 22:30 UTC on 31 December 2022 is still 2022 in Brussels, already 2023 in Tokyo.
    const at = new Date('2022-12-31T22:30:00Z');
    expect(hasChairPowersAt(delegate('BW'), terms, at, 'Europe/Brussels')).toBe(true);
    expect(hasChairPowersAt(delegate('BW'), terms, at, 'Asia/Tokyo')).toBe(false);
  });

  it('for a delegate, is exactly "its participant has a term in force that day"', () => {
    const day = fc
      .integer({ min: 2018, max: 2026 })
      .chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => `${y}-${String(m).padStart(2, '0')}-15`));
    fc.assert(
      fc.property(fc.constantFrom('IN', 'RU', 'BW', 'AE', 'US'), day, (pid, on) => {
        const expected =
          termInForce(terms, 'CHAIR', on)?.participantId === pid ||
          termInForce(terms, 'VICE_CHAIR', on)?.participantId === pid;
        expect(hasChairPowers(delegate(pid), terms, on)).toBe(expected);
      }),
    );
  });
});

describe('hasChairPowers agrees with termInForce', () => {
  it('even when terms overlap: a delegate holds chair powers exactly when its participant holds the term in force', () => {
    fc.assert(
      fc.property(fc.array(term, { maxLength: 6 }), day, fc.constantFrom('A', 'B', 'C', 'D'), (terms, on, pid) => {
        const expected =
          termInForce(terms, 'CHAIR', on)?.participantId === pid ||
          termInForce(terms, 'VICE_CHAIR', on)?.participantId === pid;
        expect(hasChairPowers(delegate(pid), terms, on)).toBe(expected);
      }),
    );
  });

  it('a chair superseded by a later overlapping term holds no chair powers there', () => {
    const first: ChairTermFact = { participantId: 'A', role: 'CHAIR', startsOn: '2022-01-01', endsOn: null };
    const later: ChairTermFact = { participantId: 'B', role: 'CHAIR', startsOn: '2022-06-01', endsOn: null };
    expect(hasChairPowers(delegate('A'), [first, later], '2022-07-01')).toBe(false);
    expect(hasChairPowers(delegate('B'), [first, later], '2022-07-01')).toBe(true);
    expect(hasChairPowers(delegate('A'), [first, later], '2022-05-31')).toBe(true);
  });
});

describe('hasChairPowersForMeeting', () => {
  const day = '2022-06-20'; // BW chairs, AE vice-chairs

  it('without an acting chair, is hasChairPowers at the meeting date', () => {
    const meeting = { date: day, actingChairId: null };
    expect(hasChairPowersForMeeting(delegate('BW'), terms, meeting)).toBe(true);
    expect(hasChairPowersForMeeting(delegate('AE'), terms, meeting)).toBe(true);
    expect(hasChairPowersForMeeting(delegate('US'), terms, meeting)).toBe(false);
  });

  it('with one, belongs to the acting chair, the secretariat and admins, no longer to the chair or vice-chair', () => {
    const meeting = { date: day, actingChairId: 'US' };
    expect(hasChairPowersForMeeting(delegate('US'), terms, meeting)).toBe(true);
    expect(hasChairPowersForMeeting({ role: 'SECRETARIAT', participantId: null }, terms, meeting)).toBe(true);
    expect(hasChairPowersForMeeting({ role: 'ADMIN', participantId: null }, terms, meeting)).toBe(true);
    expect(hasChairPowersForMeeting(delegate('BW'), terms, meeting)).toBe(false);
    expect(hasChairPowersForMeeting(delegate('AE'), terms, meeting)).toBe(false);
    expect(hasChairPowersForMeeting(delegate(null), terms, meeting)).toBe(false);
  });

  it('for a delegate with an acting chair designated, is exactly "it acts for the acting chair"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('IN', 'RU', 'BW', 'AE', 'US'),
        fc.constantFrom('IN', 'RU', 'BW', 'AE', 'US'),
        fc.constantFrom('2019-06-01', '2021-06-01', '2022-06-01', '2024-06-01'),
        (pid, acting, date) => {
          expect(hasChairPowersForMeeting(delegate(pid), terms, { date, actingChairId: acting })).toBe(pid === acting);
        },
      ),
    );
  });
});

describe('rangesOverlap', () => {
  it('shares a boundary day as an overlap', () => {
    expect(
      rangesOverlap({ startsOn: '2022-01-01', endsOn: '2022-12-31' }, { startsOn: '2022-12-31', endsOn: null }),
    ).toBe(true);
    expect(
      rangesOverlap({ startsOn: '2022-01-01', endsOn: '2022-12-31' }, { startsOn: '2023-01-01', endsOn: null }),
    ).toBe(false);
    expect(rangesOverlap({ startsOn: '2022-01-01', endsOn: null }, { startsOn: '2010-01-01', endsOn: null })).toBe(
      true,
    );
    expect(
      rangesOverlap({ startsOn: '2022-01-01', endsOn: null }, { startsOn: '2010-01-01', endsOn: '2021-12-31' }),
    ).toBe(false);
  });

  it('is symmetric and true exactly when some day is in both', () => {
    const range = fc
      .tuple(day, fc.option(day, { nil: null }))
      .map(([a, b]) => (b !== null && b < a ? { startsOn: b, endsOn: a } : { startsOn: a, endsOn: b }));
    fc.assert(
      fc.property(range, range, (a, b) => {
        expect(rangesOverlap(a, b)).toBe(rangesOverlap(b, a));
        // February 2022 plus one later day stands for every day an open end reaches.
        const days = [...Array(28).keys()].map((i) => `2022-02-${String(i + 1).padStart(2, '0')}`).concat('2022-03-01');
        const inRange = (r: typeof a, d: string): boolean => r.startsOn <= d && (r.endsOn === null || d <= r.endsOn);
        expect(rangesOverlap(a, b)).toBe(days.some((d) => inRange(a, d) && inRange(b, d)));
      }),
    );
  });
});
