// Thin resolvers of attendance and boycotts: recordAttendance, the boycotts query, declaring and
// withdrawing; their relations go through the per-request loaders (never one query per row).
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import { GraphQLDate } from '../platform/graphql/date.scalar.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { BodyModel, ParticipantModel, UserModel } from '../organisation/models/organisation.models.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { AttendanceService } from './attendance.service.js';
import { BoycottsService } from './boycotts.service.js';
import { DeclareBoycottInput, RecordAttendanceInput } from './inputs/meeting.inputs.js';
import { MeetingLoaders } from './meetings.loaders.js';
import { AttendanceRecordModel, BoycottModel, MeetingModel } from './models/meeting.models.js';

@Resolver(() => AttendanceRecordModel)
export class AttendanceRecordResolver {
  constructor(
    private readonly service: AttendanceService,
    private readonly loaders: MeetingLoaders,
    private readonly org: OrganisationLoaders,
  ) {}

  @Mutation(() => AttendanceRecordModel)
  recordAttendance(@Actor() actor: CurrentUser | null, @Args('input') input: RecordAttendanceInput) {
    return this.service.recordAttendance(actor, input);
  }

  @ResolveField(() => ParticipantModel)
  participant(@Parent() a: AttendanceRecordModel, @Ctx() ctx: RequestContext) {
    return a.participant ?? this.org.participant(ctx).load(a.participantId);
  }

  @ResolveField(() => BoycottModel, { nullable: true, description: 'Set when status is BOYCOTT.' })
  boycott(@Parent() a: AttendanceRecordModel, @Ctx() ctx: RequestContext) {
    if (a.boycott !== undefined) return a.boycott;
    return a.boycottId ? this.loaders.boycott(ctx).load(a.boycottId) : null;
  }

  @ResolveField(() => UserModel, {
    nullable: true,
    description: 'null when Concord set it (a boycott or a suspension).',
  })
  recordedBy(@Parent() a: AttendanceRecordModel, @Ctx() ctx: RequestContext) {
    if (a.recordedBy !== undefined) return a.recordedBy;
    return a.recordedByUserId ? this.org.user(ctx).load(a.recordedByUserId) : null;
  }
}

@Resolver(() => BoycottModel)
export class BoycottResolver {
  constructor(
    private readonly service: BoycottsService,
    private readonly loaders: MeetingLoaders,
    private readonly org: OrganisationLoaders,
  ) {}

  @Query(() => [BoycottModel], { description: 'Boycotts, oldest first; activeOn: in force on that day.' })
  boycotts(
    @Actor() actor: CurrentUser | null,
    @Args('participantId', { type: () => ID, nullable: true }) participantId: string | null,
    @Args('activeOn', { type: () => GraphQLDate, nullable: true }) activeOn: string | null,
  ) {
    return this.service.boycotts(actor, participantId, activeOn);
  }

  @Mutation(() => BoycottModel)
  declareBoycott(@Actor() actor: CurrentUser | null, @Args('input') input: DeclareBoycottInput) {
    return this.service.declareBoycott(actor, input);
  }

  @Mutation(() => BoycottModel)
  withdrawBoycott(@Actor() actor: CurrentUser | null, @Args('boycottId', { type: () => ID }) boycottId: string) {
    return this.service.withdrawBoycott(actor, boycottId);
  }

  @ResolveField(() => ParticipantModel)
  participant(@Parent() b: BoycottModel, @Ctx() ctx: RequestContext) {
    return b.participant ?? this.org.participant(ctx).load(b.participantId);
  }

  @ResolveField(() => MeetingModel, { nullable: true })
  meeting(@Parent() b: BoycottModel, @Ctx() ctx: RequestContext) {
    if (b.meeting !== undefined) return b.meeting;
    return b.meetingId ? this.loaders.meeting(ctx).load(b.meetingId) : null;
  }

  @ResolveField(() => BodyModel, { nullable: true })
  body(@Parent() b: BoycottModel, @Ctx() ctx: RequestContext) {
    if (b.body !== undefined) return b.body;
    return b.bodyId ? this.org.body(ctx).load(b.bodyId) : null;
  }

  @ResolveField(() => ParticipantModel, { nullable: true })
  chairedBy(@Parent() b: BoycottModel, @Ctx() ctx: RequestContext) {
    if (b.chairedBy !== undefined) return b.chairedBy;
    return b.chairedById ? this.org.participant(ctx).load(b.chairedById) : null;
  }

  @ResolveField(() => UserModel)
  declaredBy(@Parent() b: BoycottModel, @Ctx() ctx: RequestContext) {
    return b.declaredBy ?? this.org.user(ctx).load(b.declaredByUserId);
  }
}
