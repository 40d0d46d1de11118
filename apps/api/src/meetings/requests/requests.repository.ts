// Every SQL statement on meeting_request: the queue of requests, asking, and answering once.
import { Injectable } from '@nestjs/common';
import type { Sql, Tx } from '../../platform/database/database.js';
import { isUuid } from '../../platform/errors.js';
import type { MeetingRequestStatus } from '../../platform/graphql/enums.js';

/** A participant's request that a body meet; answered once (ACCEPTED with its meeting, or DECLINED). */
export interface MeetingRequestRow {
  id: string;
  bodyId: string;
  requestedByParticipantId: string;
  requestedByUserId: string;
  subject: string;
  justification: string;
  status: MeetingRequestStatus;
  response: string | null;
  respondedByUserId: string | null;
  respondedAt: Date | null;
  /** The meeting convened in answer, when accepted. */
  meetingId: string | null;
  createdAt: Date;
}

const COLUMNS = `r.id, r.body_id AS "bodyId", r.requested_by_participant_id AS "requestedByParticipantId",
  r.requested_by_user_id AS "requestedByUserId", r.subject, r.justification, r.status, r.response,
  r.responded_by_user_id AS "respondedByUserId", r.responded_at AS "respondedAt", r.meeting_id AS "meetingId",
  r.created_at AS "createdAt"`;

@Injectable()
export class RequestsRepository {
  /** Requests, oldest first (a queue to answer), optionally of one status. */
  list(sql: Sql, status: MeetingRequestStatus | null): Promise<MeetingRequestRow[]> {
    return sql.query<MeetingRequestRow>(
      `SELECT ${COLUMNS} FROM meeting_request r WHERE ($1::text IS NULL OR r.status = $1) ORDER BY r.created_at, r.id`,
      [status],
    );
  }

  async insert(
    tx: Tx,
    r: { bodyId: string; participantId: string; userId: string; subject: string; justification: string },
  ): Promise<MeetingRequestRow> {
    const [row] = await tx.query<MeetingRequestRow>(
      `INSERT INTO meeting_request AS r (body_id, requested_by_participant_id, requested_by_user_id, subject, justification, status)
       VALUES ($1, $2, $3, $4, $5, 'PENDING') RETURNING ${COLUMNS}`,
      [r.bodyId, r.participantId, r.userId, r.subject, r.justification],
    );
    return row;
  }

  /** The request locked FOR UPDATE (two answers given at once queue here), or null. */
  async lock(tx: Tx, id: string): Promise<MeetingRequestRow | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query<MeetingRequestRow>(
      `SELECT ${COLUMNS} FROM meeting_request r WHERE r.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async answer(
    tx: Tx,
    a: { id: string; status: MeetingRequestStatus; response: string; userId: string; meetingId: string | null },
  ): Promise<MeetingRequestRow> {
    const [row] = await tx.query<MeetingRequestRow>(
      `UPDATE meeting_request r SET status = $2, response = $3, responded_by_user_id = $4, responded_at = now(), meeting_id = $5
        WHERE r.id = $1 RETURNING ${COLUMNS}`,
      [a.id, a.status, a.response, a.userId, a.meetingId],
    );
    return row;
  }
}
