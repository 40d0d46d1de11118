// Transitional: the access checks under their old names and EntityManager arguments, for the areas
// not yet converted. Every method forwards to the organisation area's AccessPolicy (the one policy)
// or its read model; new code injects AccessPolicy. Delete when nothing imports it.
import { Injectable } from '@nestjs/common';
import type { ChairTermFact } from '#consensus';
import type { CurrentUser } from '../../platform/auth/current-user.js';
import { Database } from '../../platform/database/database.js';
import { AccessPolicy, type BodyRef } from '../access.policy.js';
import { OrganisationReadModel } from '../organisation.read-model.js';
import { sqlOf, type SqlOrEm } from './sql-of.js';

export type { BodyRef };

/** @deprecated inject AccessPolicy (organisation/access.policy.ts). */
@Injectable()
export class AccessService {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly organisation: OrganisationReadModel,
    private readonly database: Database,
  ) {}

  requireUser(actor: CurrentUser | null): CurrentUser {
    return this.policy.requireUser(actor);
  }

  isSecretariat(actor: CurrentUser | null): boolean {
    return this.policy.isSecretariat(actor);
  }

  requireSecretariat(actor: CurrentUser | null): CurrentUser {
    return this.policy.requireSecretariat(actor);
  }

  requireAdmin(actor: CurrentUser | null): CurrentUser {
    return this.policy.requireAdmin(actor);
  }

  isOwnDelegate(actor: CurrentUser | null, participantId: string): boolean {
    return this.policy.isOwnDelegate(actor, participantId);
  }

  /** @deprecated AccessPolicy.requireOwnDelegateOrSecretariat */
  requireOwnParticipantOrSecretariat(
    actor: CurrentUser | null,
    participantId: string,
    participantCode?: string,
  ): CurrentUser {
    return this.policy.requireOwnDelegateOrSecretariat(actor, { id: participantId, code: participantCode });
  }

  /** @deprecated OrganisationReadModel.chairTermsOfBody */
  chairTerms(em: SqlOrEm, bodyId: string): Promise<ChairTermFact[]> {
    return this.organisation.chairTermsOfBody(sqlOf(this.database, em), bodyId);
  }

  dayOf(at: Date): Promise<string> {
    return this.policy.dayOf(at);
  }

  hasChairPowers(em: SqlOrEm, actor: CurrentUser | null, bodyId: string, at: Date): Promise<boolean> {
    return this.policy.hasChairPowers(sqlOf(this.database, em), actor, bodyId, at);
  }

  requireChairPowers(em: SqlOrEm, actor: CurrentUser | null, body: BodyRef, at: Date): Promise<CurrentUser> {
    return this.policy.requireChairPowers(sqlOf(this.database, em), actor, body, at);
  }
}
