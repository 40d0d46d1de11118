// Transitional: what the meetings area reads of the organisation (bodies, seats, participants,
// chair terms) until the organisation area's read model (OrganisationReadModel) lands; the methods
// have its names and signatures, so the switch is an import. Nothing else in the meetings area
// touches an organisation table; this file goes once that export lands.
import { Injectable } from '@nestjs/common';
import type { ChairTermFact, ParticipantKind, ParticipantStatus } from '#consensus';
import type { Sql } from '../platform/database/database.js';
import { NotFound, isUuid } from '../platform/errors.js';

/** A participant as other areas show it (the GraphQL Participant's fields). */
export interface ParticipantRow {
  id: string;
  code: string;
  name: string;
  kind: ParticipantKind;
  status: ParticipantStatus;
  createdAt: Date;
}

/** A seat on a body (member or observer) with its participant. */
export interface SeatRow {
  bodyId: string;
  participantId: string;
  code: string;
  name: string;
  kind: ParticipantKind;
  status: ParticipantStatus;
  createdAt: Date;
  addedAt: Date;
}

export interface BodyRow {
  id: string;
  code: string;
  name: string;
  quorum: number | null;
}

export function participantOfSeat(s: SeatRow): ParticipantRow {
  return { id: s.participantId, code: s.code, name: s.name, kind: s.kind, status: s.status, createdAt: s.createdAt };
}

const PARTICIPANT = `p.id, p.code, p.name, p.kind, p.status, p.created_at AS "createdAt"`;

@Injectable()
export class OrganisationReads {
  bodiesByIds(sql: Sql, ids: readonly string[]): Promise<BodyRow[]> {
    return sql.query<BodyRow>(`SELECT id, code, name, quorum FROM body WHERE id = ANY($1)`, [ids.filter(isUuid)]);
  }

  async findBody(sql: Sql, id: string): Promise<BodyRow> {
    const [b] = await this.bodiesByIds(sql, [id]);
    if (!b) throw new NotFound('body', id);
    return b;
  }

  participantsByIds(sql: Sql, ids: readonly string[]): Promise<ParticipantRow[]> {
    return sql.query<ParticipantRow>(`SELECT ${PARTICIPANT} FROM participant p WHERE p.id = ANY($1)`, [
      ids.filter(isUuid),
    ]);
  }

  async findParticipant(sql: Sql, id: string): Promise<ParticipantRow> {
    const [p] = await this.participantsByIds(sql, [id]);
    if (!p) throw new NotFound('participant', id);
    return p;
  }

  /** The seats (members and observers) of bodies with their participants, by participant code. */
  seatsOfBodies(sql: Sql, bodyIds: readonly string[]): Promise<SeatRow[]> {
    return sql.query<SeatRow>(
      `SELECT m.body_id AS "bodyId", p.id AS "participantId", p.code, p.name, p.kind, p.status, p.created_at AS "createdAt",
              m.added_at AS "addedAt"
         FROM body_membership m JOIN participant p ON p.id = m.participant_id
        WHERE m.body_id = ANY($1) ORDER BY p.code`,
      [bodyIds.filter(isUuid)],
    );
  }

  /** The bodies a participant sits on (as a member or an observer). */
  async bodyIdsOfParticipant(sql: Sql, participantId: string): Promise<string[]> {
    const rows = await sql.query<{ bodyId: string }>(
      `SELECT body_id AS "bodyId" FROM body_membership WHERE participant_id = $1`,
      [participantId],
    );
    return rows.map((r) => r.bodyId);
  }

  /** Chair terms of several bodies, grouped by body, in one query. */
  async chairTermsOfBodies(sql: Sql, bodyIds: readonly string[]): Promise<Map<string, ChairTermFact[]>> {
    const byBody = new Map<string, ChairTermFact[]>(bodyIds.map((id) => [id, []]));
    if (bodyIds.length === 0) return byBody;
    const rows = await sql.query<ChairTermFact & { bodyId: string }>(
      `SELECT body_id AS "bodyId", participant_id AS "participantId", role, starts_on::text AS "startsOn", ends_on::text AS "endsOn"
         FROM chair_term WHERE body_id = ANY($1)`,
      [[...bodyIds]],
    );
    for (const r of rows) byBody.get(r.bodyId)?.push(r);
    return byBody;
  }
}
