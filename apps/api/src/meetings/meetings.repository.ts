// Every SQL statement on the meeting table: reading, listing and locking meetings, scheduling one and
// moving it through its lifecycle. Reads take a required `Sql` (the Database, or a Tx for a read
// inside a transaction), writes a required `Tx`, so no call can leave its transaction unnoticed.
import { Injectable } from '@nestjs/common';
import type { MeetingStatus } from '#consensus';
import type { Sql, Tx } from '../platform/database/database.js';
import { NotFound, isUuid } from '../platform/errors.js';
import type { MeetingKind } from '../platform/graphql/enums.js';

/** A meeting row (the meeting table's columns). */
export interface MeetingRow {
  id: string;
  bodyId: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  cancellationReason: string | null;
  /** The iCalendar SEQUENCE: bumped on each reschedule and on cancellation. */
  sequence: number;
  openedAt: Date | null;
  adjournedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `m.id, m.body_id AS "bodyId", m.title, m.kind, m.status, m.starts_at AS "startsAt", m.ends_at AS "endsAt",
  m.location, m.cancellation_reason AS "cancellationReason", m.sequence, m.opened_at AS "openedAt",
  m.adjourned_at AS "adjournedAt", m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

/** A page key: meetings come in order of (startsAt, id). */
export type MeetingKey = [startsAt: string, id: string];

export interface NewMeeting {
  bodyId: string;
  title: string;
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
}

@Injectable()
export class MeetingsRepository {
  async byIds(sql: Sql, ids: readonly string[]): Promise<MeetingRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return sql.query<MeetingRow>(`SELECT ${COLUMNS} FROM meeting m WHERE m.id = ANY($1)`, [valid]);
  }

  async find(sql: Sql, id: string): Promise<MeetingRow | null> {
    return (await this.byIds(sql, [id]))[0] ?? null;
  }

  /**
   * The meeting, locked FOR UPDATE for the rest of the transaction (so opening, which freezes the
   * attendance, and recording attendance or changing the agenda never interleave); NOT_FOUND else.
   */
  async lock(tx: Tx, id: string): Promise<MeetingRow> {
    const rows = isUuid(id)
      ? await tx.query<MeetingRow>(`SELECT ${COLUMNS} FROM meeting m WHERE m.id = $1 FOR UPDATE`, [id])
      : [];
    if (rows.length === 0) throw new NotFound('meeting', id);
    return rows[0];
  }

  /**
   * The meeting held FOR SHARE for the rest of the transaction: it cannot change status (adjourn)
   * before this transaction commits; null when there is no such meeting.
   */
  async share(tx: Tx, id: string): Promise<MeetingRow | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query<MeetingRow>(`SELECT ${COLUMNS} FROM meeting m WHERE m.id = $1 FOR SHARE`, [id]);
    return rows[0] ?? null;
  }

  /** Up to `limit` meetings in order of (startsAt, id), optionally of one body, in [from, to), after a key. */
  list(
    sql: Sql,
    args: { bodyId: string | null; from: Date | null; to: Date | null; after: MeetingKey | null; limit: number },
  ): Promise<MeetingRow[]> {
    return sql.query<MeetingRow>(
      `SELECT ${COLUMNS} FROM meeting m
        WHERE ($1::uuid IS NULL OR m.body_id = $1)
          AND ($2::timestamptz IS NULL OR m.starts_at >= $2)
          AND ($3::timestamptz IS NULL OR m.starts_at < $3)
          AND ($4::timestamptz IS NULL OR (m.starts_at, m.id) > ($4::timestamptz, $5::uuid))
        ORDER BY m.starts_at, m.id LIMIT $6`,
      [args.bodyId, args.from, args.to, args.after?.[0] ?? null, args.after?.[1] ?? null, args.limit],
    );
  }

  /** The first `limit` meetings of each body after a key, in order of (startsAt, id), in one statement. */
  ofBodies(sql: Sql, bodyIds: readonly string[], after: MeetingKey | null, limit: number): Promise<MeetingRow[]> {
    return sql.query<MeetingRow>(
      `SELECT * FROM (
         SELECT ${COLUMNS}, row_number() OVER (PARTITION BY m.body_id ORDER BY m.starts_at, m.id) AS rank
           FROM meeting m
          WHERE m.body_id = ANY($1)
            AND ($2::timestamptz IS NULL OR (m.starts_at, m.id) > ($2::timestamptz, $3::uuid))
       ) x WHERE x.rank <= $4 ORDER BY x."startsAt", x.id`,
      [bodyIds.filter(isUuid), after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /** Every meeting of a body, in order of start (the calendar feed). */
  allOfBody(sql: Sql, bodyId: string): Promise<MeetingRow[]> {
    return sql.query<MeetingRow>(`SELECT ${COLUMNS} FROM meeting m WHERE m.body_id = $1 ORDER BY m.starts_at, m.id`, [
      bodyId,
    ]);
  }

  /**
   * SCHEDULED meetings of some bodies that a boycott period may cover: one meeting, or those whose
   * start lies within a day either side of [startsOn, endsOn] (time zones); the rule decides.
   */
  scheduledCandidates(
    sql: Sql,
    args: { meetingId: string | null; bodyIds: readonly string[]; startsOn: string; endsOn: string | null },
  ): Promise<MeetingRow[]> {
    return sql.query<MeetingRow>(
      `SELECT ${COLUMNS} FROM meeting m
        WHERE m.status = 'SCHEDULED' AND m.body_id = ANY($2)
          AND ($1::uuid IS NULL OR m.id = $1)
          AND ($1::uuid IS NOT NULL OR (m.starts_at >= $3::date - 1 AND ($4::date IS NULL OR m.starts_at < $4::date + 2)))
        ORDER BY m.starts_at, m.id`,
      [args.meetingId, [...args.bodyIds], args.startsOn, args.endsOn],
    );
  }

  async insert(tx: Tx, m: NewMeeting): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO meeting (body_id, title, kind, status, starts_at, ends_at, location)
       VALUES ($1, $2, $3, 'SCHEDULED', $4, $5, $6) RETURNING id`,
      [m.bodyId, m.title, m.kind, m.startsAt, m.endsAt, m.location],
    );
    return row.id;
  }

  async reschedule(tx: Tx, id: string, startsAt: Date, endsAt: Date): Promise<void> {
    await tx.query(
      `UPDATE meeting SET starts_at = $2, ends_at = $3, sequence = sequence + 1, updated_at = now() WHERE id = $1`,
      [id, startsAt, endsAt],
    );
  }

  async cancel(tx: Tx, id: string, reason: string): Promise<void> {
    await tx.query(
      `UPDATE meeting SET status = 'CANCELLED', cancellation_reason = $2, sequence = sequence + 1, updated_at = now() WHERE id = $1`,
      [id, reason],
    );
  }

  async open(tx: Tx, id: string): Promise<void> {
    await tx.query(`UPDATE meeting SET status = 'IN_SESSION', opened_at = now(), updated_at = now() WHERE id = $1`, [
      id,
    ]);
  }

  async adjourn(tx: Tx, id: string): Promise<void> {
    await tx.query(`UPDATE meeting SET status = 'ADJOURNED', adjourned_at = now(), updated_at = now() WHERE id = $1`, [
      id,
    ]);
  }

  /** The meeting changed (its agenda): calendar feeds and caches see a new updatedAt. */
  async touch(tx: Tx, id: string): Promise<void> {
    await tx.query(`UPDATE meeting SET updated_at = now() WHERE id = $1`, [id]);
  }
}
