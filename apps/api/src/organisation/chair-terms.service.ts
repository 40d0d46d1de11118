// Use cases on chair terms: the secretariat assigns who chairs (or vice-chairs) a body for a range
// of days, and ends a term early. Two terms of one role on one body never overlap: the database's
// exclusion constraint says so (CONFLICT), so no race makes two chairs at once. Who holds a term on
// a day is #consensus termInForce, read here for Body.chair.
import { Injectable } from '@nestjs/common';
import { termInForce, type ChairRole } from '#consensus';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database } from '../platform/database/database.js';
import { BadInput, NotFound } from '../platform/errors.js';
import { AccessPolicy } from './access.policy.js';
import { BodiesRepository } from './bodies.repository.js';
import { ChairTermsRepository, type ChairTermRow } from './chair-terms.repository.js';
import { conflictOnDuplicate } from './conflict-on-duplicate.js';
import type { AssignChairInput } from './inputs/organisation.inputs.js';
import { OrganisationReadModel } from './organisation.read-model.js';
import { ParticipantsRepository } from './participants.repository.js';

@Injectable()
export class ChairTermsService {
  constructor(
    private readonly database: Database,
    private readonly terms: ChairTermsRepository,
    private readonly bodies: BodiesRepository,
    private readonly participants: ParticipantsRepository,
    private readonly organisation: OrganisationReadModel,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /** The term of `role` in force at an instant (read as a day in the organisation's time zone). */
  async inForceAt(terms: readonly ChairTermRow[], at: Date, role: ChairRole = 'CHAIR'): Promise<ChairTermRow | null> {
    return termInForce(terms, role, await this.organisation.dayOf(at));
  }

  async assign(actor: CurrentUser | null, input: AssignChairInput): Promise<ChairTermRow> {
    const user = this.access.requireSecretariat(actor);
    if (input.endsOn && input.endsOn < input.startsOn)
      throw new BadInput('endsOn', 'endsOn must not be before startsOn.');
    return this.database.transaction(async (tx) => {
      const body = await this.bodies.byId(tx, input.bodyId);
      if (!body) throw new NotFound('body', input.bodyId);
      const p = await this.participants.byId(tx, input.participantId);
      if (!p) throw new NotFound('participant', input.participantId);
      if (p.kind !== 'PARTICIPANT') {
        throw new BadInput('participantId', `${p.code} is an observer: only a participant may chair a body.`);
      }
      const term = await conflictOnDuplicate(
        () =>
          this.terms.insert(tx, {
            bodyId: body.id,
            participantId: p.id,
            role: input.role,
            startsOn: input.startsOn,
            endsOn: input.endsOn ?? null,
          }),
        `That ${input.role} term of ${body.code} overlaps another ${input.role} term of ${body.code}.`,
      );
      await this.audit.append(tx, {
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

  /** Sets a term's last day (earlier or later); the row is locked so two changes never cross. */
  async end(actor: CurrentUser | null, termId: string, endsOn: string): Promise<ChairTermRow> {
    const user = this.access.requireSecretariat(actor);
    return this.database.transaction(async (tx) => {
      const term = await this.terms.lock(tx, termId);
      if (!term) throw new NotFound('chair term', termId);
      if (endsOn < term.startsOn)
        throw new BadInput('endsOn', `endsOn must not be before the term's start (${term.startsOn}).`);
      const saved = await conflictOnDuplicate(
        () => this.terms.setEnd(tx, term.id, endsOn),
        `Ending the term on ${endsOn} would overlap another ${term.role} term.`,
      );
      await this.audit.append(tx, {
        actor: user,
        action: 'endChairTerm',
        entity: 'ChairTerm',
        entityId: term.id,
        details: { from: term.endsOn, to: endsOn },
      });
      return saved;
    });
  }
}
