// Inputs of the decisions area, validated by class-validator (messages name the field). Ids are not
// validated here: an id that names nothing, well-formed or not, is NOT_FOUND.
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { TEXT_MAX, TITLE_MAX } from '#consensus';
import { Stance } from '../../platform/graphql/enums.js';
import { IsNotBlank } from '../../platform/graphql/validators.js';

@InputType()
export class SubmitProposalInput {
  @Field(() => ID) agendaItemId: string;
  @Field() @IsNotBlank() @MaxLength(TITLE_MAX) title: string;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) text: string;
}

@InputType()
export class StartWrittenProcedureInput {
  @Field(() => ID) bodyId: string;
  @Field() @IsNotBlank() @MaxLength(TITLE_MAX) title: string;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) text: string;
  /** Must be in the future: checked by the service against the clock. */
  @Field() deadline: Date;
}

@InputType()
export class AmendProposalInput {
  @Field(() => ID) proposalId: string;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) text: string;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) changeNote: string;
}

@InputType()
export class RecordPositionInput {
  @Field(() => ID) proposalId: string;
  @Field(() => ID) participantId: string;
  @Field(() => Stance) @IsEnum(Stance) stance: Stance;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(TEXT_MAX) statement?: string | null;
  /** When given, must be the current version, else STALE_VERSION. */
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) versionNumber?: number | null;
}

@ArgsType()
export class ProposalIdArgs {
  @Field(() => ID) proposalId: string;
}

@ArgsType()
export class WithdrawProposalArgs {
  @Field(() => ID) proposalId: string;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) reason: string;
}
