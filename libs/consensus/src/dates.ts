// Calendar days for the rules. Chair terms, boycott periods and record years are read in the
// organisation's time zone, and a meeting's date is the date of its `startsAt` there
// (docs/rules.md "Dates"), so every rule compares IsoDate strings, never raw instants.

import type { IsoDate } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Building an Intl.DateTimeFormat is far slower than using one; a handful of zones is ever used.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA style numbers (year, 2-digit month and day); the era tells a year BC from one AD.
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      era: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar day of `instant` in the IANA zone `timeZone`, as 'YYYY-MM-DD'.
 * Throws RangeError for an invalid instant, an unknown zone, or a day outside years 1-9999
 * (PostgreSQL `date` and ISO strings of four digits both end there).
 */
export function localDate(instant: Date, timeZone: string): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('localDate: invalid instant');
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const year = Number(part('year'));
  const bc = /^B/i.test(part('era'));
  if (bc || !Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`localDate: ${instant.toISOString()} is outside years 1-9999`);
  }
  return `${String(year).padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** The calendar year of `instant` in `timeZone`: record numbers take the publication year there. */
export function localYear(instant: Date, timeZone: string): number {
  return Number(localDate(instant, timeZone).slice(0, 4));
}

/** True for an IANA zone name this runtime knows (e.g. 'Europe/Brussels', 'UTC'). */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1-12) of year `y`, proleptic Gregorian. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/**
 * Strict 'YYYY-MM-DD' naming a real day from 0001-01-01 to 9999-12-31: no '2022-02-30', no
 * '2022-2-3', no time part. Year 0 is refused as PostgreSQL's `date` refuses it.
 */
export function isIsoDate(s: string): boolean {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Orders two IsoDates: negative, zero or positive. Fixed-width strings compare as days do. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether day `d` lies in the period from `startsOn` to `endsOn`, both ends included
 * (a term ending on 31 December still holds on that day); a null end is open.
 */
export function dateInRange(d: IsoDate, startsOn: IsoDate, endsOn: IsoDate | null): boolean {
  return startsOn <= d && (endsOn === null || d <= endsOn);
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time of `instant` in `timeZone` as 'HH:MM' (24-hour), for documents that give a
 * meeting's hours as the room saw them. Throws RangeError for an invalid instant or zone.
 */
export function localTime(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('localTime: invalid instant');
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')}`;
}
