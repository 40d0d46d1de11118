// Thin resolvers of the organisation area's participants, bodies and chair terms: read arguments
// and the actor, call one service method (users and sign-in: users.resolvers.ts).
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { ParticipantKind } from '../platform/graphql/enums.js';
import {
  AssignChairInput,
  BodyMemberArgs,
  CreateBodyInput,
  CreateParticipantInput,
  EndChairTermArgs,
  SetParticipantStatusArgs,
} from './inputs/organisation.inputs.js';
import { BodiesService } from './bodies.service.js';
import { ChairTermsService } from './chair-terms.service.js';
import {
  BodyModel,
  ChairTermModel,
  OrganizationModel,
  ParticipantModel,
  UserModel,
} from './models/organisation.models.js';
import { OrganisationLoaders } from './organisation.loaders.js';
import { OrganizationSettings } from './organization-settings.service.js';
import { ParticipantsService } from './participants.service.js';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    private readonly settings: OrganizationSettings,
    private readonly participants: ParticipantsService,
    private readonly bodies: BodiesService,
  ) {}

  @Query(() => OrganizationModel)
  organization() {
    return this.settings.get();
  }

  @ResolveField(() => [ParticipantModel], { name: 'participants' })
  participantList(@Args('kind', { type: () => ParticipantKind, nullable: true }) kind: ParticipantKind | null) {
    return this.participants.list(kind);
  }

  @ResolveField(() => [BodyModel], { name: 'bodies' })
  bodyList() {
    return this.bodies.list();
  }
}

@Resolver(() => ParticipantModel)
export class ParticipantResolver {
  constructor(
    private readonly service: ParticipantsService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Query(() => ParticipantModel, { nullable: true })
  participant(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => ParticipantModel)
  createParticipant(@Actor() actor: CurrentUser | null, @Args('input') input: CreateParticipantInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => ParticipantModel)
  setParticipantStatus(@Actor() actor: CurrentUser | null, @Args() args: SetParticipantStatusArgs) {
    return this.service.setStatus(actor, args.participantId, args.status);
  }

  @ResolveField(() => [UserModel])
  delegates(@Parent() p: ParticipantModel, @Ctx() ctx: RequestContext) {
    return this.loaders.delegates(ctx).load(p.id);
  }
}

@Resolver(() => BodyModel)
export class BodyResolver {
  constructor(
    private readonly service: BodiesService,
    private readonly terms: ChairTermsService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Query(() => BodyModel, { nullable: true })
  body(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => BodyModel)
  createBody(@Actor() actor: CurrentUser | null, @Args('input') input: CreateBodyInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => BodyModel)
  addBodyMember(@Actor() actor: CurrentUser | null, @Args() args: BodyMemberArgs) {
    return this.service.addMember(actor, args.bodyId, args.participantId);
  }

  @Mutation(() => BodyModel)
  removeBodyMember(@Actor() actor: CurrentUser | null, @Args() args: BodyMemberArgs) {
    return this.service.removeMember(actor, args.bodyId, args.participantId);
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
    return this.terms.inForceAt(await this.loaders.chairTerms(ctx).load(b.id), at ?? new Date());
  }
}

@Resolver(() => ChairTermModel)
export class ChairTermResolver {
  constructor(
    private readonly service: ChairTermsService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Mutation(() => ChairTermModel)
  assignChair(@Actor() actor: CurrentUser | null, @Args('input') input: AssignChairInput) {
    return this.service.assign(actor, input);
  }

  @Mutation(() => ChairTermModel)
  endChairTerm(@Actor() actor: CurrentUser | null, @Args() args: EndChairTermArgs) {
    return this.service.end(actor, args.termId, args.endsOn);
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
