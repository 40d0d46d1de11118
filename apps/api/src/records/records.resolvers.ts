// Thin resolvers of the records area: queries and mutations call one service method; the relation
// fields of a record answer from its content (snapshot or canonical bytes, see record-objects.ts),
// adding live fields through the per-request loaders only for a signed-in reader.
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import { PositionModel, ProposalModel } from '../decisions/models/proposal.models.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { AttendanceRecordModel, MeetingModel } from '../meetings/models/meeting.models.js';
import { StatementModel } from '../statements/statement.model.js';
import { BodyModel, ParticipantModel, UserModel } from '../organisation/models/organisation.models.js';
import {
  DecisionRecordArgs,
  DecisionRecordsArgs,
  IssueCorrigendumInput,
  PublishDecisionRecordArgs,
} from './inputs/records.inputs.js';
import {
  ChainVerificationModel,
  CorrigendumModel,
  DecisionRecordConnection,
  DecisionRecordModel,
  RecordEntitlementModel,
} from './models/decision-record.models.js';
import { ChainVerificationService } from './chain-verification.service.js';
import { RecordChainService } from './record-chain.service.js';
import { RecordObjects } from './record-objects.js';
import { RecordsLoaders } from './records.loaders.js';
import { RecordsService } from './records.service.js';

@Resolver(() => DecisionRecordModel)
export class DecisionRecordResolver {
  constructor(
    private readonly records: RecordsService,
    private readonly chain: RecordChainService,
    private readonly verification: ChainVerificationService,
    private readonly loaders: RecordsLoaders,
  ) {}

  @Query(() => DecisionRecordConnection, {
    description: 'Published records are public: no token needed. Newest first.',
  })
  decisionRecords(@Actor() actor: CurrentUser | null, @Args() args: DecisionRecordsArgs) {
    return this.records.records(actor, args);
  }

  @Query(() => DecisionRecordModel, { nullable: true, description: "By id or by number ('KP/2022/7' or 'KP-2022-7')." })
  decisionRecord(@Actor() actor: CurrentUser | null, @Ctx() ctx: RequestContext, @Args() args: DecisionRecordArgs) {
    return this.records.record(actor, ctx, args.id, args.number);
  }

  @Query(() => ChainVerificationModel)
  verifyRecordChain(@Actor() actor: CurrentUser | null, @Ctx() ctx: RequestContext) {
    return this.verification.verify(actor, ctx.deadline);
  }

  @Mutation(() => DecisionRecordModel)
  publishDecisionRecord(@Actor() actor: CurrentUser | null, @Args() args: PublishDecisionRecordArgs) {
    return this.chain.publish(actor, args.recordId);
  }

  @Mutation(() => CorrigendumModel)
  issueCorrigendum(@Actor() actor: CurrentUser | null, @Args('input') input: IssueCorrigendumInput) {
    return this.chain.issueCorrigendum(actor, input);
  }

  /** Builds objects from the record's content; a signed-in reader also gets their live fields. */
  private async from<T>(r: DecisionRecordModel, ctx: RequestContext, build: (o: RecordObjects) => T): Promise<T> {
    const objects = new RecordObjects(r.content);
    const result = build(objects);
    if (ctx.user) await objects.hydrate(this.loaders.live(ctx));
    return result;
  }

  @ResolveField(() => ProposalModel)
  proposal(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.proposal());
  }

  @ResolveField(() => BodyModel)
  body(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.body());
  }

  @ResolveField(() => MeetingModel, { nullable: true })
  meeting(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.meeting());
  }

  @ResolveField(() => ParticipantModel, { nullable: true })
  chairedBy(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.chair());
  }

  @ResolveField(() => [PositionModel], { description: 'As they stood at closing.' })
  positions(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.positions());
  }

  @ResolveField(() => [AttendanceRecordModel], { description: 'As it stood at closing (IN_MEETING).' })
  attendance(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.attendance());
  }

  @ResolveField(() => [ParticipantModel])
  objectors(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.objectors());
  }

  @ResolveField(() => [ParticipantModel], {
    description: 'Entitled participants who stated nothing (silence is not objection).',
  })
  silent(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.silent());
  }

  @ResolveField(() => [RecordEntitlementModel], {
    description: 'Every participant considered at closing: entitled or not, and why not (e.g. SUSPENDED, BOYCOTT).',
  })
  entitlement(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.entitlement());
  }

  @ResolveField(() => [StatementModel], {
    description: 'On the proposal and on the boycotts the attendance links, as they stood at closing.',
  })
  statements(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.statements());
  }

  @ResolveField(() => UserModel, { nullable: true })
  publishedBy(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return this.from(r, ctx, (o) => o.publishedBy());
  }

  @ResolveField(() => [CorrigendumModel])
  corrigenda(@Parent() r: DecisionRecordModel, @Ctx() ctx: RequestContext) {
    return r.status === 'PUBLISHED' ? this.loaders.corrigenda(ctx).load(r.id) : [];
  }
}

@Resolver(() => CorrigendumModel)
export class CorrigendumResolver {
  constructor(private readonly loaders: RecordsLoaders) {}

  @ResolveField(() => DecisionRecordModel)
  record(@Parent() c: CorrigendumModel, @Ctx() ctx: RequestContext) {
    return this.loaders.byId(ctx).load(c.recordId);
  }

  @ResolveField(() => UserModel)
  async issuedBy(@Parent() c: CorrigendumModel, @Ctx() ctx: RequestContext) {
    const user: Record<string, unknown> = { ...c.issuedBy };
    // The name is the one in the hashed bytes; a signed-in reader may also ask for live fields.
    if (ctx.user)
      Object.assign(
        user,
        await this.loaders
          .live(ctx)
          .users([c.issuedBy.id])
          .then((u) => u[0]),
        { ...c.issuedBy },
      );
    return user;
  }
}

/** Proposal.decisionRecord: the records area's field on the decisions area's type, batched. */
@Resolver(() => ProposalModel)
export class ProposalDecisionRecordResolver {
  constructor(private readonly loaders: RecordsLoaders) {}

  @ResolveField(() => DecisionRecordModel, {
    nullable: true,
    description: 'Null until closed, and for a draft the caller may not see.',
  })
  decisionRecord(@Parent() p: ProposalModel, @Ctx() ctx: RequestContext) {
    return this.loaders.byProposal(ctx).load(p.id);
  }
}
