// Use cases on users: the admin creates one (a DELEGATE acts for exactly one participant; SECRETARIAT
// and ADMIN for none). The password is hashed with argon2 before the transaction opens and never
// reaches the audit log. Signing in is sign-in.service.ts.
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database } from '../platform/database/database.js';
import { BadInput, NotFound } from '../platform/errors.js';
import { AccessPolicy } from './access.policy.js';
import { conflictOnDuplicate } from './conflict-on-duplicate.js';
import type { CreateUserInput } from './inputs/organisation.inputs.js';
import { ParticipantsRepository } from './participants.repository.js';
import { UsersRepository, type UserRow } from './users.repository.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly database: Database,
    private readonly users: UsersRepository,
    private readonly participants: ParticipantsRepository,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async create(actor: CurrentUser | null, input: CreateUserInput): Promise<UserRow> {
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
    return this.database.transaction(async (tx) => {
      if (participantId && !(await this.participants.byId(tx, participantId))) {
        throw new NotFound('participant', participantId);
      }
      const email = input.email.trim().toLowerCase();
      const saved = await conflictOnDuplicate(
        () =>
          this.users.insert(tx, {
            email,
            displayName: input.displayName.trim(),
            passwordHash,
            role: input.role,
            participantId,
          }),
        `A user with email ${input.email.toLowerCase()} already exists.`,
      );
      await this.audit.append(tx, {
        actor: user,
        action: 'createUser',
        entity: 'User',
        entityId: saved.id,
        details: { email: saved.email, role: saved.role, participantId },
      });
      return saved;
    });
  }
}
