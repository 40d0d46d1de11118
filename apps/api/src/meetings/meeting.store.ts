// Reading and locking meeting rows (with their body's code and quorum), shared by the meetings
// services. Plain SQL with explicit columns: one statement per read, no eager relations.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MeetingStatus } from '#consensus';
import { NotFound, isUuid } from '../platform/errors.js';
import type { MeetingKind } from '../platform/graphql/enums.js';

export interface MeetingRow {
  id: string;
  bodyId: string;
  bodyCode: string;
  quorum: number | null;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  cancellationReason: string | null;
  sequence: number;
  openedAt: Date | null;
  adjournedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const MEETING_COLUMNS = `m.id, m.body_id AS "bodyId", b.code AS "bodyCode", b.quorum, m.title, m.kind, m.status,
  m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.location, m.cancellation_reason AS "cancellationReason",
  m.sequence, m.opened_at AS "openedAt", m.adjourned_at AS "adjournedAt", m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

/**
 * Rows of an `UPDATE ... RETURNING`: TypeORM answers a plain UPDATE or DELETE with [rows, count]
 * rather than the rows alone.
 */
export async function updateReturning<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await em.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}

/** A participant read as JSON alongside another row (the GraphQL Participant's fields). */
export interface ParticipantJson {
  id: string;
  code: string;
  name: string;
  kind: 'PARTICIPANT' | 'OBSERVER';
  status: 'ACTIVE' | 'SUSPENDED';
}

/** `json_build_object` of participant alias `p`, or null when the join found none. */
export function participantJson(p: string): string {
  return `CASE WHEN ${p}.id IS NULL THEN NULL ELSE json_build_object('id', ${p}.id, 'code', ${p}.code, 'name', ${p}.name, 'kind', ${p}.kind, 'status', ${p}.status) END`;
}

export const MEETING_FROM = `meeting m JOIN body b ON b.id = m.body_id`;

@Injectable()
export class MeetingStore {
  async meetingsByIds(em: EntityManager, ids: readonly string[]): Promise<MeetingRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return em.query(`SELECT ${MEETING_COLUMNS} FROM ${MEETING_FROM} WHERE m.id = ANY($1)`, [valid]);
  }

  async findMeeting(em: EntityManager, id: string): Promise<MeetingRow | null> {
    return (await this.meetingsByIds(em, [id]))[0] ?? null;
  }

  /**
   * The meeting, locked FOR UPDATE for the rest of the transaction (so opening, which freezes the
   * attendance, and recording attendance or changing the agenda never interleave); NOT_FOUND else.
   */
  async lockMeeting(em: EntityManager, id: string): Promise<MeetingRow> {
    if (!isUuid(id)) throw new NotFound('meeting', id);
    const rows: MeetingRow[] = await em.query(
      `SELECT ${MEETING_COLUMNS} FROM ${MEETING_FROM} WHERE m.id = $1 FOR UPDATE OF m`,
      [id],
    );
    if (rows.length === 0) throw new NotFound('meeting', id);
    return rows[0];
  }
}
