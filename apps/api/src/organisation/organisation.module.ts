// Participants, bodies, chair terms and users.
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BodyMembershipEntity } from './entities/body-membership.entity.js';
import { BodyEntity } from './entities/body.entity.js';
import { ChairTermEntity } from './entities/chair-term.entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import { ParticipantEntity } from './entities/participant.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { OrganisationLoaders } from './organisation.loaders.js';
import {
  BodyResolver,
  ChairTermResolver,
  OrganizationResolver,
  ParticipantResolver,
  UserResolver,
} from './organisation.resolvers.js';
import { OrganisationService } from './organisation.service.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      OrganizationEntity,
      ParticipantEntity,
      UserEntity,
      BodyEntity,
      BodyMembershipEntity,
      ChairTermEntity,
    ]),
  ],
  providers: [
    OrganisationService,
    OrganisationLoaders,
    OrganizationResolver,
    ParticipantResolver,
    UserResolver,
    BodyResolver,
    ChairTermResolver,
  ],
  exports: [OrganisationService, OrganisationLoaders],
})
export class OrganisationModule {}
