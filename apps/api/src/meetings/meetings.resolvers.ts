// Thin resolvers of the meetings area: read arguments and the actor, call one service method; relation
// fields go through the per-request loaders (never one query per row).
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { localDate, termInForce } from '#consensus';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import { Unauthenticated } from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import { GraphQLDate } from '../platform/graphql/date.scalar.js';
import { LoaderRegistry } from '../platform/graphql/loaders.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { BodyModel, ParticipantModel, UserModel } from '../organisation/models/organisation.models.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { AgendaService } from './agenda.service.js';
import { AttendanceService } from './attendance.service.js';
import { BoycottsService } from './boycotts.service.js';
import {
  AgendaItemInput,
  CancelMeetingArgs,
  DeclareBoycottInput,
  MeetingsArgs,
  RecordAttendanceInput,
  ReorderAgendaArgs,
  RescheduleMeetingArgs,
  ScheduleMeetingInput,
} from './inputs/meeting.inputs.js';
import { MeetingLifecycleService } from './meeting-lifecycle.service.js';
import { MeetingReadsService } from './meeting-reads.service.js';
import type { MeetingRow } from './meetings.repository.js';
import { MeetingLoaders } from './meetings.loaders.js';
import {
  AgendaItemModel,
  AttendanceRecordModel,
  BoycottModel,
  MeetingConnection,
  MeetingModel,
} from './models/meeting.models.js';

@Resolver(() => MeetingModel)
export class MeetingResolver {
  constructor(
    private readonly reads: MeetingReadsService,
    private readonly lifecycle: MeetingLifecycleService,
    private readonly agendaService: AgendaService,
    private readonly loaders: MeetingLoaders,
    private readonly org: OrganisationLoaders,
    private readonly settings: OrganizationSettings,
    private readonly events: EventBus,
  ) {}

  @Query(() => MeetingModel, { nullable: true })
  meeting(@Actor() actor: CurrentUser | null, @Args('id', { type: () => ID }) id: string) {
    return this.reads.meeting(actor, id);
  }

  @Query(() => MeetingConnection, {
    description: 'Meetings in order of startsAt; from/to bound startsAt (from inclusive, to exclusive).',
  })
  meetings(
    @Actor() actor: CurrentUser | null,
    @Args() args: MeetingsArgs,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.reads.meetingsPage(actor, { ...args, first, after });
  }

  @Mutation(() => MeetingModel)
  scheduleMeeting(@Actor() actor: CurrentUser | null, @Args('input') input: ScheduleMeetingInput) {
    return this.lifecycle.scheduleMeeting(actor, input);
  }

  @Mutation(() => MeetingModel)
  rescheduleMeeting(@Actor() actor: CurrentUser | null, @Args() args: RescheduleMeetingArgs) {
    return this.lifecycle.rescheduleMeeting(actor, args.meetingId, args.startsAt, args.endsAt);
  }

  @Mutation(() => MeetingModel)
  cancelMeeting(@Actor() actor: CurrentUser | null, @Args() args: CancelMeetingArgs) {
    return this.lifecycle.cancelMeeting(actor, args.meetingId, args.reason);
  }

  @Mutation(() => MeetingModel)
  openMeeting(@Actor() actor: CurrentUser | null, @Args('meetingId', { type: () => ID }) meetingId: string) {
    return this.lifecycle.openMeeting(actor, meetingId);
  }

  @Mutation(() => MeetingModel)
  adjournMeeting(@Actor() actor: CurrentUser | null, @Args('meetingId', { type: () => ID }) meetingId: string) {
    return this.lifecycle.adjournMeeting(actor, meetingId);
  }

  @Mutation(() => MeetingModel)
  reorderAgenda(@Actor() actor: CurrentUser | null, @Args() args: ReorderAgendaArgs) {
    return this.agendaService.reorderAgenda(actor, args.meetingId, args.itemIds);
  }

  @Subscription(() => MeetingModel, {
    description: 'Attendance, agenda and status changes of a meeting (needs a token).',
    resolve(this: MeetingResolver, payload: { id: string }, _args: unknown, ctx: RequestContext) {
      // A socket's context lives as long as the socket: each update reads afresh, not from the
      // loaders' cache of the previous one.
      ctx.loaders = new LoaderRegistry();
      return this.reads.requireMeeting(payload.id);
    },
  })
  async meetingUpdated(@Ctx() ctx: RequestContext, @Args('meetingId', { type: () => ID }) meetingId: string) {
    // Refusals reach the socket with their codes: graphql.config runs graphql-ws errors through formatError.
    if (!ctx.user) throw new Unauthenticated();
    await this.reads.requireMeeting(meetingId);
    return this.events.iterator(`meetingUpdated:${meetingId}`);
  }

  @ResolveField(() => BodyModel)
  async body(@Parent() m: MeetingModel, @Ctx() ctx: RequestContext) {
    // With its seats loaded (and primed), so members and observers cost no further statement.
    const [body] = await Promise.all([this.org.body(ctx).load(m.bodyId), this.loaders.bodySeats(ctx).load(m.bodyId)]);
    return body;
  }

  @ResolveField(() => ParticipantModel, {
    nullable: true,
    description: "The body's CHAIR on the meeting's date (derived, never stored).",
  })
  async chairedBy(@Parent() m: MeetingModel, @Ctx() ctx: RequestContext) {
    const [terms, { timeZone }] = await Promise.all([
      this.org.chairTerms(ctx).load(m.bodyId),
      this.settings.get(),
      this.loaders.bodySeats(ctx).load(m.bodyId),
    ]);
    const chair = termInForce(terms, 'CHAIR', localDate(m.startsAt, timeZone));
    return chair ? this.org.participant(ctx).load(chair.participantId) : null;
  }

  @ResolveField(() => [AgendaItemModel])
  async agenda(@Parent() m: MeetingModel, @Ctx() ctx: RequestContext) {
    // After the seats are primed, so the items' proposers on the body cost no statement.
    const [items] = await Promise.all([
      this.loaders.agenda(ctx).load(m.id),
      this.loaders.bodySeats(ctx).load(m.bodyId),
    ]);
    return items;
  }

  @ResolveField(() => [AttendanceRecordModel])
  async attendance(@Parent() m: MeetingModel, @Ctx() ctx: RequestContext) {
    return (await this.summary(m, ctx)).attendance;
  }

  @ResolveField(() => [ParticipantModel], {
    description: 'Members with no attendance (ABSENT, EXCUSED, BOYCOTT, SUSPENDED are not gaps).',
  })
  async attendanceGaps(@Parent() m: MeetingModel, @Ctx() ctx: RequestContext) {
    return (await this.summary(m, ctx)).gaps;
  }

  @ResolveField(() => Boolean)
  async quorumMet(@Parent() m: MeetingModel, @Ctx() ctx: RequestContext) {
    return (await this.summary(m, ctx)).quorumMet;
  }

  /** The meeting's attendance summary; the parent row is the meeting, so it is not read again. */
  private summary(m: MeetingModel, ctx: RequestContext) {
    this.loaders.meeting(ctx).prime(m.id, m as MeetingRow);
    return this.loaders.attendance(ctx).load(m.id);
  }
}

@Resolver(() => BodyModel)
export class BodyMeetingsResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  @ResolveField(() => MeetingConnection, { description: 'Meetings of the body in order of startsAt.' })
  meetings(
    @Parent() b: BodyModel,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.loaders.bodyMeetings(ctx, first, after).load(b.id);
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemResolver {
  constructor(
    private readonly service: AgendaService,
    private readonly loaders: MeetingLoaders,
    private readonly org: OrganisationLoaders,
  ) {}

  @Mutation(() => AgendaItemModel)
  addAgendaItem(@Actor() actor: CurrentUser | null, @Args('input') input: AgendaItemInput) {
    return this.service.addAgendaItem(actor, input);
  }

  @ResolveField(() => MeetingModel)
  meeting(@Parent() a: AgendaItemModel, @Ctx() ctx: RequestContext) {
    return this.loaders.meeting(ctx).load(a.meetingId);
  }

  @ResolveField(() => ParticipantModel, { nullable: true, description: 'Who asked for the item (an observer may).' })
  proposedBy(@Parent() a: AgendaItemModel, @Ctx() ctx: RequestContext) {
    return a.proposedById ? this.org.participant(ctx).load(a.proposedById) : null;
  }
}

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
