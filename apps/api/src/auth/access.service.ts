// The one place that decides who may do what (docs/rules.md, "Chair powers" and "Who may read what").
// Every service method calls one of these first, before any work.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hasChairPowers, localDate, type ChairTermFact } from '#consensus';
import { Forbidden, Unauthenticated } from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';

export interface BodyRef {
  id: string;
  code: string;
}

@Injectable()
export class AccessService {
  constructor(private readonly org: OrganizationSettings) {}

  requireUser(actor: CurrentUser | null): CurrentUser {
    if (!actor) throw new Unauthenticated();
    return actor;
  }

  isSecretariat(actor: CurrentUser | null): boolean {
    return actor?.role === 'SECRETARIAT' || actor?.role === 'ADMIN';
  }

  /** SECRETARIAT (and ADMIN, who has every SECRETARIAT power). */
  requireSecretariat(actor: CurrentUser | null): CurrentUser {
    const user = this.requireUser(actor);
    if (!this.isSecretariat(user)) throw new Forbidden('the SECRETARIAT role (or ADMIN)');
    return user;
  }

  requireAdmin(actor: CurrentUser | null): CurrentUser {
    const user = this.requireUser(actor);
    if (user.role !== 'ADMIN') throw new Forbidden('the ADMIN role');
    return user;
  }

  /** Does `actor` act for `participantId` as its own delegate? */
  isOwnDelegate(actor: CurrentUser | null, participantId: string): boolean {
    return actor?.role === 'DELEGATE' && actor.participantId === participantId;
  }

  /** A delegate for its own participant, or the secretariat. */
  requireOwnParticipantOrSecretariat(
    actor: CurrentUser | null,
    participantId: string,
    participantCode?: string,
  ): CurrentUser {
    const user = this.requireUser(actor);
    if (this.isSecretariat(user) || this.isOwnDelegate(user, participantId)) return user;
    throw new Forbidden(
      `a delegate of ${participantCode ?? 'that participant'} (a delegate acts only for its own participant) or the SECRETARIAT role`,
    );
  }

  async chairTerms(em: EntityManager, bodyId: string): Promise<ChairTermFact[]> {
    return em.query(
      `SELECT participant_id AS "participantId", role, starts_on::text AS "startsOn", ends_on::text AS "endsOn"
         FROM chair_term WHERE body_id = $1`,
      [bodyId],
    );
  }

  /** The organisation-local calendar day of an instant. */
  async dayOf(at: Date): Promise<string> {
    const { timeZone } = await this.org.get();
    return localDate(at, timeZone);
  }

  /**
   * Chair powers on a body at an instant: a delegate of the participant holding a CHAIR or VICE_CHAIR
   * term in force that day, or SECRETARIAT/ADMIN. Meeting business is judged at the meeting's
   * startsAt, so the chair of 2022 runs 2022's meetings, also when they are recorded later.
   */
  async hasChairPowers(em: EntityManager, actor: CurrentUser | null, bodyId: string, at: Date): Promise<boolean> {
    if (!actor) return false;
    if (this.isSecretariat(actor)) return true;
    if (actor.role !== 'DELEGATE') return false;
    return hasChairPowers(actor, await this.chairTerms(em, bodyId), await this.dayOf(at));
  }

  async requireChairPowers(
    em: EntityManager,
    actor: CurrentUser | null,
    body: BodyRef,
    at: Date,
  ): Promise<CurrentUser> {
    const user = this.requireUser(actor);
    if (await this.hasChairPowers(em, user, body.id, at)) return user;
    const day = await this.dayOf(at);
    throw new Forbidden(
      `chair powers on ${body.code} on ${day} (its chair or vice-chair in office then, or the SECRETARIAT role)`,
    );
  }
}
