// Every SQL statement on the boycott table: reading and listing boycotts, the ones that could cover
// some meetings, declaring, withdrawing, and moving MEETING boycotts with their meeting.
import { Injectable } from '@nestjs/common';
import type { BoycottFact, BoycottScope, MeetingFact } from '#consensus';
import type { Sql, Tx } from '../platform/database/database.js';
import { NotFound, isUuid } from '../platform/errors.js';

/** A boycott row: what the rules read (BoycottFact) and what it says. */
export interface BoycottRow extends BoycottFact {
  statement: string;
  declaredByUserId: string;
}

const FACT_COLUMNS = `b.id, b.participant_id AS "participantId", b.scope, b.meeting_id AS "meetingId", b.body_id AS "bodyId",
  b.chaired_by_participant_id AS "chairedById", b.starts_on::text AS "startsOn", b.ends_on::text AS "endsOn",
  b.declared_at AS "declaredAt", b.withdrawn_at AS "withdrawnAt"`;
const COLUMNS = `${FACT_COLUMNS}, b.statement, b.declared_by_user_id AS "declaredByUserId"`;

export interface NewBoycott {
  participantId: string;
  scope: BoycottScope;
  meetingId: string | null;
  bodyId: string | null;
  chairedById: string | null;
  startsOn: string | null;
  endsOn: string | null;
  statement: string;
  declaredByUserId: string;
}

@Injectable()
export class BoycottsRepository {
  byIds(sql: Sql, ids: readonly string[]): Promise<BoycottRow[]> {
    return sql.query<BoycottRow>(`SELECT ${COLUMNS} FROM boycott b WHERE b.id = ANY($1)`, [ids.filter(isUuid)]);
  }

  /**
   * Boycotts, oldest first, optionally of one participant and in force on a day: the day is in the
   * period and the boycott had not been withdrawn by then (withdrawn on a later day, in the
   * organisation's time zone: it was).
   */
  list(
    sql: Sql,
    args: { participantId: string | null; activeOn: string | null; timeZone: string },
  ): Promise<BoycottRow[]> {
    return sql.query<BoycottRow>(
      `SELECT ${COLUMNS} FROM boycott b
        WHERE ($1::uuid IS NULL OR b.participant_id = $1)
          AND ($2::date IS NULL OR (b.starts_on <= $2 AND (b.ends_on IS NULL OR b.ends_on >= $2)
               AND (b.withdrawn_at IS NULL OR (b.withdrawn_at AT TIME ZONE $3)::date > $2)))
        ORDER BY b.declared_at, b.id`,
      [args.participantId, args.activeOn, args.timeZone],
    );
  }

  /**
   * The boycotts in force (not withdrawn) that could cover any of these meetings: MEETING boycotts of
   * them, BODY boycotts of their bodies, CHAIRED_BY boycotts of their chairs; optionally of some
   * participants only. The rules (boycottCovers) then decide.
   */
  candidates(sql: Sql, facts: readonly MeetingFact[], participantIds?: readonly string[]): Promise<BoycottFact[]> {
    if (facts.length === 0) return Promise.resolve([]);
    const meetingIds = facts.map((f) => f.id);
    const bodyIds = [...new Set(facts.map((f) => f.bodyId))];
    const chairIds = [...new Set(facts.map((f) => f.chairedById).filter((c): c is string => c !== null))];
    return sql.query<BoycottFact>(
      `SELECT ${FACT_COLUMNS} FROM boycott b
        WHERE b.withdrawn_at IS NULL
          AND ($4::uuid[] IS NULL OR b.participant_id = ANY($4))
          AND ((b.scope = 'MEETING' AND b.meeting_id = ANY($1))
            OR (b.scope = 'BODY' AND b.body_id = ANY($2))
            OR (b.scope = 'CHAIRED_BY' AND b.chaired_by_participant_id = ANY($3)))`,
      [meetingIds, bodyIds, chairIds, participantIds ? [...participantIds] : null],
    );
  }

  async insert(tx: Tx, b: NewBoycott): Promise<BoycottRow> {
    const [row] = await tx.query<BoycottRow>(
      `INSERT INTO boycott AS b (participant_id, scope, meeting_id, body_id, chaired_by_participant_id, starts_on, ends_on,
                                 statement, declared_by_user_id, declared_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp()) RETURNING ${COLUMNS}`,
      [
        b.participantId,
        b.scope,
        b.meetingId,
        b.bodyId,
        b.chairedById,
        b.startsOn,
        b.endsOn,
        b.statement,
        b.declaredByUserId,
      ],
    );
    return row;
  }

  /** The boycott, locked FOR UPDATE; NOT_FOUND else. */
  async lock(tx: Tx, id: string): Promise<BoycottRow> {
    const rows = isUuid(id)
      ? await tx.query<BoycottRow>(`SELECT ${COLUMNS} FROM boycott b WHERE b.id = $1 FOR UPDATE`, [id])
      : [];
    if (rows.length === 0) throw new NotFound('boycott', id);
    return rows[0];
  }

  async withdraw(tx: Tx, id: string, userId: string): Promise<BoycottRow> {
    const [row] = await tx.query<BoycottRow>(
      `UPDATE boycott b SET withdrawn_at = clock_timestamp(), withdrawn_by_user_id = $2 WHERE b.id = $1 RETURNING ${COLUMNS}`,
      [id, userId],
    );
    return row;
  }

  /** A MEETING boycott's period is its meeting's date: moves those of a meeting to `day`; their ids. */
  async moveWithMeeting(tx: Tx, meetingId: string, day: string): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `UPDATE boycott SET starts_on = $2, ends_on = $2 WHERE scope = 'MEETING' AND meeting_id = $1 RETURNING id`,
      [meetingId, day],
    );
    return rows.map((r) => r.id);
  }
}
