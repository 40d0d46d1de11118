// The two reads of proposals that the decisions area answers for other areas' hooks: the OPEN
// proposals on a meeting's agenda (a meeting does not adjourn over them), and a proposal as the
// target of a statement.
import { Injectable } from '@nestjs/common';
import type { Sql, Tx } from '../platform/database/database.js';
import { isUuid } from '../platform/errors.js';

@Injectable()
export class MeetingAndStatementHooksRepository {
  /** References of the OPEN proposals of a meeting, in order. */
  async openReferencesOfMeeting(tx: Tx, meetingId: string): Promise<string[]> {
    const rows = await tx.query<{ reference: string }>(
      `SELECT reference FROM proposal WHERE status = 'OPEN' AND meeting_id = $1 ORDER BY reference`,
      [meetingId],
    );
    return rows.map((r) => r.reference);
  }

  async proposalRef(sql: Sql, id: string): Promise<{ id: string; reference: string } | null> {
    if (!isUuid(id)) return null;
    const [row] = await sql.query<{ id: string; reference: string }>(
      `SELECT id, reference FROM proposal WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }
}
