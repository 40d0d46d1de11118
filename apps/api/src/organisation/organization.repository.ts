// Every SQL statement on the `organization` table: the deployment's one organisation (name, code,
// time zone). Reads take a required `sql`.
import { Injectable } from '@nestjs/common';
import type { Sql } from '../platform/database/database.js';

export interface OrganizationRow {
  id: string;
  name: string;
  code: string;
  /** An IANA zone name: every rule reads dates as days in this zone. */
  timeZone: string;
}

@Injectable()
export class OrganizationRepository {
  /** The organisation (the first one made, should a database ever hold more), or null before seeding. */
  async first(sql: Sql): Promise<OrganizationRow | null> {
    const rows = await sql.query<OrganizationRow>(
      'SELECT id, name, code, time_zone AS "timeZone" FROM organization ORDER BY created_at LIMIT 1',
    );
    return rows[0] ?? null;
  }
}
