// login and me.
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPayloadModel, UserModel } from '../organisation/models/organisation.models.js';
import { Actor, type CurrentUser } from '../platform/auth/current-user.js';
import { AuthService } from './auth.service.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayloadModel)
  login(@Args('email') email: string, @Args('password') password: string) {
    return this.auth.login(email, password);
  }

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null without a token.' })
  me(@Actor() actor: CurrentUser | null) {
    return this.auth.me(actor);
  }
}
