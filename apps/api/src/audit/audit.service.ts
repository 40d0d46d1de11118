// Appends the one audit entry of a successful mutation, inside that mutation's own transaction, so a
// rolled-back mutation leaves no entry and a committed one always has its entry.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database, type Tx } from '../platform/database/database.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditFact {
  /** Null for what Concord did itself (a written procedure closed at its deadline). */
  actor: CurrentUser | null;
  /** The mutation's name, e.g. "recordPosition". */
  action: string;
  entity: string;
  entityId: string;
  details: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly database: Database,
    private readonly entries: AuditRepository,
  ) {}

  /**
   * Appends the entry in the mutation's transaction. Pass its Tx; the EntityManager form is
   * transitional (the EntityManager of a Database.transaction), for areas not yet converted.
   */
  async append(tx: Tx | EntityManager, fact: AuditFact): Promise<void> {
    const inTx = 'inTransaction' in tx ? tx : this.database.txOf(tx);
    await this.entries.append(inTx, {
      actorUserId: fact.actor?.id ?? null,
      action: fact.action,
      entity: fact.entity,
      entityId: fact.entityId,
      details: fact.details,
    });
  }
}
