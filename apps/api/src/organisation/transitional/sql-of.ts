// Transitional: turns what a not-yet-converted caller holds (a TypeORM EntityManager, inside or
// outside a transaction) into the `Sql` the organisation area's read model takes. Deleted with the
// shims in this folder once every caller passes a Database or a Tx.
import type { EntityManager } from 'typeorm';
import { Database, type Sql } from '../../platform/database/database.js';

export type SqlOrEm = Sql | EntityManager;

export function sqlOf(database: Database, x: SqlOrEm): Sql {
  if (x instanceof Database || 'inTransaction' in x) return x as Sql;
  const em = x as EntityManager;
  return em.queryRunner?.isTransactionActive ? database.txOf(em) : database;
}
