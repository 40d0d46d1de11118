// The one access policy (docs/rules.md, "Who may act"): every service calls one of these first,
// before any work. The role checks need no table (platform/auth/roles.ts); chair powers need the
// body's chair terms, which this area owns. The decision itself is the pure `hasChairPowers` of
// #consensus (the CHAIR or VICE_CHAIR term in force, by termInForce); this reads its facts.
//
// Exported API (stable; change it only together with its callers):
//   requireUser(actor)                                   CurrentUser, else UNAUTHENTICATED
//   isSecretariat(actor) / requireSecretariat(actor)     SECRETARIAT or ADMIN, else FORBIDDEN
//   requireAdmin(actor)                                  ADMIN, else FORBIDDEN
//   isOwnDelegate(actor, participantId)                  a DELEGATE acting for that participant
//   requireOwnDelegateOrSecretariat(actor, participant)  the participant's delegate or SECRETARIAT
//   hasChairPowers(sql, actor, bodyId, at)               chair powers on the body at that instant
//   requireChairPowers(sql, actor, body, at)             the same, else FORBIDDEN naming body and day
//   requireOwnDelegateOrChairPowers(sql, actor, participant, body, at)
//                                                        the participant's own delegate (byOwnDelegate
//                                                        true), else chair powers, else FORBIDDEN
//   dayOf(at)                                            the organisation-local day of an instant
// `at` is the instant the business is judged at: a meeting's startsAt for anything done on or for
// a meeting (the chair of 2022 runs 2022's meetings, also when they are recorded later), now for
// the rest. `sql` is the Database, or the caller's Tx to read the terms inside its transaction.
import { Injectable } from '@nestjs/common';
import { hasChairPowers } from '#consensus';
import type { CurrentUser } from '../platform/auth/current-user.js';
import * as roles from '../platform/auth/roles.js';
import type { Sql } from '../platform/database/database.js';
import { Forbidden } from '../platform/errors.js';
import { OrganisationReadModel } from './organisation.read-model.js';

export interface BodyRef {
  id: string;
  code: string;
}

export interface ParticipantRef {
  id: string;
  /** Named in the FORBIDDEN message when given. */
  code?: string;
}

@Injectable()
export class AccessPolicy {
  constructor(private readonly organisation: OrganisationReadModel) {}

  requireUser(actor: CurrentUser | null): CurrentUser {
    return roles.requireUser(actor);
  }

  isSecretariat(actor: CurrentUser | null): boolean {
    return roles.isSecretariat(actor);
  }

  requireSecretariat(actor: CurrentUser | null): CurrentUser {
    return roles.requireSecretariat(actor);
  }

  requireAdmin(actor: CurrentUser | null): CurrentUser {
    return roles.requireAdmin(actor);
  }

  isOwnDelegate(actor: CurrentUser | null, participantId: string): boolean {
    return roles.isOwnDelegate(actor, participantId);
  }

  /** A delegate for its own participant, or the secretariat. */
  requireOwnDelegateOrSecretariat(actor: CurrentUser | null, participant: ParticipantRef): CurrentUser {
    const user = roles.requireUser(actor);
    if (roles.isSecretariat(user) || roles.isOwnDelegate(user, participant.id)) return user;
    throw new Forbidden(
      `a delegate of ${participant.code ?? 'that participant'} (a delegate acts only for its own participant) or the SECRETARIAT role`,
    );
  }

  dayOf(at: Date): Promise<string> {
    return this.organisation.dayOf(at);
  }

  /**
   * Chair powers on a body at an instant: a delegate of the participant holding the CHAIR or
   * VICE_CHAIR term in force that day (in the organisation's time zone), or SECRETARIAT/ADMIN.
   */
  async hasChairPowers(sql: Sql, actor: CurrentUser | null, bodyId: string, at: Date): Promise<boolean> {
    if (!actor) return false;
    if (roles.isSecretariat(actor)) return true;
    if (actor.role !== 'DELEGATE') return false;
    const [terms, day] = await Promise.all([this.organisation.chairTermsOfBody(sql, bodyId), this.dayOf(at)]);
    return hasChairPowers(actor, terms, day);
  }

  async requireChairPowers(sql: Sql, actor: CurrentUser | null, body: BodyRef, at: Date): Promise<CurrentUser> {
    const user = roles.requireUser(actor);
    if (await this.hasChairPowers(sql, user, body.id, at)) return user;
    throw new Forbidden(`chair powers on ${body.code} on ${await this.dayOf(at)} (${CHAIR_POWERS})`);
  }

  /**
   * The participant's own delegate acts for it; anyone else needs chair powers on the body at `at`
   * (and then acts on the participant's behalf: `byOwnDelegate` false).
   */
  async requireOwnDelegateOrChairPowers(
    sql: Sql,
    actor: CurrentUser | null,
    participant: ParticipantRef,
    body: BodyRef,
    at: Date,
  ): Promise<{ user: CurrentUser; byOwnDelegate: boolean }> {
    const user = roles.requireUser(actor);
    if (roles.isOwnDelegate(user, participant.id)) return { user, byOwnDelegate: true };
    if (await this.hasChairPowers(sql, user, body.id, at)) return { user, byOwnDelegate: false };
    throw new Forbidden(
      `a delegate of ${participant.code ?? 'that participant'} (a delegate acts only for its own participant), ` +
        `or chair powers on ${body.code} on ${await this.dayOf(at)} (${CHAIR_POWERS})`,
    );
  }
}

const CHAIR_POWERS = 'its chair or vice-chair in office then, or the SECRETARIAT role';
