// Per-request DataLoaders of the organisation area: every relation a list can reach (a meeting's
// participants, a body's members, a position's user) is fetched in one query per request. Other
// areas' field resolvers use these too (exported), and may prime them with rows they already hold.
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { Database } from '../platform/database/database.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { groupBy, indexBy } from '../platform/graphql/loaders.js';
import {
  OrganisationReadModel,
  type BodyRow,
  type ChairTermRow,
  type ParticipantRow,
  type UserRow,
} from './organisation.read-model.js';
import { UsersRepository } from './users.repository.js';

/** A seat as the seat loader holds it (the meetings area primes it with these three fields). */
export interface SeatRef {
  bodyId: string;
  participantId: string;
  kind: string;
}

@Injectable()
export class OrganisationLoaders {
  constructor(
    private readonly database: Database,
    private readonly organisation: OrganisationReadModel,
    private readonly users: UsersRepository,
  ) {}

  participant(ctx: RequestContext): DataLoader<string, ParticipantRow | null> {
    return ctx.loaders.get('participant.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.organisation.participantsByIds(this.database, ids), (p) => p.id),
    );
  }

  body(ctx: RequestContext): DataLoader<string, BodyRow | null> {
    return ctx.loaders.get('body.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.organisation.bodiesByIds(this.database, ids), (b) => b.id),
    );
  }

  user(ctx: RequestContext): DataLoader<string, UserRow | null> {
    return ctx.loaders.get('user.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.organisation.usersByIds(this.database, ids), (u) => u.id),
    );
  }

  /** The delegates of participants, by email. */
  delegates(ctx: RequestContext): DataLoader<string, UserRow[]> {
    return ctx.loaders.get('user.byParticipant', async (ids: readonly string[]) =>
      groupBy(ids, await this.users.byParticipantIds(this.database, ids), (u) => u.participantId as string),
    );
  }

  /** Seats on a body (members and observers), ordered by participant code. */
  seats(ctx: RequestContext): DataLoader<string, SeatRef[]> {
    return ctx.loaders.get('membership.byBody', async (ids: readonly string[]) =>
      groupBy(ids, await this.organisation.seatsOfBodies(this.database, ids), (m) => m.bodyId),
    );
  }

  /** Chair terms of a body, by first day then role. */
  chairTerms(ctx: RequestContext): DataLoader<string, ChairTermRow[]> {
    return ctx.loaders.get('chairTerm.byBody', async (ids: readonly string[]) => {
      const byBody = await this.organisation.chairTermsOfBodies(this.database, ids);
      return ids.map((id) => byBody.get(id) ?? []);
    });
  }

  /** Participants of a body of one kind (members: PARTICIPANT, observers: OBSERVER), batched. */
  async seatHolders(ctx: RequestContext, bodyId: string, kind: 'PARTICIPANT' | 'OBSERVER'): Promise<ParticipantRow[]> {
    const seats = (await this.seats(ctx).load(bodyId)).filter((s) => s.kind === kind);
    const people = await this.participant(ctx).loadMany(seats.map((s) => s.participantId));
    return people.filter((p): p is ParticipantRow => p !== null && !(p instanceof Error));
  }
}
