// Thin resolvers of meetings, Body.meetings and agenda items: read arguments and the actor, call one
// service method; relation fields go through the per-request loaders (never one query per row).
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { localDate, termInForce } from '#consensus';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import { Unauthenticated } from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import { LoaderRegistry } from '../platform/graphql/loaders.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { BodyModel, ParticipantModel } from '../organisation/models/organisation.models.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { AgendaService } from './agenda.service.js';
import {
  AgendaItemInput,
  CancelMeetingArgs,
  MeetingsArgs,
  ReorderAgendaArgs,
  RescheduleMeetingArgs,
  ScheduleMeetingInput,
} from './inputs/meeting.inputs.js';
import { MeetingLifecycleService } from './meeting-lifecycle.service.js';
import { MeetingReadsService } from './meeting-reads.service.js';
import type { MeetingRow } from './meetings.repository.js';
import { MeetingLoaders } from './meetings.loaders.js';
import { AgendaItemModel, AttendanceRecordModel, MeetingConnection, MeetingModel } from './models/meeting.models.js';

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
