// Appends the one audit entry of a successful mutation, inside that mutation's own transaction, so a
// rolled-back mutation leaves no entry and a committed one always has its entry.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CurrentUser } from '../platform/auth/current-user.js';

export interface AuditFact {
  actor: CurrentUser | null;
  /** The mutation's name, e.g. "recordPosition". */
  action: string;
  entity: string;
  entityId: string;
  details: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  async append(em: EntityManager, fact: AuditFact): Promise<void> {
    await em.query(
      'INSERT INTO audit_entry (actor_user_id, action, entity, entity_id, details) VALUES ($1, $2, $3, $4, $5)',
      [fact.actor?.id ?? null, fact.action, fact.entity, fact.entityId, JSON.stringify(fact.details)],
    );
  }
}
