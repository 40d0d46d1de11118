// Use cases of the organisation area: participants, users, bodies, membership and chair terms.
// Each public mutation method is one transaction that checks who acts, writes, and appends its audit entry.
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { In, type EntityManager } from 'typeorm';
import { dateInRange, deriveBodyCode, localDate, type ChairRole } from '#consensus';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import {
  BadInput,
  Conflict,
  NotFound,
  PG_EXCLUSION_VIOLATION,
  PG_UNIQUE_VIOLATION,
  isUuid,
  pgCode,
} from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { BodyMembershipEntity } from './entities/body-membership.entity.js';
import { BodyEntity } from './entities/body.entity.js';
import { ChairTermEntity } from './entities/chair-term.entity.js';
import { ParticipantEntity } from './entities/participant.entity.js';
import { UserEntity } from './entities/user.entity.js';
import type {
  AssignChairInput,
  CreateBodyInput,
  CreateParticipantInput,
  CreateUserInput,
} from './inputs/organisation.inputs.js';

@Injectable()
export class OrganisationService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly org: OrganizationSettings,
  ) {}

  private get em(): EntityManager {
    return this.tx.dataSource.manager;
  }

  organization() {
    return this.org.get();
  }

  // ------------------------------------------------------------------ reads (batched by loaders)

  participants(kind?: string | null): Promise<ParticipantEntity[]> {
    return this.em.find(ParticipantEntity, {
      where: kind ? { kind: kind as ParticipantEntity['kind'] } : {},
      order: { code: 'ASC' },
    });
  }

  async participant(id: string): Promise<ParticipantEntity | null> {
    return isUuid(id) ? this.em.findOneBy(ParticipantEntity, { id }) : null;
  }

  participantsByIds(ids: readonly string[]): Promise<ParticipantEntity[]> {
    return this.em.findBy(ParticipantEntity, { id: In(ids.filter(isUuid)) });
  }

  bodies(): Promise<BodyEntity[]> {
    return this.em.find(BodyEntity, { order: { name: 'ASC' } });
  }

  async body(id: string): Promise<BodyEntity | null> {
    return isUuid(id) ? this.em.findOneBy(BodyEntity, { id }) : null;
  }

  bodiesByIds(ids: readonly string[]): Promise<BodyEntity[]> {
    return this.em.findBy(BodyEntity, { id: In(ids.filter(isUuid)) });
  }

  usersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.em.findBy(UserEntity, { id: In(ids.filter(isUuid)) });
  }

  usersByParticipantIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.em.find(UserEntity, { where: { participantId: In([...ids]) }, order: { email: 'ASC' } });
  }

  /** Membership rows with the participant's kind, ordered by participant code. */
  membershipsByBodyIds(bodyIds: readonly string[]): Promise<{ bodyId: string; participantId: string; kind: string }[]> {
    return this.em.query(
      `SELECT m.body_id AS "bodyId", m.participant_id AS "participantId", p.kind
         FROM body_membership m JOIN participant p ON p.id = m.participant_id
        WHERE m.body_id = ANY($1) ORDER BY p.code`,
      [bodyIds],
    );
  }

  chairTermsByBodyIds(bodyIds: readonly string[]): Promise<ChairTermEntity[]> {
    return this.em.find(ChairTermEntity, {
      where: { bodyId: In([...bodyIds]) },
      order: { startsOn: 'ASC', role: 'ASC' },
    });
  }

  async chairTermsByIds(ids: readonly string[]): Promise<ChairTermEntity[]> {
    return this.em.findBy(ChairTermEntity, { id: In(ids.filter(isUuid)) });
  }

  /** The CHAIR term in force at an instant, read as a day in the organisation's time zone. */
  async chairAt(terms: ChairTermEntity[], at: Date, role: ChairRole = 'CHAIR'): Promise<ChairTermEntity | null> {
    const { timeZone } = await this.org.get();
    const day = localDate(at, timeZone);
    return terms.find((t) => t.role === role && dateInRange(day, t.startsOn, t.endsOn)) ?? null;
  }

  // ------------------------------------------------------------------ mutations

  async createParticipant(actor: CurrentUser | null, input: CreateParticipantInput): Promise<ParticipantEntity> {
    const user = this.access.requireSecretariat(actor);
    return this.tx.run(async (em) => {
      const saved = await this.unique(
        () =>
          em.save(
            em.create(ParticipantEntity, {
              code: input.code,
              name: input.name.trim(),
              kind: input.kind,
              status: 'ACTIVE',
            }),
          ),
        `A participant with code ${input.code} already exists.`,
      );
      await this.audit.append(em, {
        actor: user,
        action: 'createParticipant',
        entity: 'Participant',
        entityId: saved.id,
        details: { code: saved.code, name: saved.name, kind: saved.kind },
      });
      return saved;
    });
  }

  async setParticipantStatus(
    actor: CurrentUser | null,
    participantId: string,
    status: 'ACTIVE' | 'SUSPENDED',
  ): Promise<ParticipantEntity> {
    const user = this.access.requireSecretariat(actor);
    return this.tx.run(async (em) => {
      const p = await this.lockParticipant(em, participantId);
      const before = p.status;
      p.status = status;
      await em.save(p);
      await this.audit.append(em, {
        actor: user,
        action: 'setParticipantStatus',
        entity: 'Participant',
        entityId: p.id,
        details: { code: p.code, from: before, to: status },
      });
      return p;
    });
  }

  async createUser(actor: CurrentUser | null, input: CreateUserInput): Promise<UserEntity> {
    const user = this.access.requireAdmin(actor);
    const participantId = input.participantId ?? null;
    if (input.role === 'DELEGATE' && !participantId) {
      throw new BadInput(
        'participantId',
        'participantId is required for a DELEGATE: a delegate acts for one participant.',
      );
    }
    if (input.role !== 'DELEGATE' && participantId) {
      throw new BadInput(
        'participantId',
        `participantId must be empty for ${input.role}: only delegates act for a participant.`,
      );
    }
    const passwordHash = await argon2.hash(input.password);
    return this.tx.run(async (em) => {
      if (participantId) await this.findParticipant(em, participantId);
      const saved = await this.unique(
        () =>
          em.save(
            em.create(UserEntity, {
              email: input.email.trim().toLowerCase(),
              displayName: input.displayName.trim(),
              passwordHash,
              role: input.role,
              participantId,
            }),
          ),
        `A user with email ${input.email.toLowerCase()} already exists.`,
      );
      await this.audit.append(em, {
        actor: user,
        action: 'createUser',
        entity: 'User',
        entityId: saved.id,
        details: { email: saved.email, role: saved.role, participantId },
      });
      return saved;
    });
  }

  async createBody(actor: CurrentUser | null, input: CreateBodyInput): Promise<BodyEntity> {
    const user = this.access.requireSecretariat(actor);
    const code = input.code ?? deriveBodyCode(input.name);
    return this.tx.run(async (em) => {
      const members = await this.participantsOfKind(em, input.memberIds ?? [], 'PARTICIPANT', 'memberIds');
      const observers = await this.participantsOfKind(em, input.observerIds ?? [], 'OBSERVER', 'observerIds');
      const body = await this.unique(
        () =>
          em.save(
            em.create(BodyEntity, { name: input.name.trim(), code, kind: input.kind, quorum: input.quorum ?? null }),
          ),
        `A body with code ${code} already exists${input.code ? '' : ' (derived from its name: give a code)'}.`,
      );
      const seats = [...members, ...observers].map((p) => ({ bodyId: body.id, participantId: p.id }));
      if (seats.length > 0) await em.insert(BodyMembershipEntity, seats);
      await this.audit.append(em, {
        actor: user,
        action: 'createBody',
        entity: 'Body',
        entityId: body.id,
        details: {
          code: body.code,
          name: body.name,
          kind: body.kind,
          quorum: body.quorum,
          members: members.map((p) => p.code),
          observers: observers.map((p) => p.code),
        },
      });
      return body;
    });
  }

  async addBodyMember(actor: CurrentUser | null, bodyId: string, participantId: string): Promise<BodyEntity> {
    const user = this.access.requireSecretariat(actor);
    return this.tx.run(async (em) => {
      const body = await this.findBody(em, bodyId);
      const p = await this.findParticipant(em, participantId);
      await this.unique(
        () => em.insert(BodyMembershipEntity, { bodyId: body.id, participantId: p.id }),
        `${p.code} already sits on ${body.code}.`,
      );
      await this.audit.append(em, {
        actor: user,
        action: 'addBodyMember',
        entity: 'Body',
        entityId: body.id,
        details: { body: body.code, participant: p.code, as: p.kind === 'PARTICIPANT' ? 'member' : 'observer' },
      });
      return body;
    });
  }

  async removeBodyMember(actor: CurrentUser | null, bodyId: string, participantId: string): Promise<BodyEntity> {
    const user = this.access.requireSecretariat(actor);
    return this.tx.run(async (em) => {
      const body = await this.findBody(em, bodyId);
      const p = await this.findParticipant(em, participantId);
      const result = await em.delete(BodyMembershipEntity, { bodyId: body.id, participantId: p.id });
      if (!result.affected) throw new NotFound(`seat of ${p.code} on ${body.code}`, participantId);
      await this.audit.append(em, {
        actor: user,
        action: 'removeBodyMember',
        entity: 'Body',
        entityId: body.id,
        details: { body: body.code, participant: p.code },
      });
      return body;
    });
  }

  async assignChair(actor: CurrentUser | null, input: AssignChairInput): Promise<ChairTermEntity> {
    const user = this.access.requireSecretariat(actor);
    if (input.endsOn && input.endsOn < input.startsOn)
      throw new BadInput('endsOn', 'endsOn must not be before startsOn.');
    return this.tx.run(async (em) => {
      const body = await this.findBody(em, input.bodyId);
      const p = await this.findParticipant(em, input.participantId);
      if (p.kind !== 'PARTICIPANT') {
        throw new BadInput('participantId', `${p.code} is an observer: only a participant may chair a body.`);
      }
      const term = await this.unique(
        () =>
          em.save(
            em.create(ChairTermEntity, {
              bodyId: body.id,
              participantId: p.id,
              role: input.role,
              startsOn: input.startsOn,
              endsOn: input.endsOn ?? null,
            }),
          ),
        `That ${input.role} term of ${body.code} overlaps another ${input.role} term of ${body.code}.`,
      );
      await this.audit.append(em, {
        actor: user,
        action: 'assignChair',
        entity: 'ChairTerm',
        entityId: term.id,
        details: {
          body: body.code,
          participant: p.code,
          role: term.role,
          startsOn: term.startsOn,
          endsOn: term.endsOn,
        },
      });
      return term;
    });
  }

  async endChairTerm(actor: CurrentUser | null, termId: string, endsOn: string): Promise<ChairTermEntity> {
    const user = this.access.requireSecretariat(actor);
    return this.tx.run(async (em) => {
      const term = isUuid(termId)
        ? await em.findOne(ChairTermEntity, { where: { id: termId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!term) throw new NotFound('chair term', termId);
      if (endsOn < term.startsOn)
        throw new BadInput('endsOn', `endsOn must not be before the term's start (${term.startsOn}).`);
      const before = term.endsOn;
      term.endsOn = endsOn;
      await this.unique(() => em.save(term), `Ending the term on ${endsOn} would overlap another ${term.role} term.`);
      await this.audit.append(em, {
        actor: user,
        action: 'endChairTerm',
        entity: 'ChairTerm',
        entityId: term.id,
        details: { from: before, to: endsOn },
      });
      return term;
    });
  }

  // ------------------------------------------------------------------ helpers

  async findParticipant(em: EntityManager, id: string): Promise<ParticipantEntity> {
    const p = isUuid(id) ? await em.findOneBy(ParticipantEntity, { id }) : null;
    if (!p) throw new NotFound('participant', id);
    return p;
  }

  private async lockParticipant(em: EntityManager, id: string): Promise<ParticipantEntity> {
    const p = isUuid(id)
      ? await em.findOne(ParticipantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!p) throw new NotFound('participant', id);
    return p;
  }

  async findBody(em: EntityManager, id: string): Promise<BodyEntity> {
    const b = isUuid(id) ? await em.findOneBy(BodyEntity, { id }) : null;
    if (!b) throw new NotFound('body', id);
    return b;
  }

  private async participantsOfKind(em: EntityManager, ids: string[], kind: 'PARTICIPANT' | 'OBSERVER', field: string) {
    const unique = [...new Set(ids)];
    const found = await em.findBy(ParticipantEntity, { id: In(unique.filter(isUuid)) });
    const missing = unique.find((id) => !found.some((p) => p.id === id));
    if (missing) throw new NotFound('participant', missing);
    const wrong = found.find((p) => p.kind !== kind);
    if (wrong) {
      throw new BadInput(
        field,
        kind === 'PARTICIPANT'
          ? `${wrong.code} is an observer: list it in observerIds, not memberIds.`
          : `${wrong.code} is a participant: list it in memberIds, not observerIds.`,
      );
    }
    return found.sort((a, b) => a.code.localeCompare(b.code));
  }

  /** Runs a write and answers CONFLICT when the database finds a duplicate or an overlap. */
  private async unique<T>(write: () => Promise<T>, message: string): Promise<T> {
    try {
      return await write();
    } catch (e) {
      const code = pgCode(e);
      if (code === PG_UNIQUE_VIOLATION || code === PG_EXCLUSION_VIOLATION) throw new Conflict(message);
      throw e;
    }
  }
}
