// What the meetings area lets the areas above it read (decisions, records, and later the floor and
// minutes): meetings, agenda items, attendance and boycotts. They never read these tables
// themselves; they call this, passing the `sql` to read through (the injected Database, or their
// own Tx to read inside their transaction). Lists asked for many keys answer in one statement.
//
// Exported API (stable; change it only together with its callers):
//   meetingsByIds(sql, ids)              MeetingRow[] (unknown or malformed ids left out, no order)
//   meeting(sql, id)                     MeetingRow | null
//   shareMeeting(tx, id)                 MeetingRow | null, held FOR SHARE until tx ends: it cannot
//                                        change status (adjourn) before tx commits
//   agendaItemsByIds(sql, ids)           AgendaItemRow[]
//   agendaItemForShare(tx, id)           { item, meeting } | null, the meeting held FOR SHARE
//   recordedAttendance(sql, meetingIds)  AttendanceRecordRow[]: the attendance of an opened meeting
//                                        (frozen at opening, changed only by recordAttendance)
//   attendanceAtClosing(sql, meetingId)  { attendance, boycotts }: the recorded rows and the
//                                        boycotts they link (declared first, first), as a decision
//                                        record freezes them; participants and users by id only
//   attendanceSummaries(sql, meetingIds) Map meetingId -> MeetingAttendance: attendance as shown
//                                        (derived while SCHEDULED), gaps and quorum
//   boycottsByIds(sql, ids)              BoycottRow[]
// Who chairs a meeting is the organisation's answer: OrganisationReadModel.chairAt(sql, bodyId,
// meeting.startsAt).
import { Injectable } from '@nestjs/common';
import type { Sql, Tx } from '../platform/database/database.js';
import { isUuid } from '../platform/errors.js';
import { AgendaRepository, type AgendaItemRow } from './agenda.repository.js';
import { AttendanceRepository, type AttendanceRecordRow } from './attendance.repository.js';
import { AttendanceViews, type AttendanceView, type MeetingAttendance } from './attendance-views.js';
import { BoycottsRepository, type BoycottRow } from './boycotts.repository.js';
import { MeetingsRepository, type MeetingRow } from './meetings.repository.js';

export type { AgendaItemRow, AttendanceRecordRow, AttendanceView, BoycottRow, MeetingAttendance, MeetingRow };

@Injectable()
export class MeetingsReadModel {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly agenda: AgendaRepository,
    private readonly attendance: AttendanceRepository,
    private readonly boycotts: BoycottsRepository,
    private readonly views: AttendanceViews,
  ) {}

  meetingsByIds(sql: Sql, ids: readonly string[]): Promise<MeetingRow[]> {
    return this.meetings.byIds(sql, ids);
  }

  meeting(sql: Sql, id: string): Promise<MeetingRow | null> {
    return this.meetings.find(sql, id);
  }

  shareMeeting(tx: Tx, id: string): Promise<MeetingRow | null> {
    return this.meetings.share(tx, id);
  }

  agendaItemsByIds(sql: Sql, ids: readonly string[]): Promise<AgendaItemRow[]> {
    return this.agenda.byIds(sql, ids);
  }

  async agendaItemForShare(tx: Tx, id: string): Promise<{ item: AgendaItemRow; meeting: MeetingRow } | null> {
    const [item] = await this.agenda.byIds(tx, [id]);
    if (!item) return null;
    const meeting = await this.meetings.share(tx, item.meetingId);
    return meeting ? { item, meeting } : null;
  }

  recordedAttendance(sql: Sql, meetingIds: readonly string[]): Promise<AttendanceRecordRow[]> {
    return this.attendance.ofMeetings(sql, meetingIds);
  }

  async attendanceAtClosing(
    sql: Sql,
    meetingId: string,
  ): Promise<{ attendance: AttendanceRecordRow[]; boycotts: BoycottRow[] }> {
    if (!isUuid(meetingId)) return { attendance: [], boycotts: [] };
    const attendance = await this.attendance.ofMeetings(sql, [meetingId]);
    const linked = [...new Set(attendance.map((a) => a.boycottId).filter((id): id is string => id !== null))];
    const boycotts = linked.length ? await this.boycotts.byIds(sql, linked) : [];
    boycotts.sort(
      (a, b) => a.declaredAt.getTime() - b.declaredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return { attendance, boycotts };
  }

  attendanceSummaries(sql: Sql, meetingIds: readonly string[]): Promise<Map<string, MeetingAttendance>> {
    return this.views.summaries(sql, meetingIds);
  }

  boycottsByIds(sql: Sql, ids: readonly string[]): Promise<BoycottRow[]> {
    return this.boycotts.byIds(sql, ids);
  }
}
