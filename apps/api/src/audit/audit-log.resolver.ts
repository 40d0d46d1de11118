// The auditLog query. AuditEntry.actor (a user) is resolved by the organisation area, which owns
// users and sits above this one (organisation/users.resolvers.ts).
import { ArgsType, Args, Field, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { Actor, type CurrentUser } from '../platform/auth/current-user.js';
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
  constructor(private readonly service: AuditLogService) {}

  @Query(() => AuditEntryConnection, { description: 'SECRETARIAT and ADMIN only; newest first.' })
  auditLog(@Actor() actor: CurrentUser | null, @Args() args: AuditLogArgs) {
    return this.service.log(actor, args);
  }
}
