// Every SQL statement on the `body` and `body_membership` tables (bodies and their seats). Reads take
// a required `sql` (the Database, or a Tx), writes a required `tx`.
import { Injectable } from '@nestjs/common';
import type { ParticipantKind, ParticipantStatus } from '#consensus';
import type { Sql, Tx } from '../platform/database/database.js';
import { isUuid } from '../platform/errors.js';

export type BodyKindValue = 'PLENARY' | 'COMMITTEE' | 'WORKING_GROUP';

/** A body of the organisation: the plenary, a committee or a working group. */
export interface BodyRow {
  id: string;
  name: string;
  code: string;
  kind: BodyKindValue;
  quorum: number | null;
  createdAt: Date;
}

/**
 * A participant's seat on a body, with the participant: a member when the participant is of kind
 * PARTICIPANT, an observer when it is an OBSERVER (the seat itself does not say which).
 */
export interface SeatRow {
  bodyId: string;
  participantId: string;
  code: string;
  name: string;
  kind: ParticipantKind;
  status: ParticipantStatus;
  /** When the participant was created. */
  createdAt: Date;
  /** When the participant took its seat. */
  addedAt: Date;
}

const BODY_COLUMNS = `b.id, b.name, b.code, b.kind, b.quorum, b.created_at AS "createdAt"`;
const SEAT_COLUMNS = `m.body_id AS "bodyId", p.id AS "participantId", p.code, p.name, p.kind, p.status,
  p.created_at AS "createdAt", m.added_at AS "addedAt"`;

@Injectable()
export class BodiesRepository {
  /** Every body, by name. */
  all(sql: Sql): Promise<BodyRow[]> {
    return sql.query(`SELECT ${BODY_COLUMNS} FROM body b ORDER BY b.name`);
  }

  async byIds(sql: Sql, ids: readonly string[]): Promise<BodyRow[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    return sql.query(`SELECT ${BODY_COLUMNS} FROM body b WHERE b.id = ANY($1::uuid[])`, [valid]);
  }

  async byId(sql: Sql, id: string): Promise<BodyRow | null> {
    if (!isUuid(id)) return null;
    const rows = await sql.query<BodyRow>(`SELECT ${BODY_COLUMNS} FROM body b WHERE b.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Inserts a body; a taken code fails with PostgreSQL's unique violation. */
  async insert(
    tx: Tx,
    b: { name: string; code: string; kind: BodyKindValue; quorum: number | null },
  ): Promise<BodyRow> {
    const rows = await tx.query<BodyRow>(
      `INSERT INTO body AS b (name, code, kind, quorum) VALUES ($1, $2, $3, $4) RETURNING ${BODY_COLUMNS}`,
      [b.name, b.code, b.kind, b.quorum],
    );
    return rows[0];
  }

  // ------------------------------------------------------------------ seats

  /** The seats (members and observers) of the bodies, with their participants, by participant code. */
  async seatsOfBodies(sql: Sql, bodyIds: readonly string[]): Promise<SeatRow[]> {
    const valid = [...new Set(bodyIds.filter(isUuid))];
    if (valid.length === 0) return [];
    return sql.query(
      `SELECT ${SEAT_COLUMNS} FROM body_membership m JOIN participant p ON p.id = m.participant_id
        WHERE m.body_id = ANY($1::uuid[]) ORDER BY p.code`,
      [valid],
    );
  }

  /** The participant and its seat on the body: null when the participant does not exist. */
  async participantWithSeat(
    sql: Sql,
    bodyId: string,
    participantId: string,
  ): Promise<{ seat: SeatRow | null; participant: Omit<SeatRow, 'bodyId' | 'addedAt'> } | null> {
    if (!isUuid(participantId)) return null;
    const rows = await sql.query<Omit<SeatRow, 'bodyId' | 'addedAt'> & { bodyId: string | null; addedAt: Date | null }>(
      `SELECT ${SEAT_COLUMNS} FROM participant p
         LEFT JOIN body_membership m ON m.participant_id = p.id AND m.body_id = $2
        WHERE p.id = $1`,
      [participantId, isUuid(bodyId) ? bodyId : null],
    );
    if (rows.length === 0) return null;
    const { bodyId: seatBody, addedAt, ...participant } = rows[0];
    return { participant, seat: seatBody === null ? null : { ...participant, bodyId: seatBody, addedAt: addedAt! } };
  }

  /** The bodies the participant sits on (as a member or an observer). */
  async bodyIdsOfParticipant(sql: Sql, participantId: string): Promise<string[]> {
    if (!isUuid(participantId)) return [];
    const rows = await sql.query<{ bodyId: string }>(
      `SELECT body_id AS "bodyId" FROM body_membership WHERE participant_id = $1`,
      [participantId],
    );
    return rows.map((r) => r.bodyId);
  }

  /** Seats participants on a body; a seat already taken fails with PostgreSQL's unique violation. */
  async insertSeats(tx: Tx, bodyId: string, participantIds: readonly string[]): Promise<void> {
    if (participantIds.length === 0) return;
    await tx.query(`INSERT INTO body_membership (body_id, participant_id) SELECT $1, unnest($2::uuid[])`, [
      bodyId,
      participantIds,
    ]);
  }

  /** Unseats a participant; false when it had no seat there. */
  async deleteSeat(tx: Tx, bodyId: string, participantId: string): Promise<boolean> {
    const rows = await tx.query(
      `DELETE FROM body_membership WHERE body_id = $1 AND participant_id = $2 RETURNING participant_id`,
      [bodyId, participantId],
    );
    return rows.length > 0;
  }
}
