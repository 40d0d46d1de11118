// Thin resolvers of meeting requests: read arguments and the actor, call one service method; the
// relations go through per-request loaders.
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Ctx, type CurrentUser } from '../../platform/auth/current-user.js';
import type { RequestContext } from '../../platform/graphql/request-context.js';
import { BodyModel, ParticipantModel } from '../../organisation/models/organisation.models.js';
import { OrganisationLoaders } from '../../organisation/organisation.loaders.js';
import { MeetingLoaders } from '../meetings.loaders.js';
import { MeetingModel } from '../models/meeting.models.js';
import { MeetingRequestsArgs, RequestMeetingInput, RespondToMeetingRequestInput } from './meeting-request.inputs.js';
import { MeetingRequestModel } from './meeting-request.model.js';
import { MeetingRequestService } from './meeting-request.service.js';

@Resolver(() => MeetingRequestModel)
export class MeetingRequestResolver {
  constructor(
    private readonly service: MeetingRequestService,
    private readonly meetings: MeetingLoaders,
    private readonly organisation: OrganisationLoaders,
  ) {}

  @Query(() => [MeetingRequestModel])
  meetingRequests(@Actor() actor: CurrentUser | null, @Args() args: MeetingRequestsArgs) {
    return this.service.meetingRequests(actor, args.status);
  }

  @Mutation(() => MeetingRequestModel)
  requestMeeting(@Actor() actor: CurrentUser | null, @Args('input') input: RequestMeetingInput) {
    return this.service.requestMeeting(actor, input);
  }

  @Mutation(() => MeetingRequestModel)
  respondToMeetingRequest(@Actor() actor: CurrentUser | null, @Args('input') input: RespondToMeetingRequestInput) {
    return this.service.respondToMeetingRequest(actor, input);
  }

  @ResolveField(() => BodyModel)
  body(@Parent() r: MeetingRequestModel, @Ctx() ctx: RequestContext) {
    return this.organisation.body(ctx).load(r.bodyId);
  }

  @ResolveField(() => ParticipantModel)
  requestedBy(@Parent() r: MeetingRequestModel, @Ctx() ctx: RequestContext) {
    return this.organisation.participant(ctx).load(r.requestedByParticipantId);
  }

  @ResolveField(() => MeetingModel, { nullable: true, description: 'The meeting convened in answer, when accepted.' })
  meeting(@Parent() r: MeetingRequestModel, @Ctx() ctx: RequestContext) {
    return r.meetingId ? this.meetings.meeting(ctx).load(r.meetingId) : null;
  }
}
