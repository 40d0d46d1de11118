// Reading the audit log: SECRETARIAT and ADMIN only, newest first (by the entry's identity, which is
// its order of arrival), filtered by entity and entity id, Relay pagination.
import { Injectable } from '@nestjs/common';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { requireSecretariat } from '../platform/auth/roles.js';
import { Database } from '../platform/database/database.js';
import { connectionFrom, decodeCursor, encodeCursor, pageSize } from '../platform/graphql/pagination.js';
import { AuditEntryModel, type AuditEntryConnection } from './audit-log.models.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditLogFilter {
  entity?: string | null;
  entityId?: string | null;
  first?: number | null;
  after?: string | null;
}

const EMPTY: AuditEntryConnection = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

@Injectable()
export class AuditLogService {
  constructor(
    private readonly database: Database,
    private readonly entries: AuditRepository,
  ) {}

  async log(actor: CurrentUser | null, filter: AuditLogFilter): Promise<AuditEntryConnection> {
    requireSecretariat(actor);
    const first = pageSize(filter.first);
    const cursor = decodeCursor(filter.after, 1);
    let beforeId: string | null = null;
    if (cursor) {
      const [id] = cursor;
      // A well-formed cursor we never issued names no entry: an empty page, not an error.
      if (typeof id !== 'string' || !/^[0-9]{1,18}$/.test(id)) return EMPTY;
      beforeId = id;
    }
    const rows = await this.entries.page(this.database, {
      entity: filter.entity ?? null,
      entityId: filter.entityId ?? null,
      beforeId,
      limit: first + 1,
    });
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
