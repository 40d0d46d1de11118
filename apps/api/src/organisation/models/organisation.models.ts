// GraphQL types of the organisation area, kept apart from the entities (docs/architecture.md).
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '../../platform/graphql/date.scalar.js';
import { BodyKind, ChairRole, ParticipantKind, ParticipantStatus, Role } from '../../platform/graphql/enums.js';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() code: string;
  @Field() timeZone: string;
}

@ObjectType('Participant')
export class ParticipantModel {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => ParticipantKind) kind: ParticipantKind;
  @Field(() => ParticipantStatus) status: ParticipantStatus;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  /** Resolved by a field resolver from participantId. */
  participantId: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() token: string;
  @Field(() => UserModel) user: UserModel;
}

@ObjectType('Body')
export class BodyModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() code: string;
  @Field(() => BodyKind) kind: BodyKind;
  @Field(() => Int, { nullable: true }) quorum: number | null;
}

@ObjectType('ChairTerm')
export class ChairTermModel {
  @Field(() => ID) id: string;
  bodyId: string;
  participantId: string;
  @Field(() => ChairRole) role: ChairRole;
  @Field(() => GraphQLDate) startsOn: string;
  @Field(() => GraphQLDate, { nullable: true }) endsOn: string | null;
}
