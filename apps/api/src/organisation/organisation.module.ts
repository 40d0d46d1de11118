// The organisation area: participants, bodies and their seats, chair terms, users and sign-in, and
// the access policy every area consults. Global: the other areas call its exported read model,
// access policy and loaders (never its tables).
import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access.policy.js';
import { BodiesRepository } from './bodies.repository.js';
import { BodiesService } from './bodies.service.js';
import { ChairTermsRepository } from './chair-terms.repository.js';
import { ChairTermsService } from './chair-terms.service.js';
import { OrganisationLoaders } from './organisation.loaders.js';
import { OrganisationReadModel } from './organisation.read-model.js';
import { OrganizationRepository } from './organization.repository.js';
import { OrganizationSettings } from './organization-settings.service.js';
import {
  BodyResolver,
  ChairTermResolver,
  OrganizationResolver,
  ParticipantResolver,
} from './organisation.resolvers.js';
import { ParticipantsRepository } from './participants.repository.js';
import { ParticipantsService } from './participants.service.js';
import { SignInService } from './sign-in.service.js';
import { SignInThrottle } from './sign-in.throttle.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';
import { AuditEntryActorResolver, SignInResolver, UserResolver } from './users.resolvers.js';
import { AccessService } from './transitional/access.service.js';
import { OrganisationService } from './transitional/organisation.service.js';

@Global()
@Module({
  providers: [
    OrganizationRepository,
    OrganizationSettings,
    ParticipantsRepository,
    BodiesRepository,
    ChairTermsRepository,
    UsersRepository,
    OrganisationReadModel,
    AccessPolicy,
    OrganisationLoaders,
    ParticipantsService,
    BodiesService,
    ChairTermsService,
    UsersService,
    SignInThrottle,
    SignInService,
    OrganizationResolver,
    ParticipantResolver,
    BodyResolver,
    ChairTermResolver,
    UserResolver,
    SignInResolver,
    AuditEntryActorResolver,
    AccessService,
    OrganisationService,
  ],
  exports: [
    OrganizationSettings,
    OrganisationReadModel,
    AccessPolicy,
    OrganisationLoaders,
    AccessService,
    OrganisationService,
  ],
})
export class OrganisationModule {}
