// Per-request DataLoaders of the organisation area: every relation a list can reach (a meeting's
// participants, a body's members, a position's user) is fetched in one query per request.
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { groupBy, indexBy } from '../platform/graphql/loaders.js';
import type { BodyEntity } from './entities/body.entity.js';
import type { ChairTermEntity } from './entities/chair-term.entity.js';
import type { ParticipantEntity } from './entities/participant.entity.js';
import type { UserEntity } from './entities/user.entity.js';
import { OrganisationService } from './organisation.service.js';

@Injectable()
export class OrganisationLoaders {
  constructor(private readonly service: OrganisationService) {}

  participant(ctx: RequestContext): DataLoader<string, ParticipantEntity | null> {
    return ctx.loaders.get('participant.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.service.participantsByIds(ids), (p) => p.id),
    );
  }

  body(ctx: RequestContext): DataLoader<string, BodyEntity | null> {
    return ctx.loaders.get('body.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.service.bodiesByIds(ids), (b) => b.id),
    );
  }

  user(ctx: RequestContext): DataLoader<string, UserEntity | null> {
    return ctx.loaders.get('user.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.service.usersByIds(ids), (u) => u.id),
    );
  }

  delegates(ctx: RequestContext): DataLoader<string, UserEntity[]> {
    return ctx.loaders.get('user.byParticipant', async (ids: readonly string[]) =>
      groupBy(ids, await this.service.usersByParticipantIds(ids), (u) => u.participantId as string),
    );
  }

  /** Seats on a body (members and observers), ordered by participant code. */
  seats(ctx: RequestContext): DataLoader<string, { bodyId: string; participantId: string; kind: string }[]> {
    return ctx.loaders.get('membership.byBody', async (ids: readonly string[]) =>
      groupBy(ids, await this.service.membershipsByBodyIds(ids), (m) => m.bodyId),
    );
  }

  chairTerms(ctx: RequestContext): DataLoader<string, ChairTermEntity[]> {
    return ctx.loaders.get('chairTerm.byBody', async (ids: readonly string[]) =>
      groupBy(ids, await this.service.chairTermsByBodyIds(ids), (t) => t.bodyId),
    );
  }

  /** Participants of a body of one kind (members: PARTICIPANT, observers: OBSERVER), batched. */
  async seatHolders(
    ctx: RequestContext,
    bodyId: string,
    kind: 'PARTICIPANT' | 'OBSERVER',
  ): Promise<ParticipantEntity[]> {
    const seats = (await this.seats(ctx).load(bodyId)).filter((s) => s.kind === kind);
    const people = await this.participant(ctx).loadMany(seats.map((s) => s.participantId));
    return people.filter((p): p is ParticipantEntity => p !== null && !(p instanceof Error));
  }
}
