// Use cases on participants: read them, create one, suspend or reinstate one. Each mutation is one
// transaction that checks who acts first, writes, and appends its one audit entry.
import { Injectable } from '@nestjs/common';
import type { ParticipantKind, ParticipantStatus } from '#consensus';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database } from '../platform/database/database.js';
import { NotFound } from '../platform/errors.js';
import { AccessPolicy } from './access.policy.js';
import { conflictOnDuplicate } from './conflict-on-duplicate.js';
import type { CreateParticipantInput } from './inputs/organisation.inputs.js';
import { ParticipantsRepository, type ParticipantRow } from './participants.repository.js';

@Injectable()
export class ParticipantsService {
  constructor(
    private readonly database: Database,
    private readonly participants: ParticipantsRepository,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  list(kind: ParticipantKind | null = null): Promise<ParticipantRow[]> {
    return this.participants.all(this.database, kind);
  }

  get(id: string): Promise<ParticipantRow | null> {
    return this.participants.byId(this.database, id);
  }

  async create(actor: CurrentUser | null, input: CreateParticipantInput): Promise<ParticipantRow> {
    const user = this.access.requireSecretariat(actor);
    return this.database.transaction(async (tx) => {
      const saved = await conflictOnDuplicate(
        () => this.participants.insert(tx, { code: input.code, name: input.name.trim(), kind: input.kind }),
        `A participant with code ${input.code} already exists.`,
      );
      await this.audit.append(tx, {
        actor: user,
        action: 'createParticipant',
        entity: 'Participant',
        entityId: saved.id,
        details: { code: saved.code, name: saved.name, kind: saved.kind },
      });
      return saved;
    });
  }

  /** Suspends or reinstates a participant; the row is locked so two changes never cross. */
  async setStatus(
    actor: CurrentUser | null,
    participantId: string,
    status: ParticipantStatus,
  ): Promise<ParticipantRow> {
    const user = this.access.requireSecretariat(actor);
    return this.database.transaction(async (tx) => {
      const p = await this.participants.lock(tx, participantId);
      if (!p) throw new NotFound('participant', participantId);
      const saved = await this.participants.setStatus(tx, p.id, status);
      await this.audit.append(tx, {
        actor: user,
        action: 'setParticipantStatus',
        entity: 'Participant',
        entityId: p.id,
        details: { code: p.code, from: p.status, to: status },
      });
      return saved;
    });
  }
}
