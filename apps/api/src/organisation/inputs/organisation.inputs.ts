// Inputs of the organisation area, validated by class-validator (messages name the field).
// Ids are not validated here: an id that names nothing, well-formed or not, is NOT_FOUND.
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsEnum, IsInt, IsOptional, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { EMAIL_MAX, PARTICIPANT_CODE, PASSWORD_MAX, PASSWORD_MIN, TITLE_MAX } from '#consensus';
import { GraphQLDate } from '../../platform/graphql/date.scalar.js';
import { BodyKind, ChairRole, ParticipantKind, ParticipantStatus, Role } from '../../platform/graphql/enums.js';
import { IsNotBlank } from '../../platform/graphql/validators.js';

const CODE_MESSAGE = '$property must be 1-16 characters: an upper-case letter, then upper-case letters, digits, _ or -';

@InputType()
export class CreateParticipantInput {
  @Field() @Matches(PARTICIPANT_CODE, { message: CODE_MESSAGE }) code: string;
  @Field() @IsNotBlank() @MaxLength(TITLE_MAX) name: string;
  @Field(() => ParticipantKind) @IsEnum(ParticipantKind) kind: ParticipantKind;
}

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(EMAIL_MAX) email: string;
  @Field() @IsNotBlank() @MaxLength(TITLE_MAX) displayName: string;
  @Field() @MinLength(PASSWORD_MIN) @MaxLength(PASSWORD_MAX) password: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() participantId?: string | null;
}

@InputType()
export class CreateBodyInput {
  @Field() @IsNotBlank() @MaxLength(TITLE_MAX) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PARTICIPANT_CODE, { message: CODE_MESSAGE }) code?:
    string | null;
  @Field(() => BodyKind) @IsEnum(BodyKind) kind: BodyKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) quorum?: number | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) memberIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) observerIds?: string[] | null;
}

@InputType()
export class AssignChairInput {
  @Field(() => ID) bodyId: string;
  @Field(() => ID) participantId: string;
  @Field(() => ChairRole) @IsEnum(ChairRole) role: ChairRole;
  @Field(() => GraphQLDate) startsOn: string;
  @Field(() => GraphQLDate, { nullable: true }) @IsOptional() endsOn?: string | null;
}

@ArgsType()
export class SetParticipantStatusArgs {
  @Field(() => ID) participantId: string;
  @Field(() => ParticipantStatus) @IsEnum(ParticipantStatus) status: ParticipantStatus;
}

@ArgsType()
export class BodyMemberArgs {
  @Field(() => ID) bodyId: string;
  @Field(() => ID) participantId: string;
}

@ArgsType()
export class EndChairTermArgs {
  @Field(() => ID) termId: string;
  @Field(() => GraphQLDate) endsOn: string;
}
