// Dates in the organisation's time zone, named, and a form's wall-clock time read back in that zone.
import { describe, expect, it } from '@jest/globals';
import { formatDateTime, formatDuration, formatNumber, instantToZoned, zonedToInstant } from './format.js';

describe('format', () => {
  it('shows an instant in the organisation’s zone and names the zone', () => {
    expect(formatDateTime('2022-11-08T09:00:00Z', 'UTC')).toBe('8 Nov 2022, 09:00 (UTC)');
    expect(formatDateTime('2022-11-08T09:00:00Z', 'Africa/Gaborone')).toBe('8 Nov 2022, 11:00 (Africa/Gaborone)');
  });

  it('reads a wall-clock time in the zone, across a daylight-saving change too', () => {
    expect(zonedToInstant('2026-12-08T09:00', 'UTC')).toBe('2026-12-08T09:00:00.000Z');
    expect(zonedToInstant('2026-12-08T09:00', 'Europe/Brussels')).toBe('2026-12-08T08:00:00.000Z');
    expect(zonedToInstant('2026-07-08T09:00', 'Europe/Brussels')).toBe('2026-07-08T07:00:00.000Z');
    expect(zonedToInstant('2026-03-29T12:00', 'Europe/Brussels')).toBe('2026-03-29T10:00:00.000Z');
    expect(zonedToInstant('not a time', 'UTC')).toBeNull();
  });

  it('round-trips instants through the form value', () => {
    for (const zone of ['UTC', 'Africa/Gaborone', 'America/New_York', 'Asia/Kolkata']) {
      const at = new Date('2026-12-08T13:45:00Z');
      expect(zonedToInstant(instantToZoned(at, zone), zone)).toBe(at.toISOString());
    }
  });

  it('says what is left of a deadline in its two largest units', () => {
    expect(formatDuration((2 * 86400 + 3 * 3600 + 5) * 1000)).toBe('2 days and 3 hours');
    expect(formatDuration(65_000)).toBe('1 minute and 5 seconds');
    expect(formatDuration(3_000)).toBe('3 seconds');
    expect(formatNumber(1234)).toBe('1,234');
  });
});
