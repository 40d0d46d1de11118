// Thin resolvers of the organisation area: read arguments and the actor, call one service method.
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { ParticipantKind } from '../platform/graphql/enums.js';
import {
  AssignChairInput,
  BodyMemberArgs,
  CreateBodyInput,
  CreateParticipantInput,
  CreateUserInput,
  EndChairTermArgs,
  SetParticipantStatusArgs,
} from './inputs/organisation.inputs.js';
import {
  BodyModel,
  ChairTermModel,
  OrganizationModel,
  ParticipantModel,
  UserModel,
} from './models/organisation.models.js';
import { OrganisationLoaders } from './organisation.loaders.js';
import { OrganisationService } from './organisation.service.js';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Query(() => OrganizationModel)
  organization() {
    return this.service.organization();
  }

  @ResolveField(() => [ParticipantModel])
  participants(@Args('kind', { type: () => ParticipantKind, nullable: true }) kind: ParticipantKind | null) {
    return this.service.participants(kind);
  }

  @ResolveField(() => [BodyModel])
  bodies() {
    return this.service.bodies();
  }
}

@Resolver(() => ParticipantModel)
export class ParticipantResolver {
  constructor(
    private readonly service: OrganisationService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Query(() => ParticipantModel, { nullable: true })
  participant(@Args('id', { type: () => ID }) id: string) {
    return this.service.participant(id);
  }

  @Mutation(() => ParticipantModel)
  createParticipant(@Actor() actor: CurrentUser | null, @Args('input') input: CreateParticipantInput) {
    return this.service.createParticipant(actor, input);
  }

  @Mutation(() => ParticipantModel)
  setParticipantStatus(@Actor() actor: CurrentUser | null, @Args() args: SetParticipantStatusArgs) {
    return this.service.setParticipantStatus(actor, args.participantId, args.status);
  }

  @ResolveField(() => [UserModel])
  delegates(@Parent() p: ParticipantModel, @Ctx() ctx: RequestContext) {
    return this.loaders.delegates(ctx).load(p.id);
  }
}

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly service: OrganisationService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Mutation(() => UserModel)
  createUser(@Actor() actor: CurrentUser | null, @Args('input') input: CreateUserInput) {
    return this.service.createUser(actor, input);
  }

  @ResolveField(() => ParticipantModel, { nullable: true })
  participant(@Parent() u: UserModel, @Ctx() ctx: RequestContext) {
    return u.participantId ? this.loaders.participant(ctx).load(u.participantId) : null;
  }
}

@Resolver(() => BodyModel)
export class BodyResolver {
  constructor(
    private readonly service: OrganisationService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Query(() => BodyModel, { nullable: true })
  body(@Args('id', { type: () => ID }) id: string) {
    return this.service.body(id);
  }

  @Mutation(() => BodyModel)
  createBody(@Actor() actor: CurrentUser | null, @Args('input') input: CreateBodyInput) {
    return this.service.createBody(actor, input);
  }

  @Mutation(() => BodyModel)
  addBodyMember(@Actor() actor: CurrentUser | null, @Args() args: BodyMemberArgs) {
    return this.service.addBodyMember(actor, args.bodyId, args.participantId);
  }

  @Mutation(() => BodyModel)
  removeBodyMember(@Actor() actor: CurrentUser | null, @Args() args: BodyMemberArgs) {
    return this.service.removeBodyMember(actor, args.bodyId, args.participantId);
  }

  @ResolveField(() => [ParticipantModel], { description: 'Members: participants of kind PARTICIPANT.' })
  members(@Parent() b: BodyModel, @Ctx() ctx: RequestContext) {
    return this.loaders.seatHolders(ctx, b.id, 'PARTICIPANT');
  }

  @ResolveField(() => [ParticipantModel], { description: 'Observers: participants of kind OBSERVER.' })
  observers(@Parent() b: BodyModel, @Ctx() ctx: RequestContext) {
    return this.loaders.seatHolders(ctx, b.id, 'OBSERVER');
  }

  @ResolveField(() => [ChairTermModel])
  chairTerms(@Parent() b: BodyModel, @Ctx() ctx: RequestContext) {
    return this.loaders.chairTerms(ctx).load(b.id);
  }

  @ResolveField(() => ChairTermModel, {
    nullable: true,
    description: 'The CHAIR term in force at that time (default now).',
  })
  async chair(
    @Parent() b: BodyModel,
    @Ctx() ctx: RequestContext,
    @Args('at', { type: () => Date, nullable: true }) at: Date | null,
  ) {
    return this.service.chairAt(await this.loaders.chairTerms(ctx).load(b.id), at ?? new Date());
  }
}

@Resolver(() => ChairTermModel)
export class ChairTermResolver {
  constructor(
    private readonly service: OrganisationService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Mutation(() => ChairTermModel)
  assignChair(@Actor() actor: CurrentUser | null, @Args('input') input: AssignChairInput) {
    return this.service.assignChair(actor, input);
  }

  @Mutation(() => ChairTermModel)
  endChairTerm(@Actor() actor: CurrentUser | null, @Args() args: EndChairTermArgs) {
    return this.service.endChairTerm(actor, args.termId, args.endsOn);
  }

  @ResolveField(() => BodyModel)
  body(@Parent() t: ChairTermModel, @Ctx() ctx: RequestContext) {
    return this.loaders.body(ctx).load(t.bodyId);
  }

  @ResolveField(() => ParticipantModel)
  participant(@Parent() t: ChairTermModel, @Ctx() ctx: RequestContext) {
    return this.loaders.participant(ctx).load(t.participantId);
  }
}
