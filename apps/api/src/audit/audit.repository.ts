// Every SQL statement on the `audit_entry` table (append-only: the database refuses UPDATE, DELETE
// and TRUNCATE). Appends take the mutation's own `tx`, so an entry exists exactly when its
// mutation committed; reads take a required `sql`.
import { Injectable } from '@nestjs/common';
import type { Sql, Tx } from '../platform/database/database.js';

/** One entry as stored; `id` is the bigint identity as text (its order of arrival). */
export interface AuditRow {
  id: string;
  at: Date;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  details: unknown;
}

export interface AuditPageQuery {
  entity: string | null;
  entityId: string | null;
  /** Entries older than this id (the cursor), or from the newest. */
  beforeId: string | null;
  limit: number;
}

const INSERT_SQL =
  'INSERT INTO audit_entry (actor_user_id, action, entity, entity_id, details) VALUES ($1, $2, $3, $4, $5)';

@Injectable()
export class AuditRepository {
  async append(
    tx: Tx,
    e: { actorUserId: string | null; action: string; entity: string; entityId: string; details: unknown },
  ): Promise<void> {
    await tx.query(INSERT_SQL, [e.actorUserId, e.action, e.entity, e.entityId, JSON.stringify(e.details)]);
  }

  /** Newest first, filtered by entity and entity id when given. */
  page(sql: Sql, q: AuditPageQuery): Promise<AuditRow[]> {
    // ORDER BY names the table's bigint column: a bare `id` would be the text output column, and
    // "9" sorts after "53" as text.
    return sql.query(
      `SELECT id::text AS id, at, actor_user_id AS "actorUserId", action, entity, entity_id AS "entityId", details
         FROM audit_entry
        WHERE ($1::text IS NULL OR entity = $1)
          AND ($2::text IS NULL OR entity_id = $2)
          AND ($3::bigint IS NULL OR audit_entry.id < $3::bigint)
        ORDER BY audit_entry.id DESC LIMIT $4`,
      [q.entity, q.entityId, q.beforeId, q.limit],
    );
  }
}
