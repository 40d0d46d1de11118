// Input of submitStatement: limits from docs/rules.md, "Inputs" (titles 200, statements 50,000 characters).
// The "exactly one target" rule spans three fields, so the service checks it and names the field.
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { TEXT_MAX, TITLE_MAX } from '#consensus';
import { IsNotBlank } from '../platform/graphql/validators.js';

@InputType()
export class SubmitStatementInput {
  @Field(() => ID) participantId: string;
  @Field() @IsNotBlank() @MaxLength(TITLE_MAX) title: string;
  @Field() @IsNotBlank() @MaxLength(TEXT_MAX) body: string;
  @Field(() => ID, { nullable: true }) @IsOptional() meetingId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() proposalId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() boycottId?: string | null;
}
