// Statement.proposal: the decisions area adds it to the statements area's type (statements sit below
// decisions and know nothing of proposals), through the per-request proposal loader.
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../platform/auth/current-user.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { StatementModel } from '../statements/statement.model.js';
import { DecisionsLoaders } from './decisions.loaders.js';
import { ProposalModel } from './models/proposal.models.js';

@Resolver(() => StatementModel)
export class StatementProposalResolver {
  constructor(private readonly loaders: DecisionsLoaders) {}

  @ResolveField(() => ProposalModel, { nullable: true })
  proposal(@Parent() s: StatementModel, @Ctx() ctx: RequestContext) {
    if (s.proposal !== undefined) return s.proposal;
    return s.proposalId ? this.loaders.proposal(ctx).load(s.proposalId) : null;
  }
}
