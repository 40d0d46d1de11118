// Inputs of the meetings area, validated by class-validator (BAD_USER_INPUT with the field named).
// Ids are not validated here: an id that names nothing, well-formed or not, is NOT_FOUND.
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { TEXT_MAX, TITLE_MAX } from '#consensus';
import { GraphQLDate } from '../../platform/graphql/date.scalar.js';
import { AgendaItemKind, AttendanceStatus, BoycottScope, MeetingKind } from '../../platform/graphql/enums.js';
import { IsNotBlank } from '../../platform/graphql/validators.js';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID) bodyId: string;
  @Field() @IsNotBlank() @MaxLength(TITLE_MAX) title: string;
  @Field(() => MeetingKind) @IsEnum(MeetingKind) kind: MeetingKind;
  @Field() @IsDate() startsAt: Date;
  @Field() @IsDate() endsAt: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(TITLE_MAX) location?: string | null;
}

@ArgsType()
export class RescheduleMeetingArgs {
  @Field(() => ID) meetingId: string;
  @Field() @IsDate() startsAt: Date;
  @Field() @IsDate() endsAt: Date;
}

@ArgsType()
export class CancelMeetingArgs {
  @Field(() => ID) meetingId: string;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) reason: string;
}

@InputType()
export class AgendaItemInput {
  @Field(() => ID) meetingId: string;
  @Field() @IsNotBlank() @MaxLength(TITLE_MAX) title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(TEXT_MAX) description?: string | null;
  @Field(() => AgendaItemKind) @IsEnum(AgendaItemKind) kind: AgendaItemKind;
  @Field(() => ID, { nullable: true }) @IsOptional() proposedById?: string | null;
}

@ArgsType()
export class ReorderAgendaArgs {
  @Field(() => ID) meetingId: string;
  @Field(() => [ID]) @ArrayMaxSize(1000) itemIds: string[];
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) meetingId: string;
  @Field(() => ID) participantId: string;
  @Field(() => AttendanceStatus) @IsEnum(AttendanceStatus) status: AttendanceStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(TEXT_MAX) note?: string | null;
}

@InputType()
export class DeclareBoycottInput {
  @Field(() => ID) participantId: string;
  @Field(() => BoycottScope) @IsEnum(BoycottScope) scope: BoycottScope;
  @Field(() => ID, { nullable: true }) @IsOptional() meetingId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() bodyId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() chairedById?: string | null;
  @Field(() => GraphQLDate, { nullable: true }) @IsOptional() startsOn?: string | null;
  @Field(() => GraphQLDate, { nullable: true }) @IsOptional() endsOn?: string | null;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) statement: string;
}

@ArgsType()
export class MeetingsArgs {
  @Field(() => ID, { nullable: true }) bodyId?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}
