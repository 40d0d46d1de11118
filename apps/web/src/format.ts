// Dates and numbers through Intl, in the organisation's time zone (a meeting's date is its date
// there), the zone always named; and the reverse: a wall-clock time typed into a form, read in that
// zone, to the instant the API wants. Pure: no DOM, unit-tested in format.spec.ts.
import { LOCALE, m } from './messages.js';

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f;
}

/** "8 Nov 2022, 09:00 (Africa/Gaborone)". */
export function formatDateTime(iso: string, timeZone: string): string {
  const f = formatter(`dt|${timeZone}`, () =>
    Intl.DateTimeFormat(LOCALE, { timeZone, dateStyle: 'medium', timeStyle: 'short' }),
  );
  return m.time.inZone(f.format(new Date(iso)), timeZone);
}

/** "8 Nov 2022". */
export function formatDate(iso: string, timeZone: string): string {
  const f = formatter(`d|${timeZone}`, () => Intl.DateTimeFormat(LOCALE, { timeZone, dateStyle: 'medium' }));
  return f.format(new Date(iso));
}

/** A meeting's span: "8 Nov 2022, 09:00 – 17:00 (UTC)", or both dates when it runs past midnight. */
export function formatSpan(startIso: string, endIso: string, timeZone: string): string {
  const f = formatter(`dt|${timeZone}`, () =>
    Intl.DateTimeFormat(LOCALE, { timeZone, dateStyle: 'medium', timeStyle: 'short' }),
  );
  return m.time.inZone(f.formatRange(new Date(startIso), new Date(endIso)), timeZone);
}

const numbers = new Intl.NumberFormat(LOCALE);
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** "2 days, 3 hours" / "5 minutes, 12 seconds": the two largest units of what is left. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', Math.floor(s / 86400)],
    ['hour', Math.floor((s % 86400) / 3600)],
    ['minute', Math.floor((s % 3600) / 60)],
    ['second', s % 60],
  ];
  const first = units.findIndex(([, n]) => n > 0);
  if (first === -1)
    return new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(0);
  return m.app.list(
    units
      .slice(first, first + 2)
      .filter(([, n]) => n > 0)
      .map(([unit, n]) => new Intl.NumberFormat(LOCALE, { style: 'unit', unit, unitDisplay: 'long' }).format(n)),
  );
}

/** The offset of `timeZone` from UTC at `instant`, in minutes (east positive). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const f = formatter(`parts|${timeZone}`, () =>
    Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }),
  );
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * A form's wall-clock value ("2026-12-08T09:00", as an <input type="datetime-local"> gives it)
 * read in `timeZone`, as an ISO instant. Null when the value is not such a time.
 */
export function zonedToInstant(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  // Two passes settle the offset also next to a daylight-saving change.
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess).toISOString();
}

/** The wall-clock value of `instant` in `timeZone`, for an <input type="datetime-local">. */
export function instantToZoned(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60000);
  return shifted.toISOString().slice(0, 16);
}
