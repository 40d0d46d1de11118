// What the organisation area lets the other areas read: participants, bodies, seats, chair terms
// and users. Other areas never read these tables themselves; they call this, passing the `sql` to
// read through (the injected Database, or their own Tx to read inside their transaction). Lists
// asked for many keys answer in one statement, so callers batch by passing every id at once.
//
// Exported API (stable; change it only together with its callers):
//   participantsByIds(sql, ids)          ParticipantRow[] (unknown ids left out, no order)
//   participant(sql, id)                 ParticipantRow | null
//   findParticipant(sql, id)             ParticipantRow, else NOT_FOUND
//   bodiesByIds(sql, ids) / body / findBody            the same for bodies (BodyRow)
//   usersByIds(sql, ids) / user(sql, id)               UserRow (never the password hash)
//   seatsOfBodies(sql, bodyIds)          SeatRow[]: members and observers with code, name, kind,
//                                        status, by participant code
//   seatsByBody(sql, bodyIds)            Map bodyId -> SeatRow[] (every asked id present)
//   participantWithSeat(sql, bodyId, participantId)  { participant, seat | null } | null
//   isSeated(sql, bodyId, participantId) boolean
//   bodyIdsOfParticipant(sql, participantId)         the bodies it sits on
//   chairTermsOfBodies(sql, bodyIds)     Map bodyId -> ChairTermRow[] (every asked id present)
//   chairTermsOfBody(sql, bodyId)        ChairTermRow[] by first day, then role
//   bodyIdsChairedBy(sql, participantId) bodies on which it holds, held or will hold a term
//   chairOn(sql, bodyId, day, role?)     the term in force that day (#consensus termInForce) | null
//   chairAt(sql, bodyId, at, role?)      the same for an instant, read in the organisation's zone
//   dayOf(at)                            the organisation-local day of an instant
import { Injectable } from '@nestjs/common';
import { localDate, termInForce, type ChairRole, type IsoDate } from '#consensus';
import type { Sql } from '../platform/database/database.js';
import { OrganizationSettings } from './organization-settings.service.js';
import { NotFound } from '../platform/errors.js';
import { BodiesRepository, type BodyRow, type SeatRow } from './bodies.repository.js';
import { ChairTermsRepository, type ChairTermRow } from './chair-terms.repository.js';
import { ParticipantsRepository, type ParticipantRow } from './participants.repository.js';
import { UsersRepository, type UserRow } from './users.repository.js';

export type { BodyRow, ChairTermRow, ParticipantRow, SeatRow, UserRow };

@Injectable()
export class OrganisationReadModel {
  constructor(
    private readonly participants: ParticipantsRepository,
    private readonly bodies: BodiesRepository,
    private readonly terms: ChairTermsRepository,
    private readonly users: UsersRepository,
    private readonly org: OrganizationSettings,
  ) {}

  participantsByIds(sql: Sql, ids: readonly string[]): Promise<ParticipantRow[]> {
    return this.participants.byIds(sql, ids);
  }

  participant(sql: Sql, id: string): Promise<ParticipantRow | null> {
    return this.participants.byId(sql, id);
  }

  async findParticipant(sql: Sql, id: string): Promise<ParticipantRow> {
    const p = await this.participants.byId(sql, id);
    if (!p) throw new NotFound('participant', id);
    return p;
  }

  bodiesByIds(sql: Sql, ids: readonly string[]): Promise<BodyRow[]> {
    return this.bodies.byIds(sql, ids);
  }

  body(sql: Sql, id: string): Promise<BodyRow | null> {
    return this.bodies.byId(sql, id);
  }

  async findBody(sql: Sql, id: string): Promise<BodyRow> {
    const b = await this.bodies.byId(sql, id);
    if (!b) throw new NotFound('body', id);
    return b;
  }

  usersByIds(sql: Sql, ids: readonly string[]): Promise<UserRow[]> {
    return this.users.byIds(sql, ids);
  }

  user(sql: Sql, id: string): Promise<UserRow | null> {
    return this.users.byId(sql, id);
  }

  seatsOfBodies(sql: Sql, bodyIds: readonly string[]): Promise<SeatRow[]> {
    return this.bodies.seatsOfBodies(sql, bodyIds);
  }

  async seatsByBody(sql: Sql, bodyIds: readonly string[]): Promise<Map<string, SeatRow[]>> {
    return groupInto(bodyIds, await this.bodies.seatsOfBodies(sql, bodyIds));
  }

  participantWithSeat(
    sql: Sql,
    bodyId: string,
    participantId: string,
  ): Promise<{ seat: SeatRow | null; participant: Omit<SeatRow, 'bodyId' | 'addedAt'> } | null> {
    return this.bodies.participantWithSeat(sql, bodyId, participantId);
  }

  async isSeated(sql: Sql, bodyId: string, participantId: string): Promise<boolean> {
    return (await this.bodies.participantWithSeat(sql, bodyId, participantId))?.seat != null;
  }

  bodyIdsOfParticipant(sql: Sql, participantId: string): Promise<string[]> {
    return this.bodies.bodyIdsOfParticipant(sql, participantId);
  }

  async chairTermsOfBodies(sql: Sql, bodyIds: readonly string[]): Promise<Map<string, ChairTermRow[]>> {
    return groupInto(bodyIds, await this.terms.ofBodies(sql, bodyIds));
  }

  chairTermsOfBody(sql: Sql, bodyId: string): Promise<ChairTermRow[]> {
    return this.terms.ofBodies(sql, [bodyId]);
  }

  bodyIdsChairedBy(sql: Sql, participantId: string): Promise<string[]> {
    return this.terms.bodyIdsChairedBy(sql, participantId);
  }

  async chairOn(sql: Sql, bodyId: string, day: IsoDate, role: ChairRole = 'CHAIR'): Promise<ChairTermRow | null> {
    return termInForce(await this.terms.ofBodies(sql, [bodyId]), role, day);
  }

  async chairAt(sql: Sql, bodyId: string, at: Date, role: ChairRole = 'CHAIR'): Promise<ChairTermRow | null> {
    return this.chairOn(sql, bodyId, await this.dayOf(at), role);
  }

  /** The calendar day of an instant in the organisation's time zone (how every rule reads dates). */
  async dayOf(at: Date): Promise<IsoDate> {
    const { timeZone } = await this.org.get();
    return localDate(at, timeZone);
  }
}

/** Rows grouped by body, with an (empty) entry for every body asked for, rows kept in their order. */
function groupInto<R extends { bodyId: string }>(bodyIds: readonly string[], rows: R[]): Map<string, R[]> {
  const map = new Map<string, R[]>(bodyIds.map((id) => [id, []]));
  for (const r of rows) map.get(r.bodyId)?.push(r);
  return map;
}
