// The GraphQL relations between meetings and statements, which the meetings area adds (statements
// sit below it): Meeting.statements, and a statement's meeting and boycott. Through per-request
// loaders, so a list of meetings or statements costs one query per field.
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../platform/auth/current-user.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { StatementLoaders } from '../statements/statement.loaders.js';
import { StatementModel } from '../statements/statement.model.js';
import { MeetingLoaders } from './meetings.loaders.js';
import { BoycottModel, MeetingModel } from './models/meeting.models.js';

@Resolver(() => MeetingModel)
export class MeetingStatementsResolver {
  constructor(private readonly loaders: StatementLoaders) {}

  @ResolveField(() => [StatementModel], { description: 'Statements on this meeting, oldest first.' })
  statements(@Parent() m: MeetingModel, @Ctx() ctx: RequestContext) {
    return this.loaders.onMeeting(ctx).load(m.id);
  }
}

@Resolver(() => StatementModel)
export class StatementTargetResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  @ResolveField(() => MeetingModel, { nullable: true })
  meeting(@Parent() s: StatementModel, @Ctx() ctx: RequestContext) {
    if (s.meeting !== undefined) return s.meeting;
    return s.meetingId ? this.loaders.meeting(ctx).load(s.meetingId) : null;
  }

  @ResolveField(() => BoycottModel, { nullable: true })
  boycott(@Parent() s: StatementModel, @Ctx() ctx: RequestContext) {
    if (s.boycott !== undefined) return s.boycott;
    return s.boycottId ? this.loaders.boycott(ctx).load(s.boycottId) : null;
  }
}
