// iCalendar (RFC 5545) feeds of meetings, so calendar clients follow a body's year. Each event
// carries the title, time, place, body and status only (docs/rules.md: the feeds are public). The UID is
// stable (`<meetingId>@concord`) and SEQUENCE is the meeting's own counter, bumped on each
// reschedule and on cancellation, so a client updates the event rather than adding a second one.
// Times are written in UTC (ending in Z): ical-generator 10 given a time zone writes the host's
// local time under the TZID (docs/architecture.md, "Toolchain"), and UTC needs no VTIMEZONE. Its folding counts octets,
// not characters, so Cyrillic and accented titles stay within 75 octets a line (a test checks it).
import { Injectable } from '@nestjs/common';
import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { isUuid } from '../../platform/errors.js';
import { TransactionService } from '../../platform/database/transaction.service.js';

interface CalendarMeetingRow {
  id: string;
  title: string;
  status: 'SCHEDULED' | 'IN_SESSION' | 'ADJOURNED' | 'CANCELLED';
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  sequence: number;
  updatedAt: Date;
  bodyCode: string;
  bodyName: string;
}

const MEETING_COLUMNS = `m.id, m.title, m.status, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.location,
  m.sequence, m.updated_at AS "updatedAt", b.code AS "bodyCode", b.name AS "bodyName"`;

/** The stable iCalendar UID of a meeting: the same in every feed and after every change. */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@concord`;
}

@Injectable()
export class CalendarService {
  constructor(private readonly tx: TransactionService) {}

  /** Every meeting of a body, in order of start, or null when no body has that id. */
  async bodyFeed(bodyId: string): Promise<string | null> {
    if (!isUuid(bodyId)) return null;
    const em = this.tx.dataSource.manager;
    const bodies: { code: string; name: string }[] = await em.query(`SELECT code, name FROM body WHERE id = $1`, [
      bodyId,
    ]);
    if (bodies.length === 0) return null;
    const meetings: CalendarMeetingRow[] = await em.query(
      `SELECT ${MEETING_COLUMNS} FROM meeting m JOIN body b ON b.id = m.body_id
        WHERE m.body_id = $1 ORDER BY m.starts_at, m.id`,
      [bodyId],
    );
    return this.render(`${bodies[0].name} (${bodies[0].code})`, meetings);
  }

  /** One meeting, or null when no meeting has that id. */
  async meetingFeed(meetingId: string): Promise<string | null> {
    if (!isUuid(meetingId)) return null;
    const meetings: CalendarMeetingRow[] = await this.tx.dataSource.manager.query(
      `SELECT ${MEETING_COLUMNS} FROM meeting m JOIN body b ON b.id = m.body_id WHERE m.id = $1`,
      [meetingId],
    );
    return meetings.length === 0 ? null : this.render(meetings[0].title, meetings);
  }

  private render(name: string, meetings: CalendarMeetingRow[]): string {
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
        description: `Body: ${m.bodyName} (${m.bodyCode})\nStatus: ${m.status}`,
        status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
    return `${calendar.toString()}\r\n`;
  }
}
