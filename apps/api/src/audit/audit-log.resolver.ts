// The auditLog query and AuditEntry.actor (through the organisation area's per-request user loader).
import { ArgsType, Args, Field, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { UserModel } from '../organisation/models/organisation.models.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { AuditEntryConnection, AuditEntryModel } from './audit-log.models.js';
import { AuditLogService } from './audit-log.service.js';

@ArgsType()
export class AuditLogArgs {
  @Field(() => String, { nullable: true }) @IsOptional() entity?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() entityId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() after?: string | null;
}

@Resolver(() => AuditEntryModel)
export class AuditLogResolver {
  constructor(
    private readonly service: AuditLogService,
    private readonly organisation: OrganisationLoaders,
  ) {}

  @Query(() => AuditEntryConnection, { description: 'SECRETARIAT and ADMIN only; newest first.' })
  auditLog(@Actor() actor: CurrentUser | null, @Args() args: AuditLogArgs) {
    return this.service.log(actor, args);
  }

  @ResolveField(() => UserModel, { nullable: true })
  actor(@Parent() e: AuditEntryModel, @Ctx() ctx: RequestContext) {
    return e.actorUserId ? this.organisation.user(ctx).load(e.actorUserId) : null;
  }
}
