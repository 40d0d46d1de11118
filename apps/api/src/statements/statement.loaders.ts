// Per-request DataLoaders of the statements area: a list of meetings asking for their statements,
// or a list of statements asking for their proposal, costs one query, whatever the length of the
// list. A statement's meeting and boycott come through the meetings area's loaders.
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { ProposalModel } from '../decisions/models/proposal.models.js';
import { groupBy, indexBy } from '../platform/graphql/loaders.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import type { StatementEntity } from './statement.entity.js';
import { StatementService } from './statement.service.js';

@Injectable()
export class StatementLoaders {
  constructor(private readonly service: StatementService) {}

  /** The statements on each meeting, oldest first. */
  byMeeting(ctx: RequestContext): DataLoader<string, StatementEntity[]> {
    return ctx.loaders.get('statement.byMeeting', async (ids: readonly string[]) =>
      groupBy(ids, await this.service.statementsByMeetingIds(ids), (s) => s.meetingId as string),
    );
  }

  proposal(ctx: RequestContext): DataLoader<string, ProposalModel | null> {
    return ctx.loaders.get('statement.proposal.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.service.proposalsByIds(ids), (p) => p.id),
    );
  }
}
