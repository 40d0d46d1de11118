// Arguments and inputs of the records area, validated by class-validator (messages name the field).
// Ids are not validated here: an id that names nothing, well-formed or not, is NOT_FOUND.
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { TEXT_MAX } from '#consensus';
import { RecordStatus } from '../../platform/graphql/enums.js';
import { IsNotBlank } from '../../platform/graphql/validators.js';

@ArgsType()
export class PublishDecisionRecordArgs {
  @Field(() => ID) recordId: string;
}

@InputType()
export class IssueCorrigendumInput {
  @Field(() => ID) recordId: string;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) reason: string;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) correction: string;
}

@ArgsType()
export class DecisionRecordsArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() bodyId?: string | null;
  @Field(() => RecordStatus, { nullable: true }) @IsOptional() status?: RecordStatus | null;
  @Field(() => Int, { nullable: true }) @IsOptional() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() after?: string | null;
}

@ArgsType()
export class DecisionRecordArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() id?: string | null;
  /** 'KP/2022/7' or 'KP-2022-7'. */
  @Field(() => String, { nullable: true }) @IsOptional() number?: string | null;
}
