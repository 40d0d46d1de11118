// Examples and properties for calendar days in the organisation's time zone.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compareIsoDates, dateInRange, isIsoDate, isValidTimeZone, localDate, localYear } from './dates.js';

describe('localDate', () => {
  it('reads the day in the given zone, not the host zone', () => {
    const instant = new Date('2022-11-07T23:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2022-11-07');
    expect(localDate(instant, 'Europe/Brussels')).toBe('2022-11-08');
    expect(localDate(instant, 'America/New_York')).toBe('2022-11-07');
    expect(localDate(new Date('2022-11-08T03:00:00Z'), 'America/Los_Angeles')).toBe('2022-11-07');
  });

  it('handles the New Year in a zone ahead of UTC (record years)', () => {
    const instant = new Date('2022-12-31T20:00:00Z');
    expect(localDate(instant, 'Asia/Tokyo')).toBe('2023-01-01');
    expect(localYear(instant, 'Asia/Tokyo')).toBe(2023);
    expect(localYear(instant, 'UTC')).toBe(2022);
  });

  it('pads years before 1000 to four digits', () => {
    expect(localDate(new Date('0999-03-04T12:00:00Z'), 'UTC')).toBe('0999-03-04');
  });

  it('refuses an invalid instant, an unknown zone and years outside 1-9999', () => {
    expect(() => localDate(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDate(new Date(Date.UTC(-5, 0, 1)), 'UTC')).toThrow(RangeError);
    expect(() => localDate(new Date('+012345-01-01T00:00:00Z'), 'UTC')).toThrow(RangeError);
  });

  it('always gives a valid IsoDate, equal to the UTC day in UTC', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom('UTC', 'Europe/Brussels', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'),
        (instant, tz) => {
          const d = localDate(instant, tz);
          expect(isIsoDate(d)).toBe(true);
          if (tz === 'UTC') expect(d).toBe(instant.toISOString().slice(0, 10));
          // No zone is more than 14 hours from UTC, so the local day is within one of the UTC day.
          const utc = Date.parse(`${instant.toISOString().slice(0, 10)}T00:00:00Z`);
          const local = Date.parse(`${d}T00:00:00Z`);
          expect(Math.abs(local - utc)).toBeLessThanOrEqual(86_400_000);
        },
      ),
    );
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA names', () => {
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Brussels')).toBe(true);
    expect(isValidTimeZone('Africa/Gaborone')).toBe(true);
  });

  it('refuses what is not one', () => {
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('+01:00')).toBe(false);
    expect(isValidTimeZone(undefined as unknown as string)).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('accepts real days', () => {
    for (const d of ['2022-01-01', '2024-02-29', '2000-02-29', '9999-12-31', '0001-01-01']) {
      expect(isIsoDate(d)).toBe(true);
    }
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const d of [
      '2022-02-29',
      '1900-02-29',
      '2022-04-31',
      '2022-13-01',
      '2022-00-10',
      '2022-01-00',
      '0000-01-01',
      '2022-1-1',
      '22-01-01',
      '2022-01-01T00:00:00Z',
      ' 2022-01-01',
      '2022/01/01',
      '',
    ]) {
      expect(isIsoDate(d)).toBe(false);
    }
  });

  it('agrees with Date for every day from 1 to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const t = new Date(`${s}T00:00:00Z`);
          const real = !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s;
          expect(isIsoDate(s)).toBe(real);
        },
      ),
    );
  });
});

describe('dateInRange and compareIsoDates', () => {
  it('includes both ends; a null end is open', () => {
    expect(dateInRange('2022-01-01', '2022-01-01', '2022-12-31')).toBe(true);
    expect(dateInRange('2022-12-31', '2022-01-01', '2022-12-31')).toBe(true);
    expect(dateInRange('2023-01-01', '2022-01-01', '2022-12-31')).toBe(false);
    expect(dateInRange('2021-12-31', '2022-01-01', null)).toBe(false);
    expect(dateInRange('2999-01-01', '2022-01-01', null)).toBe(true);
  });

  it('orders days', () => {
    expect(compareIsoDates('2022-01-02', '2022-01-10')).toBeLessThan(0);
    expect(compareIsoDates('2022-10-02', '2022-09-30')).toBeGreaterThan(0);
    expect(compareIsoDates('2022-10-02', '2022-10-02')).toBe(0);
  });

  it('agrees with comparing the days as instants', () => {
    const day = fc
      .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
      .map((t) => t.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.option(day, { nil: null }), (d, start, end) => {
        const at = (s: string): number => Date.parse(`${s}T00:00:00Z`);
        const expected = at(start) <= at(d) && (end === null || at(d) <= at(end));
        expect(dateInRange(d, start, end)).toBe(expected);
        expect(Math.sign(compareIsoDates(d, start))).toBe(Math.sign(at(d) - at(start)));
      }),
    );
  });
});
