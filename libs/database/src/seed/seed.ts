// What a new database starts with: the Kimberley Process demo (CONCORD_SEED=demo), or, with
// CONCORD_SEED=none, only the organisation and its first admin taken from the environment.
import argon2 from 'argon2';
import type { QueryRunner } from 'typeorm';
import { DEMO_PASSWORD, KP_BODIES, KP_CHAIR_TERMS, KP_ORGANIZATION, KP_PARTICIPANTS } from './kp-demo-data.js';

export type SeedMode = 'demo' | 'none';

export interface BootstrapAdmin {
  orgName?: string;
  orgCode?: string;
  orgTimeZone?: string;
  adminEmail?: string;
  adminPassword?: string;
}

export class SeedError extends Error {}

/** Seeds an empty database; a database that already has its organisation is left alone. */
export async function seedIfEmpty(
  q: QueryRunner,
  mode: SeedMode,
  bootstrap: BootstrapAdmin,
  log: (line: string) => void,
): Promise<void> {
  const existing = (await q.query('SELECT count(*)::int AS n FROM organization')) as { n: number }[];
  if (existing[0].n > 0) return;
  if (mode === 'demo') {
    await seedKimberleyProcess(q);
    log(`seeded the Kimberley Process demo (${KP_PARTICIPANTS.length} participants, ${KP_BODIES.length} bodies)`);
    return;
  }
  const missing = (['orgName', 'orgCode', 'adminEmail', 'adminPassword'] as const).filter((k) => !bootstrap[k]);
  if (missing.length > 0) {
    const names: Record<(typeof missing)[number], string> = {
      orgName: 'CONCORD_ORG_NAME',
      orgCode: 'CONCORD_ORG_CODE',
      adminEmail: 'CONCORD_ADMIN_EMAIL',
      adminPassword: 'CONCORD_ADMIN_PASSWORD',
    };
    throw new SeedError(
      `The database is empty and CONCORD_SEED=none: set ${missing.map((k) => names[k]).join(', ')} ` +
        'to create the organisation and its first admin.',
    );
  }
  if (bootstrap.adminPassword!.length < 12) {
    throw new SeedError('CONCORD_ADMIN_PASSWORD must be at least 12 characters long.');
  }
  await q.startTransaction();
  try {
    await q.query('INSERT INTO organization (name, code, time_zone) VALUES ($1, $2, $3)', [
      bootstrap.orgName,
      bootstrap.orgCode,
      bootstrap.orgTimeZone ?? 'UTC',
    ]);
    await q.query(
      `INSERT INTO app_user (email, display_name, password_hash, role) VALUES (lower($1), 'Administrator', $2, 'ADMIN')`,
      [bootstrap.adminEmail, await argon2.hash(bootstrap.adminPassword!)],
    );
    await q.commitTransaction();
  } catch (e) {
    await q.rollbackTransaction();
    throw e;
  }
  log(`created organisation ${bootstrap.orgCode} and its first admin ${bootstrap.adminEmail}`);
}

async function seedKimberleyProcess(q: QueryRunner): Promise<void> {
  // One hash for every demo account: they share the published demo password anyway, and hashing
  // ~65 times with argon2 would slow the first start for nothing.
  const hash = await argon2.hash(DEMO_PASSWORD);
  await q.startTransaction();
  try {
    await q.query('INSERT INTO organization (name, code, time_zone) VALUES ($1, $2, $3)', [
      KP_ORGANIZATION.name,
      KP_ORGANIZATION.code,
      KP_ORGANIZATION.timeZone,
    ]);
    const participantIds = new Map<string, string>();
    for (const p of KP_PARTICIPANTS) {
      const rows = (await q.query('INSERT INTO participant (code, name, kind) VALUES ($1, $2, $3) RETURNING id', [
        p.code,
        p.name,
        p.kind,
      ])) as { id: string }[];
      participantIds.set(p.code, rows[0].id);
      await q.query(
        `INSERT INTO app_user (email, display_name, password_hash, role, participant_id) VALUES ($1, $2, $3, 'DELEGATE', $4)`,
        [`${p.code.toLowerCase()}@kp.example`, `Delegate of ${p.name}`, hash, rows[0].id],
      );
    }
    await q.query(
      `INSERT INTO app_user (email, display_name, password_hash, role) VALUES
        ('admin@kp.example', 'KP Administrator', $1, 'ADMIN'),
        ('secretariat@kp.example', 'KP Secretariat', $1, 'SECRETARIAT')`,
      [hash],
    );
    const bodyIds = new Map<string, string>();
    for (const b of KP_BODIES) {
      const rows = (await q.query('INSERT INTO body (code, name, kind, quorum) VALUES ($1, $2, $3, $4) RETURNING id', [
        b.code,
        b.name,
        b.kind,
        b.quorum,
      ])) as { id: string }[];
      bodyIds.set(b.code, rows[0].id);
      const members =
        b.memberCodes === 'ALL'
          ? KP_PARTICIPANTS.filter((p) => p.kind === 'PARTICIPANT').map((p) => p.code)
          : b.memberCodes;
      const observers =
        b.observerCodes === 'ALL'
          ? KP_PARTICIPANTS.filter((p) => p.kind === 'OBSERVER').map((p) => p.code)
          : b.observerCodes;
      for (const code of [...members, ...observers]) {
        await q.query('INSERT INTO body_membership (body_id, participant_id) VALUES ($1, $2)', [
          rows[0].id,
          participantIds.get(code),
        ]);
      }
    }
    for (const t of KP_CHAIR_TERMS) {
      await q.query(
        'INSERT INTO chair_term (body_id, participant_id, role, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
        [bodyIds.get(t.bodyCode), participantIds.get(t.participantCode), t.role, t.startsOn, t.endsOn],
      );
    }
    await q.commitTransaction();
  } catch (e) {
    await q.rollbackTransaction();
    throw e;
  }
}
