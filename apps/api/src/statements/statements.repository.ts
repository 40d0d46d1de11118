// Every SQL statement on the statement table: submitting one, the statements on meetings, and the
// statements on proposals and boycotts as a decision record freezes them. Statements are never
// edited: a later statement is a new row, so a record that froze the earlier ones stays true.
import { Injectable } from '@nestjs/common';
import type { Sql, Tx } from '../platform/database/database.js';
import { isUuid } from '../platform/errors.js';

/** A statement row: exactly one of meetingId, proposalId, boycottId is set (the table checks it). */
export interface StatementRow {
  id: string;
  participantId: string;
  title: string;
  body: string;
  meetingId: string | null;
  proposalId: string | null;
  boycottId: string | null;
  submittedByUserId: string;
  submittedAt: Date;
}

const COLUMNS = `s.id, s.participant_id AS "participantId", s.title, s.body, s.meeting_id AS "meetingId",
  s.proposal_id AS "proposalId", s.boycott_id AS "boycottId", s.submitted_by_user_id AS "submittedByUserId",
  s.submitted_at AS "submittedAt"`;

export type NewStatement = Omit<StatementRow, 'id' | 'submittedAt'>;

@Injectable()
export class StatementsRepository {
  async insert(tx: Tx, s: NewStatement): Promise<StatementRow> {
    const [row] = await tx.query<StatementRow>(
      `INSERT INTO statement AS s (participant_id, title, body, meeting_id, proposal_id, boycott_id, submitted_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [s.participantId, s.title, s.body, s.meetingId, s.proposalId, s.boycottId, s.submittedByUserId],
    );
    return row;
  }

  /** Statements on each of these meetings, oldest first. */
  onMeetings(sql: Sql, meetingIds: readonly string[]): Promise<StatementRow[]> {
    return sql.query<StatementRow>(
      `SELECT ${COLUMNS} FROM statement s WHERE s.meeting_id = ANY($1) ORDER BY s.submitted_at, s.id`,
      [meetingIds.filter(isUuid)],
    );
  }

  /** Statements on any of these proposals or boycotts, oldest first. */
  onProposalsOrBoycotts(
    sql: Sql,
    proposalIds: readonly string[],
    boycottIds: readonly string[],
  ): Promise<StatementRow[]> {
    return sql.query<StatementRow>(
      `SELECT ${COLUMNS} FROM statement s
        WHERE s.proposal_id = ANY($1::uuid[]) OR s.boycott_id = ANY($2::uuid[])
        ORDER BY s.submitted_at, s.id`,
      [proposalIds.filter(isUuid), boycottIds.filter(isUuid)],
    );
  }
}
