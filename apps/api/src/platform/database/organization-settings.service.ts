// The deployment's one organisation (name, code, time zone), read once and kept: many rules need its
// time zone ("dates are read in the organisation's time zone") and it does not change at run time.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OrganizationSettingsRow {
  id: string;
  name: string;
  code: string;
  timeZone: string;
}

@Injectable()
export class OrganizationSettings {
  private cached: Promise<OrganizationSettingsRow> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  get(): Promise<OrganizationSettingsRow> {
    if (!this.cached) {
      this.cached = this.dataSource
        .query('SELECT id, name, code, time_zone AS "timeZone" FROM organization ORDER BY created_at LIMIT 1')
        .then((rows: OrganizationSettingsRow[]) => {
          if (rows.length === 0) throw new Error('The database has no organisation: it was not seeded.');
          return rows[0];
        });
      this.cached.catch(() => (this.cached = null));
    }
    return this.cached;
  }
}
