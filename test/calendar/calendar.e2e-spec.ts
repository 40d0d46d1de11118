// The public iCalendar feeds (RFC 5545), read back with an independent parser (ical.js): a calendar
// client must update an event after a reschedule or a cancellation rather than add a second one,
// so the UID is stable, SEQUENCE grows, and a cancelled meeting says STATUS:CANCELLED. Lines are
// folded at 75 octets (not characters), which Cyrillic titles put to the test. Each story schedules
// its own meetings of a fresh body.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture, type BodyFixture } from '../meetings/meetings.fixture.js';

const CYRILLIC_TITLE = 'Пленарное заседание Кимберлийского процесса — Évaluation des procédures, Genève';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Feed {
  status: number;
  contentType: string | null;
  text: string;
  calendar: ICAL.Component | null;
}

describe('iCalendar feeds', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let secretariat: GraphQLClient;

  async function feed(path: string): Promise<Feed> {
    const res = await fetch(`${t.url}${path}`);
    const text = await res.text();
    return {
      status: res.status,
      contentType: res.headers.get('content-type'),
      text,
      calendar: res.status === 200 ? new ICAL.Component(ICAL.parse(text)) : null,
    };
  }

  function events(f: Feed): ICAL.Event[] {
    return f.calendar!.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  }

  function prop(f: Feed, name: string, index = 0): string {
    return String(f.calendar!.getAllSubcomponents('vevent')[index].getFirstPropertyValue(name));
  }

  async function schedule(body: BodyFixture, title: string, startsAt: string, endsAt: string, location: string | null) {
    const res = await secretariat.ok<{ scheduleMeeting: { id: string } }>(
      `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      { input: { bodyId: body.id, title, kind: 'REGULAR', startsAt, endsAt, location } },
    );
    return res.scheduleMeeting.id;
  }

  /** A fresh body and its plenary sitting with a Cyrillic title and place. */
  async function plenary(): Promise<{ body: BodyFixture; id: string }> {
    const body = await fx.body();
    const id = await schedule(
      body,
      CYRILLIC_TITLE,
      '2026-11-02T08:00:00Z',
      '2026-11-02T16:30:00Z',
      'Москва, Россия; зал № 3',
    );
    return { body, id };
  }

  /** Moves a meeting a day later, then cancels it. */
  async function rescheduleThenCancel(id: string): Promise<void> {
    await secretariat.ok(
      `mutation ($id: ID!) { rescheduleMeeting(meetingId: $id, startsAt: "2026-11-03T08:00:00Z", endsAt: "2026-11-03T16:00:00Z") { id } }`,
      { id },
    );
    await secretariat.ok(
      `mutation ($id: ID!) { cancelMeeting(meetingId: $id, reason: "The venue is not available.") { id } }`,
      { id },
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    fx = await MeetingsFixture.create(t);
    secretariat = fx.secretariat;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a meeting’s feed, without a token, says its title, time, place, body and status', async () => {
    const { body, id: plenaryId } = await plenary();
    const f = await feed(`/calendar/meetings/${plenaryId}.ics`);
    expect(f.status).toBe(200);
    expect(f.contentType).toBe('text/calendar; charset=utf-8');
    const [event] = events(f);
    expect(event.uid).toBe(`${plenaryId}@concord`);
    expect(event.summary).toBe(CYRILLIC_TITLE);
    expect(event.location).toBe('Москва, Россия; зал № 3');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-02T16:30:00.000Z');
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(event.sequence).toBe(0);
    expect(prop(f, 'status')).toBe('CONFIRMED');
    expect(event.description).toContain(body.code);
    expect(event.description).toContain('SCHEDULED');
    // Times and the stamp are UTC instants (…Z), with no VTIMEZONE to misread.
    expect(f.text).toMatch(/^DTSTART:20261102T080000Z\r$/m);
    expect(f.text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
    expect(f.calendar!.getAllSubcomponents('vtimezone')).toEqual([]);
  });

  it('every line is at most 75 octets, ends in CRLF, and folds without splitting a character', async () => {
    const { id: plenaryId } = await plenary();
    const f = await feed(`/calendar/meetings/${plenaryId}.ics`);
    expect(f.text.endsWith('\r\n')).toBe(true);
    const lines = f.text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the Cyrillic title was folded
    for (const line of lines) {
      expect(line.includes('\n')).toBe(false);
      expect({ line, octets: Buffer.byteLength(line, 'utf8') <= 75 }).toEqual({ line, octets: true });
      expect(line.includes('\uFFFD')).toBe(false);
    }
  });

  it('a reschedule keeps the UID and raises SEQUENCE; a cancellation says STATUS:CANCELLED', async () => {
    const { id: plenaryId } = await plenary();
    await secretariat.ok(
      `mutation ($id: ID!) { rescheduleMeeting(meetingId: $id, startsAt: "2026-11-03T08:00:00Z", endsAt: "2026-11-03T16:00:00Z") { id } }`,
      { id: plenaryId },
    );
    const moved = await feed(`/calendar/meetings/${plenaryId}.ics`);
    const [m] = events(moved);
    expect(m.uid).toBe(`${plenaryId}@concord`);
    expect(m.sequence).toBe(1);
    expect(m.startDate.toJSDate().toISOString()).toBe('2026-11-03T08:00:00.000Z');
    expect(prop(moved, 'status')).toBe('CONFIRMED');

    await secretariat.ok(
      `mutation ($id: ID!) { cancelMeeting(meetingId: $id, reason: "The venue is not available.") { id } }`,
      {
        id: plenaryId,
      },
    );
    const cancelled = await feed(`/calendar/meetings/${plenaryId}.ics`);
    const [c] = events(cancelled);
    expect(c.uid).toBe(`${plenaryId}@concord`);
    expect(c.sequence).toBe(2);
    expect(prop(cancelled, 'status')).toBe('CANCELLED');
    expect(c.summary).toBe(CYRILLIC_TITLE);
    // The reason is not in the public feed: title, time, place, body and status only.
    expect(cancelled.text).not.toContain('venue is not available');
  });

  it('a body’s feed holds every meeting of that body, in order, with the same UIDs', async () => {
    const { body, id: plenaryId } = await plenary();
    const otherId = await schedule(
      body,
      'Plenary, closing sitting',
      '2026-11-05T09:00:00Z',
      '2026-11-05T12:00:00Z',
      null,
    );
    await rescheduleThenCancel(plenaryId);
    const elsewhere = await fx.body();
    const pc = await schedule(
      elsewhere,
      'Participation Committee',
      '2026-11-04T08:00:00Z',
      '2026-11-04T10:00:00Z',
      null,
    );
    const f = await feed(`/calendar/bodies/${body.id}.ics`);
    expect(f.status).toBe(200);
    expect(f.contentType).toBe('text/calendar; charset=utf-8');
    const list = events(f);
    expect(list.map((e) => e.uid)).toEqual([`${plenaryId}@concord`, `${otherId}@concord`]);
    expect(list.map((e) => e.sequence)).toEqual([2, 0]);
    expect(f.calendar!.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('status'))).toEqual([
      'CANCELLED',
      'CONFIRMED',
    ]);
    expect(list[1].location).toBeNull();
    expect(list.map((e) => e.uid)).not.toContain(`${pc}@concord`);
    for (const line of f.text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const empty = await feed(`/calendar/bodies/${(await fx.body()).id}.ics`);
    expect(empty.status).toBe(200);
    expect(events(empty)).toEqual([]);
  });

  it('an id that names nothing is 404', async () => {
    const { body, id: plenaryId } = await plenary();
    for (const path of [
      `/calendar/meetings/${UNKNOWN_ID}.ics`,
      `/calendar/meetings/not-a-meeting.ics`,
      `/calendar/bodies/${UNKNOWN_ID}.ics`,
      `/calendar/bodies/${body.code}.ics`,
      `/calendar/bodies/${plenaryId}.ics`,
      `/calendar/meetings/${body.id}.ics`,
    ]) {
      expect({ path, status: (await fetch(`${t.url}${path}`)).status }).toEqual({ path, status: 404 });
    }
  });
});
