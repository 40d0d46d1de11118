// Reading the audit log: SECRETARIAT and ADMIN only, newest first (by the entry's identity, which is
// its order of arrival), filtered by entity and entity id, Relay pagination.
import { Injectable } from '@nestjs/common';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { connectionFrom, decodeCursor, encodeCursor, pageSize } from '../platform/graphql/pagination.js';
import { AuditEntryModel, type AuditEntryConnection } from './audit-log.models.js';

export interface AuditLogFilter {
  entity?: string | null;
  entityId?: string | null;
  first?: number | null;
  after?: string | null;
}

interface AuditRow {
  id: string;
  at: Date;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  details: unknown;
}

@Injectable()
export class AuditLogService {
  constructor(
    private readonly access: AccessService,
    private readonly tx: TransactionService,
  ) {}

  async log(actor: CurrentUser | null, filter: AuditLogFilter): Promise<AuditEntryConnection> {
    this.access.requireSecretariat(actor);
    const first = pageSize(filter.first);
    const cursor = decodeCursor(filter.after, 1);
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (filter.entity != null) where.push(`entity = ${param(filter.entity)}`);
    if (filter.entityId != null) where.push(`entity_id = ${param(filter.entityId)}`);
    if (cursor) {
      const [id] = cursor;
      if (typeof id !== 'string' || !/^[0-9]{1,18}$/.test(id))
        return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
      where.push(`id < ${param(id)}::bigint`);
    }
    // ORDER BY names the table's bigint column: a bare `id` would be the text output column, and
    // "9" sorts after "53" as text.
    const rows: AuditRow[] = await this.tx.dataSource.query(
      `SELECT id::text AS id, at, actor_user_id AS "actorUserId", action, entity, entity_id AS "entityId", details
         FROM audit_entry ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY audit_entry.id DESC LIMIT ${first + 1}`,
      params,
    );
    const models = rows.map((r) => {
      const m = new AuditEntryModel();
      m.id = r.id;
      m.at = r.at;
      m.actorUserId = r.actorUserId;
      m.action = r.action;
      m.entity = r.entity;
      m.entityId = r.entityId;
      m.details = JSON.stringify(r.details);
      return m;
    });
    return connectionFrom(models, first, (m) => encodeCursor([m.id]));
  }
}
