// Thin resolvers of the decisions area: read arguments and the actor, call one service method.
// Relation fields go through per-request loaders, returning first what the parent already carries.
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { MeetingLoaders } from '../meetings/meetings.loaders.js';
import { AgendaItemModel } from '../meetings/models/meeting.models.js';
import { BodyModel, UserModel } from '../organisation/models/organisation.models.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { DecisionRecordModel } from '../records/models/decision-record.models.js';
import { RecordsService } from '../records/records.service.js';
import { ClosingService } from './closing.service.js';
import { DecisionsLoaders } from './decisions.loaders.js';
import {
  AmendProposalInput,
  ProposalIdArgs,
  RecordPositionInput,
  StartWrittenProcedureInput,
  SubmitProposalInput,
  WithdrawProposalArgs,
} from './inputs/decision.inputs.js';
import { PositionModel, ProposalModel, ProposalVersionModel, TallyModel } from './models/proposal.models.js';
import { PositionService } from './position.service.js';
import { ProposalService } from './proposal.service.js';

@Resolver(() => ProposalModel)
export class ProposalResolver {
  constructor(
    private readonly proposals: ProposalService,
    private readonly positionService: PositionService,
    private readonly closing: ClosingService,
    private readonly records: RecordsService,
    private readonly loaders: DecisionsLoaders,
    private readonly organisation: OrganisationLoaders,
    private readonly meetings: MeetingLoaders,
    private readonly events: EventBus,
  ) {}

  @Query(() => ProposalModel, { nullable: true })
  proposal(@Actor() actor: CurrentUser | null, @Args('id', { type: () => ID }) id: string) {
    return this.proposals.proposal(actor, id);
  }

  @Mutation(() => ProposalModel)
  submitProposal(@Actor() actor: CurrentUser | null, @Args('input') input: SubmitProposalInput) {
    return this.proposals.submitProposal(actor, input);
  }

  @Mutation(() => ProposalModel)
  startWrittenProcedure(@Actor() actor: CurrentUser | null, @Args('input') input: StartWrittenProcedureInput) {
    return this.proposals.startWrittenProcedure(actor, input);
  }

  @Mutation(() => ProposalModel)
  amendProposal(@Actor() actor: CurrentUser | null, @Args('input') input: AmendProposalInput) {
    return this.proposals.amendProposal(actor, input);
  }

  @Mutation(() => ProposalModel)
  openProposal(@Actor() actor: CurrentUser | null, @Args() args: ProposalIdArgs) {
    return this.proposals.openProposal(actor, args.proposalId);
  }

  @Mutation(() => ProposalModel)
  withdrawProposal(@Actor() actor: CurrentUser | null, @Args() args: WithdrawProposalArgs) {
    return this.proposals.withdrawProposal(actor, args.proposalId, args.reason);
  }

  @Mutation(() => PositionModel)
  recordPosition(@Actor() actor: CurrentUser | null, @Args('input') input: RecordPositionInput) {
    return this.positionService.recordPosition(actor, input);
  }

  @Mutation(() => DecisionRecordModel, {
    description: 'Closes an OPEN proposal and returns its DRAFT decision record.',
  })
  async closeProposal(@Actor() actor: CurrentUser | null, @Args() args: ProposalIdArgs) {
    const closed = await this.closing.closeProposal(actor, args.proposalId);
    return this.records.findById(closed.recordId);
  }

  @Subscription(() => ProposalModel, {
    description: 'Positions, amendments and status changes of a proposal, after they commit.',
    resolve(this: ProposalResolver, payload: { id: string }, _args: unknown, ctx: RequestContext) {
      // A subscription keeps one context (and its loaders) for all its events: forget what the
      // previous event read, or the positions would be those of the first event forever.
      ctx.loaders.clearAll();
      return this.proposals.proposal(ctx.user, payload.id);
    },
  })
  async proposalUpdated(
    @Actor() actor: CurrentUser | null,
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ) {
    return this.proposals.subscribe(actor, proposalId);
  }

  @ResolveField(() => BodyModel)
  body(@Parent() p: ProposalModel, @Ctx() ctx: RequestContext) {
    return this.organisation.body(ctx).load(p.bodyId);
  }

  @ResolveField(() => AgendaItemModel, { nullable: true })
  agendaItem(@Parent() p: ProposalModel, @Ctx() ctx: RequestContext) {
    return p.agendaItemId ? this.meetings.agendaItem(ctx).load(p.agendaItemId) : null;
  }

  @ResolveField(() => ProposalVersionModel)
  async currentVersion(@Parent() p: ProposalModel, @Ctx() ctx: RequestContext) {
    const versions = await this.loaders.versions(ctx).load(p.id);
    return versions.find((v) => v.number === p.currentVersionNumber);
  }

  @ResolveField(() => [ProposalVersionModel], { description: 'Every version, first to last.' })
  versions(@Parent() p: ProposalModel, @Ctx() ctx: RequestContext) {
    return this.loaders.versions(ctx).load(p.id);
  }

  @ResolveField(() => [PositionModel], {
    description: "Each participant's latest position on the current version, by participant code.",
  })
  positions(@Parent() p: ProposalModel, @Ctx() ctx: RequestContext) {
    return this.loaders.positions(ctx, p);
  }

  @ResolveField(() => [PositionModel], { description: 'Every position ever recorded, all versions, oldest first.' })
  positionHistory(@Parent() p: ProposalModel, @Ctx() ctx: RequestContext) {
    return this.loaders.positionHistory(ctx).load(p.id);
  }

  @ResolveField(() => TallyModel, { description: 'The consensus rule applied to the proposal as it stands now.' })
  tally(@Parent() p: ProposalModel, @Ctx() ctx: RequestContext) {
    return this.loaders.tally(ctx, p);
  }
}

@Resolver(() => PositionModel)
export class PositionResolver {
  constructor(private readonly organisation: OrganisationLoaders) {}

  @ResolveField(() => UserModel)
  recordedBy(@Parent() x: PositionModel, @Ctx() ctx: RequestContext) {
    return x.recordedBy ?? this.organisation.user(ctx).load(x.recordedByUserId);
  }
}

@Resolver(() => ProposalVersionModel)
export class ProposalVersionResolver {
  constructor(private readonly organisation: OrganisationLoaders) {}

  @ResolveField(() => UserModel)
  createdBy(@Parent() v: ProposalVersionModel, @Ctx() ctx: RequestContext) {
    return this.organisation.user(ctx).load(v.createdByUserId);
  }
}

/** AgendaItem.proposals: a field this area adds to the meetings area's AgendaItem type. */
@Resolver(() => AgendaItemModel)
export class AgendaItemProposalsResolver {
  constructor(private readonly loaders: DecisionsLoaders) {}

  @ResolveField(() => [ProposalModel], { description: 'Proposals on this item, oldest first.' })
  proposals(@Parent() a: AgendaItemModel, @Ctx() ctx: RequestContext) {
    return this.loaders.proposalsOfAgendaItem(ctx).load(a.id);
  }
}
