// Thin resolvers of users and sign-in: createUser, login, me, User.participant, and the actor of an
// audit entry (the audit area sits below this one, so the field that reaches a user is added here).
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EMAIL_MAX, PASSWORD_MAX } from '#consensus';
import { AuditEntryModel } from '../audit/audit-log.models.js';
import { Actor, Ctx, type CurrentUser } from '../platform/auth/current-user.js';
import { BadInput } from '../platform/errors.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { CreateUserInput } from './inputs/organisation.inputs.js';
import { AuthPayloadModel, ParticipantModel, UserModel } from './models/organisation.models.js';
import { OrganisationLoaders } from './organisation.loaders.js';
import { SignInService } from './sign-in.service.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly service: UsersService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Mutation(() => UserModel)
  createUser(@Actor() actor: CurrentUser | null, @Args('input') input: CreateUserInput) {
    return this.service.create(actor, input);
  }

  @ResolveField(() => ParticipantModel, { nullable: true })
  participant(@Parent() u: UserModel, @Ctx() ctx: RequestContext) {
    return u.participantId ? this.loaders.participant(ctx).load(u.participantId) : null;
  }
}

/**
 * Sign-in's length caps, checked before anything hashes, looks up or logs the input: a 2 MB
 * "e-mail" is refused here rather than lower-cased, queried and written to the log.
 */
function checkSignInLengths(email: string, password: string): void {
  if (email.length > EMAIL_MAX) throw new BadInput('email', `email must be at most ${EMAIL_MAX} characters.`);
  if (password.length > PASSWORD_MAX) {
    throw new BadInput('password', `password must be at most ${PASSWORD_MAX} characters.`);
  }
}

@Resolver()
export class SignInResolver {
  constructor(private readonly signIn: SignInService) {}

  @Mutation(() => AuthPayloadModel)
  login(@Args('email') email: string, @Args('password') password: string) {
    checkSignInLengths(email, password);
    return this.signIn.login(email, password);
  }

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null without a token.' })
  me(@Actor() actor: CurrentUser | null) {
    return this.signIn.me(actor);
  }
}

@Resolver(() => AuditEntryModel)
export class AuditEntryActorResolver {
  constructor(private readonly loaders: OrganisationLoaders) {}

  @ResolveField(() => UserModel, { nullable: true })
  actor(@Parent() e: AuditEntryModel, @Ctx() ctx: RequestContext) {
    return e.actorUserId ? this.loaders.user(ctx).load(e.actorUserId) : null;
  }
}
