// Every SQL statement on the `app_user` table ("user" is reserved in SQL). Reads take a required
// `sql`, writes a required `tx`. The password hash is read by one method only, for sign-in.
import { Injectable } from '@nestjs/common';
import type { Role } from '#consensus';
import type { Sql, Tx } from '../platform/database/database.js';
import { isUuid } from '../platform/errors.js';

/** A person who signs in: ADMIN, SECRETARIAT, or a DELEGATE acting for one participant. */
export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** The participant a DELEGATE acts for; null for SECRETARIAT and ADMIN. */
  participantId: string | null;
  createdAt: Date;
}

/** What sign-in checks: the user and its password hash (never leaves the sign-in use case). */
export interface UserCredentials extends UserRow {
  passwordHash: string;
}

const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.participant_id AS "participantId",
  u.created_at AS "createdAt"`;

@Injectable()
export class UsersRepository {
  async byIds(sql: Sql, ids: readonly string[]): Promise<UserRow[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    return sql.query(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ANY($1::uuid[])`, [valid]);
  }

  async byId(sql: Sql, id: string): Promise<UserRow | null> {
    if (!isUuid(id)) return null;
    const rows = await sql.query<UserRow>(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The delegates of the participants, by email. */
  async byParticipantIds(sql: Sql, participantIds: readonly string[]): Promise<UserRow[]> {
    const valid = [...new Set(participantIds.filter(isUuid))];
    if (valid.length === 0) return [];
    return sql.query(
      `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.participant_id = ANY($1::uuid[]) ORDER BY u.email`,
      [valid],
    );
  }

  /** The user with this email (already trimmed and lower-cased), with its password hash. */
  async credentialsByEmail(sql: Sql, email: string): Promise<UserCredentials | null> {
    const rows = await sql.query<UserCredentials>(
      `SELECT ${USER_COLUMNS}, u.password_hash AS "passwordHash" FROM app_user u WHERE lower(u.email) = $1`,
      [email],
    );
    return rows[0] ?? null;
  }

  /** Inserts a user; an email taken in any case fails with PostgreSQL's unique violation. */
  async insert(
    tx: Tx,
    u: { email: string; displayName: string; passwordHash: string; role: Role; participantId: string | null },
  ): Promise<UserRow> {
    const rows = await tx.query<UserRow>(
      `INSERT INTO app_user AS u (email, display_name, password_hash, role, participant_id) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${USER_COLUMNS}`,
      [u.email, u.displayName, u.passwordHash, u.role, u.participantId],
    );
    return rows[0];
  }
}
