// Every SQL statement on the `participant` table. Reads take a required `sql` (the Database, or a
// Tx for a read inside a transaction), writes a required `tx`: a call can never leave its transaction.
import { Injectable } from '@nestjs/common';
import type { ParticipantKind, ParticipantStatus } from '#consensus';
import type { Sql, Tx } from '../platform/database/database.js';
import { isUuid } from '../platform/errors.js';

/** A participant of the organisation: a state or regional organisation (PARTICIPANT) or an observer. */
export interface ParticipantRow {
  id: string;
  code: string;
  name: string;
  kind: ParticipantKind;
  status: ParticipantStatus;
  createdAt: Date;
}

export const PARTICIPANT_COLUMNS = `p.id, p.code, p.name, p.kind, p.status, p.created_at AS "createdAt"`;

@Injectable()
export class ParticipantsRepository {
  /** Every participant (of one kind, when given), by code. */
  all(sql: Sql, kind: ParticipantKind | null = null): Promise<ParticipantRow[]> {
    return sql.query(
      `SELECT ${PARTICIPANT_COLUMNS} FROM participant p WHERE $1::text IS NULL OR p.kind = $1 ORDER BY p.code`,
      [kind],
    );
  }

  /** The participants among `ids` that exist (ids that are not UUIDs name nothing), in no order. */
  async byIds(sql: Sql, ids: readonly string[]): Promise<ParticipantRow[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    return sql.query(`SELECT ${PARTICIPANT_COLUMNS} FROM participant p WHERE p.id = ANY($1::uuid[])`, [valid]);
  }

  async byId(sql: Sql, id: string): Promise<ParticipantRow | null> {
    if (!isUuid(id)) return null;
    const rows = await sql.query<ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM participant p WHERE p.id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  /** The participant, its row locked for the rest of the transaction (FOR UPDATE). */
  async lock(tx: Tx, id: string): Promise<ParticipantRow | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query<ParticipantRow>(
      `SELECT ${PARTICIPANT_COLUMNS} FROM participant p WHERE p.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Inserts an ACTIVE participant; a taken code fails with PostgreSQL's unique violation. */
  async insert(tx: Tx, p: { code: string; name: string; kind: ParticipantKind }): Promise<ParticipantRow> {
    const rows = await tx.query<ParticipantRow>(
      `INSERT INTO participant AS p (code, name, kind, status) VALUES ($1, $2, $3, 'ACTIVE')
       RETURNING ${PARTICIPANT_COLUMNS}`,
      [p.code, p.name, p.kind],
    );
    return rows[0];
  }

  async setStatus(tx: Tx, id: string, status: ParticipantStatus): Promise<ParticipantRow> {
    const rows = await tx.query<ParticipantRow>(
      `UPDATE participant AS p SET status = $2 WHERE p.id = $1 RETURNING ${PARTICIPANT_COLUMNS}`,
      [id, status],
    );
    return rows[0];
  }
}
