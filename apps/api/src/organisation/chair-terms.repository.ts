// Every SQL statement on the `chair_term` table: who chairs (or vice-chairs) a body, for which days
// (both ends included; no end: open-ended). Reads take a required `sql`, writes a required `tx`.
// Dates are read as 'YYYY-MM-DD' text, never as instants shifted by a time zone.
import { Injectable } from '@nestjs/common';
import type { ChairRole, ChairTermFact } from '#consensus';
import type { Sql, Tx } from '../platform/database/database.js';
import { isUuid } from '../platform/errors.js';

/** A chair term as stored: the pure rules' ChairTermFact plus its id, body and creation time. */
export interface ChairTermRow extends ChairTermFact {
  id: string;
  bodyId: string;
  createdAt: Date;
}

const TERM_COLUMNS = `t.id, t.body_id AS "bodyId", t.participant_id AS "participantId", t.role,
  t.starts_on::text AS "startsOn", t.ends_on::text AS "endsOn", t.created_at AS "createdAt"`;

@Injectable()
export class ChairTermsRepository {
  /** The terms of the bodies, by first day then role (CHAIR before VICE_CHAIR). */
  async ofBodies(sql: Sql, bodyIds: readonly string[]): Promise<ChairTermRow[]> {
    const valid = [...new Set(bodyIds.filter(isUuid))];
    if (valid.length === 0) return [];
    return sql.query(
      `SELECT ${TERM_COLUMNS} FROM chair_term t WHERE t.body_id = ANY($1::uuid[]) ORDER BY t.starts_on, t.role`,
      [valid],
    );
  }

  async byIds(sql: Sql, ids: readonly string[]): Promise<ChairTermRow[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    return sql.query(`SELECT ${TERM_COLUMNS} FROM chair_term t WHERE t.id = ANY($1::uuid[])`, [valid]);
  }

  /** The bodies on which the participant holds, held or will hold a CHAIR or VICE_CHAIR term. */
  async bodyIdsChairedBy(sql: Sql, participantId: string): Promise<string[]> {
    if (!isUuid(participantId)) return [];
    const rows = await sql.query<{ bodyId: string }>(
      `SELECT DISTINCT body_id AS "bodyId" FROM chair_term WHERE participant_id = $1`,
      [participantId],
    );
    return rows.map((r) => r.bodyId);
  }

  /** The term, its row locked for the rest of the transaction (FOR UPDATE). */
  async lock(tx: Tx, id: string): Promise<ChairTermRow | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.query<ChairTermRow>(`SELECT ${TERM_COLUMNS} FROM chair_term t WHERE t.id = $1 FOR UPDATE`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Inserts a term; an overlap with another term of its role fails with the exclusion violation. */
  async insert(
    tx: Tx,
    t: { bodyId: string; participantId: string; role: ChairRole; startsOn: string; endsOn: string | null },
  ): Promise<ChairTermRow> {
    const rows = await tx.query<ChairTermRow>(
      `INSERT INTO chair_term AS t (body_id, participant_id, role, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${TERM_COLUMNS}`,
      [t.bodyId, t.participantId, t.role, t.startsOn, t.endsOn],
    );
    return rows[0];
  }

  /** Sets the last day; an overlap fails with the exclusion violation. */
  async setEnd(tx: Tx, id: string, endsOn: string): Promise<ChairTermRow> {
    const rows = await tx.query<ChairTermRow>(
      `UPDATE chair_term AS t SET ends_on = $2 WHERE t.id = $1 RETURNING ${TERM_COLUMNS}`,
      [id, endsOn],
    );
    return rows[0];
  }
}
