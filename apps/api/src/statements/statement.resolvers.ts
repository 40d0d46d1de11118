// Thin resolvers of the statements area: submitStatement, the Statement relations, and
// Meeting.statements (a field this area adds to the meetings area's Meeting type). Every relation
// goes through a per-request loader, so a list of meetings or statements costs one query per field.
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import { ProposalModel } from '../decisions/models/proposal.models.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { ParticipantModel, UserModel } from '../organisation/models/organisation.models.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { MeetingLoaders } from '../meetings/meetings.loaders.js';
import { BoycottModel, MeetingModel } from '../meetings/models/meeting.models.js';
import { SubmitStatementInput } from './statement.inputs.js';
import { StatementLoaders } from './statement.loaders.js';
import { StatementModel } from './statement.model.js';
import { StatementService } from './statement.service.js';

@Resolver(() => StatementModel)
export class StatementResolver {
  constructor(
    private readonly service: StatementService,
    private readonly loaders: StatementLoaders,
    private readonly meetings: MeetingLoaders,
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

  @ResolveField(() => MeetingModel, { nullable: true })
  meeting(@Parent() s: StatementModel, @Ctx() ctx: RequestContext) {
    if (s.meeting !== undefined) return s.meeting;
    return s.meetingId ? this.meetings.meeting(ctx).load(s.meetingId) : null;
  }

  @ResolveField(() => ProposalModel, { nullable: true })
  proposal(@Parent() s: StatementModel, @Ctx() ctx: RequestContext) {
    if (s.proposal !== undefined) return s.proposal;
    return s.proposalId ? this.loaders.proposal(ctx).load(s.proposalId) : null;
  }

  @ResolveField(() => BoycottModel, { nullable: true })
  boycott(@Parent() s: StatementModel, @Ctx() ctx: RequestContext) {
    if (s.boycott !== undefined) return s.boycott;
    return s.boycottId ? this.meetings.boycott(ctx).load(s.boycottId) : null;
  }
}

@Resolver(() => MeetingModel)
export class MeetingStatementsResolver {
  constructor(private readonly loaders: StatementLoaders) {}

  @ResolveField(() => [StatementModel], { description: 'Statements on this meeting, oldest first.' })
  statements(@Parent() m: MeetingModel, @Ctx() ctx: RequestContext) {
    return this.loaders.byMeeting(ctx).load(m.id);
  }
}
