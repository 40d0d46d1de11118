// Use cases on bodies and their seats: read them, create a body with its members and observers,
// seat a participant, unseat one. A seat makes a member of a participant of kind PARTICIPANT and an
// observer of an OBSERVER. Each mutation is one transaction with its one audit entry.
import { Injectable } from '@nestjs/common';
import { deriveBodyCode, type ParticipantKind } from '#consensus';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database, type Tx } from '../platform/database/database.js';
import { BadInput, NotFound } from '../platform/errors.js';
import { AccessPolicy } from './access.policy.js';
import { BodiesRepository, type BodyRow } from './bodies.repository.js';
import { conflictOnDuplicate } from './conflict-on-duplicate.js';
import type { CreateBodyInput } from './inputs/organisation.inputs.js';
import { ParticipantsRepository, type ParticipantRow } from './participants.repository.js';

@Injectable()
export class BodiesService {
  constructor(
    private readonly database: Database,
    private readonly bodies: BodiesRepository,
    private readonly participants: ParticipantsRepository,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<BodyRow[]> {
    return this.bodies.all(this.database);
  }

  get(id: string): Promise<BodyRow | null> {
    return this.bodies.byId(this.database, id);
  }

  async create(actor: CurrentUser | null, input: CreateBodyInput): Promise<BodyRow> {
    const user = this.access.requireSecretariat(actor);
    const code = input.code ?? deriveBodyCode(input.name);
    return this.database.transaction(async (tx) => {
      const members = await this.participantsOfKind(tx, input.memberIds ?? [], 'PARTICIPANT', 'memberIds');
      const observers = await this.participantsOfKind(tx, input.observerIds ?? [], 'OBSERVER', 'observerIds');
      const body = await conflictOnDuplicate(
        () => this.bodies.insert(tx, { name: input.name.trim(), code, kind: input.kind, quorum: input.quorum ?? null }),
        `A body with code ${code} already exists${input.code ? '' : ' (derived from its name: give a code)'}.`,
      );
      await this.bodies.insertSeats(
        tx,
        body.id,
        [...members, ...observers].map((p) => p.id),
      );
      await this.audit.append(tx, {
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

  async addMember(actor: CurrentUser | null, bodyId: string, participantId: string): Promise<BodyRow> {
    const user = this.access.requireSecretariat(actor);
    return this.database.transaction(async (tx) => {
      const body = await this.findBody(tx, bodyId);
      const p = await this.findParticipant(tx, participantId);
      await conflictOnDuplicate(
        () => this.bodies.insertSeats(tx, body.id, [p.id]),
        `${p.code} already sits on ${body.code}.`,
      );
      await this.audit.append(tx, {
        actor: user,
        action: 'addBodyMember',
        entity: 'Body',
        entityId: body.id,
        details: { body: body.code, participant: p.code, as: p.kind === 'PARTICIPANT' ? 'member' : 'observer' },
      });
      return body;
    });
  }

  async removeMember(actor: CurrentUser | null, bodyId: string, participantId: string): Promise<BodyRow> {
    const user = this.access.requireSecretariat(actor);
    return this.database.transaction(async (tx) => {
      const body = await this.findBody(tx, bodyId);
      const p = await this.findParticipant(tx, participantId);
      if (!(await this.bodies.deleteSeat(tx, body.id, p.id))) {
        throw new NotFound(`seat of ${p.code} on ${body.code}`, participantId);
      }
      await this.audit.append(tx, {
        actor: user,
        action: 'removeBodyMember',
        entity: 'Body',
        entityId: body.id,
        details: { body: body.code, participant: p.code },
      });
      return body;
    });
  }

  private async findBody(tx: Tx, id: string): Promise<BodyRow> {
    const b = await this.bodies.byId(tx, id);
    if (!b) throw new NotFound('body', id);
    return b;
  }

  private async findParticipant(tx: Tx, id: string): Promise<ParticipantRow> {
    const p = await this.participants.byId(tx, id);
    if (!p) throw new NotFound('participant', id);
    return p;
  }

  /** The participants named in memberIds (or observerIds), all of that kind, by code; duplicates once. */
  private async participantsOfKind(
    tx: Tx,
    ids: string[],
    kind: ParticipantKind,
    field: 'memberIds' | 'observerIds',
  ): Promise<ParticipantRow[]> {
    const unique = [...new Set(ids)];
    const found = await this.participants.byIds(tx, unique);
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
}
