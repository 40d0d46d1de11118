// iCalendar (RFC 5545) feeds of meetings, so calendar clients follow a body's year. Each event
// carries the title, time, place, body and status only (docs/rules.md: the feeds are public). The UID is
// stable (`<meetingId>@concord`) and SEQUENCE is the meeting's own counter, bumped on each
// reschedule and on cancellation, so a client updates the event rather than adding a second one.
// Times are written in UTC (ending in Z): ical-generator 10 given a time zone writes the host's
// local time under the TZID, and UTC needs no VTIMEZONE. Its folding counts octets,
// not characters, so Cyrillic and accented titles stay within 75 octets a line (a test checks it).
import { Injectable } from '@nestjs/common';
import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { Database } from '../../platform/database/database.js';
import { isUuid } from '../../platform/errors.js';
import { MeetingsRepository, type MeetingRow } from '../meetings.repository.js';
import { OrganisationReadModel } from '../../organisation/organisation.read-model.js';

interface Body {
  code: string;
  name: string;
}

/** The stable iCalendar UID of a meeting: the same in every feed and after every change. */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@concord`;
}

@Injectable()
export class CalendarService {
  constructor(
    private readonly db: Database,
    private readonly meetings: MeetingsRepository,
    private readonly organisation: OrganisationReadModel,
  ) {}

  /** Every meeting of a body, in order of start, or null when no body has that id. */
  async bodyFeed(bodyId: string): Promise<string | null> {
    if (!isUuid(bodyId)) return null;
    const [body] = await this.organisation.bodiesByIds(this.db, [bodyId]);
    if (!body) return null;
    const meetings = await this.meetings.allOfBody(this.db, bodyId);
    return this.render(`${body.name} (${body.code})`, body, meetings);
  }

  /** One meeting, or null when no meeting has that id. */
  async meetingFeed(meetingId: string): Promise<string | null> {
    const meeting = await this.meetings.find(this.db, meetingId);
    if (!meeting) return null;
    const [body] = await this.organisation.bodiesByIds(this.db, [meeting.bodyId]);
    return this.render(meeting.title, body, [meeting]);
  }

  private render(name: string, body: Body, meetings: MeetingRow[]): string {
    const calendar: ICalCalendar = ical({
      name,
      prodId: { company: 'Concord', product: 'Concord meetings', language: 'EN' },
    });
    for (const m of meetings) {
      calendar.createEvent({
        id: meetingUid(m.id),
        sequence: m.sequence,
        // With no METHOD of its own, DTSTAMP is when the event was last revised (RFC 5545 3.8.7.2).
        stamp: new Date(m.updatedAt),
        start: new Date(m.startsAt),
        end: new Date(m.endsAt),
        summary: m.title,
        location: m.location,
        description: `Body: ${body.name} (${body.code})\nStatus: ${m.status}`,
        status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
    return `${calendar.toString()}\r\n`;
  }
}
