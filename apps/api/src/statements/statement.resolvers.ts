// Thin resolvers of the statements area: submitStatement and the Statement relations this area
// owns (participant, submittedBy). Statement.meeting and .boycott are the meetings area's,
// Statement.proposal the decisions area's, and Meeting.statements is added by the meetings area.
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { ParticipantModel, UserModel } from '../organisation/models/organisation.models.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { SubmitStatementInput } from './statement.inputs.js';
import { StatementModel } from './statement.model.js';
import { StatementService } from './statement.service.js';

@Resolver(() => StatementModel)
export class StatementResolver {
  constructor(
    private readonly service: StatementService,
    private readonly organisation: OrganisationLoaders,
  ) {}

  @Mutation(() => StatementModel)
  submitStatement(@Actor() actor: CurrentUser | null, @Args('input') input: SubmitStatementInput) {
    return this.service.submitStatement(actor, input);
  }

  @ResolveField(() => ParticipantModel)
  participant(@Parent() s: StatementModel, @Ctx() ctx: RequestContext) {
    return s.participant ?? this.organisation.participant(ctx).load(s.participantId);
  }

  @ResolveField(() => UserModel)
  submittedBy(@Parent() s: StatementModel, @Ctx() ctx: RequestContext) {
    return s.submittedBy ?? this.organisation.user(ctx).load(s.submittedByUserId);
  }
}
