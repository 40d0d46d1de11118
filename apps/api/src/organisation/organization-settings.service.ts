// The deployment's one organisation (name, code, time zone), read once and kept: many rules need its
// time zone ("dates are read in the organisation's time zone") and it does not change at run time.
import { Injectable } from '@nestjs/common';
import { Database } from '../platform/database/database.js';
import { OrganizationRepository, type OrganizationRow } from './organization.repository.js';

/** @deprecated name: use OrganizationRow. */
export type OrganizationSettingsRow = OrganizationRow;

@Injectable()
export class OrganizationSettings {
  private cached: Promise<OrganizationRow> | null = null;

  constructor(
    private readonly database: Database,
    private readonly organizations: OrganizationRepository,
  ) {}

  get(): Promise<OrganizationRow> {
    if (!this.cached) {
      this.cached = this.organizations.first(this.database).then((row) => {
        if (!row) throw new Error('The database has no organisation: it was not seeded.');
        return row;
      });
      this.cached.catch(() => (this.cached = null));
    }
    return this.cached;
  }
}
