// Transitional: the two lookups other areas used from the old organisation.service.ts, with their
// EntityManager argument. New code calls OrganisationReadModel.findParticipant / findBody with a
// Database or a Tx. Delete when nothing imports it.
import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database.js';
import { OrganisationReadModel, type BodyRow, type ParticipantRow } from '../organisation.read-model.js';
import { sqlOf, type SqlOrEm } from './sql-of.js';

/** @deprecated inject OrganisationReadModel (organisation/organisation.read-model.ts). */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly organisation: OrganisationReadModel,
    private readonly database: Database,
  ) {}

  findParticipant(em: SqlOrEm, id: string): Promise<ParticipantRow> {
    return this.organisation.findParticipant(sqlOf(this.database, em), id);
  }

  findBody(em: SqlOrEm, id: string): Promise<BodyRow> {
    return this.organisation.findBody(sqlOf(this.database, em), id);
  }
}
