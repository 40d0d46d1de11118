// Inputs of the meeting requests area, validated by class-validator (BAD_USER_INPUT naming the
// field, "meeting.startsAt" for the nested meeting). The subject is a title (200 characters), the
// justification and the response are texts (50,000). Whether `meeting` must be given depends on
// `accept` and on the request's body: the service checks that and names the field.
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { TEXT_MAX, TITLE_MAX } from '#consensus';
import { MeetingRequestStatus } from '../../platform/graphql/enums.js';
import { IsNotBlank } from '../../platform/graphql/validators.js';
import { ScheduleMeetingInput } from '../inputs/meeting.inputs.js';

@InputType()
export class RequestMeetingInput {
  @Field(() => ID) bodyId: string;
  @Field(() => ID) participantId: string;
  @Field() @IsNotBlank() @MaxLength(TITLE_MAX) subject: string;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) justification: string;
}

@InputType()
export class RespondToMeetingRequestInput {
  @Field(() => ID) requestId: string;
  @Field() @IsBoolean() accept: boolean;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) response: string;
  @Field(() => ScheduleMeetingInput, { nullable: true, description: 'required when accept is true' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleMeetingInput)
  meeting?: ScheduleMeetingInput | null;
}

@ArgsType()
export class MeetingRequestsArgs {
  @Field(() => MeetingRequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingRequestStatus)
  status?: MeetingRequestStatus | null;
}
