// Every SQL statement on attendance_record: the recorded attendance of meetings, one participant's
// current record (locked), recording one, and freezing a derived attendance at opening.
import { Injectable } from '@nestjs/common';
import type { AttendanceStatus } from '#consensus';
import type { Sql, Tx } from '../platform/database/database.js';
import { isUuid } from '../platform/errors.js';

/** One participant's current attendance record at one meeting (earlier values live in the audit log). */
export interface AttendanceRecordRow {
  meetingId: string;
  participantId: string;
  status: AttendanceStatus;
  note: string | null;
  /** The boycott behind a BOYCOTT row written at opening, else null. */
  boycottId: string | null;
  /** null: set by Concord (a boycott or a suspension). */
  recordedByUserId: string | null;
  byOwnDelegate: boolean;
  recordedAt: Date;
}

const COLUMNS = `a.meeting_id AS "meetingId", a.participant_id AS "participantId", a.status, a.note,
  a.boycott_id AS "boycottId", a.recorded_by_user_id AS "recordedByUserId", a.by_own_delegate AS "byOwnDelegate",
  a.recorded_at AS "recordedAt"`;

/** A row Concord writes when it freezes a derived attendance (BOYCOTT or SUSPENDED). */
export interface SystemAttendance {
  participantId: string;
  status: AttendanceStatus;
  boycottId: string | null;
}

@Injectable()
export class AttendanceRepository {
  /** The recorded attendance of several meetings. */
  ofMeetings(sql: Sql, meetingIds: readonly string[]): Promise<AttendanceRecordRow[]> {
    return sql.query<AttendanceRecordRow>(`SELECT ${COLUMNS} FROM attendance_record a WHERE a.meeting_id = ANY($1)`, [
      meetingIds.filter(isUuid),
    ]);
  }

  /** A participant's current record at a meeting, locked FOR UPDATE, or null. */
  async lockOne(tx: Tx, meetingId: string, participantId: string): Promise<AttendanceRecordRow | null> {
    const rows = await tx.query<AttendanceRecordRow>(
      `SELECT ${COLUMNS} FROM attendance_record a WHERE a.meeting_id = $1 AND a.participant_id = $2 FOR UPDATE`,
      [meetingId, participantId],
    );
    return rows[0] ?? null;
  }

  /** Records (or replaces) a participant's attendance as a user gave it. */
  async record(
    tx: Tx,
    r: {
      meetingId: string;
      participantId: string;
      status: AttendanceStatus;
      note: string | null;
      userId: string;
      byOwnDelegate: boolean;
    },
  ): Promise<AttendanceRecordRow> {
    const [row] = await tx.query<AttendanceRecordRow>(
      `INSERT INTO attendance_record AS a (meeting_id, participant_id, status, note, boycott_id, recorded_by_user_id, by_own_delegate, recorded_at)
       VALUES ($1, $2, $3, $4, NULL, $5, $6, clock_timestamp())
       ON CONFLICT (meeting_id, participant_id) DO UPDATE
         SET status = EXCLUDED.status, note = EXCLUDED.note, boycott_id = NULL, recorded_by_user_id = EXCLUDED.recorded_by_user_id,
             by_own_delegate = EXCLUDED.by_own_delegate, recorded_at = EXCLUDED.recorded_at
       RETURNING ${COLUMNS}`,
      [r.meetingId, r.participantId, r.status, r.note, r.userId, r.byOwnDelegate],
    );
    return row;
  }

  /**
   * Freezes a derived attendance: drops the rows of participants it no longer shows, and writes the
   * rows Concord sets (SUSPENDED, BOYCOTT with its boycott linked, no user), keeping recorded ones.
   */
  async freeze(tx: Tx, meetingId: string, kept: readonly string[], system: readonly SystemAttendance[]): Promise<void> {
    await tx.query(`DELETE FROM attendance_record WHERE meeting_id = $1 AND NOT (participant_id = ANY($2))`, [
      meetingId,
      [...kept],
    ]);
    if (system.length === 0) return;
    await tx.query(
      `INSERT INTO attendance_record (meeting_id, participant_id, status, boycott_id, note, recorded_by_user_id, by_own_delegate, recorded_at)
       SELECT $1, x.participant_id, x.status, x.boycott_id, NULL, NULL, false, now()
         FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS x(participant_id, status, boycott_id)
       ON CONFLICT (meeting_id, participant_id) DO UPDATE
         SET status = EXCLUDED.status, boycott_id = EXCLUDED.boycott_id, note = NULL, recorded_by_user_id = NULL,
             by_own_delegate = false, recorded_at = EXCLUDED.recorded_at`,
      [meetingId, system.map((v) => v.participantId), system.map((v) => v.status), system.map((v) => v.boycottId)],
    );
  }
}
