// The GraphQL MeetingRequest type; body, requestedBy and meeting are field resolvers (loaders).
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MeetingRequestStatus } from '../../platform/graphql/enums.js';

@ObjectType('MeetingRequest')
export class MeetingRequestModel {
  @Field(() => ID) id: string;
  bodyId: string;
  requestedByParticipantId: string;
  @Field() subject: string;
  @Field() justification: string;
  @Field(() => MeetingRequestStatus) status: MeetingRequestStatus;
  @Field(() => String, { nullable: true }) response: string | null;
  /** The meeting convened in answer, when accepted; resolved to `meeting`. */
  meetingId: string | null;
  @Field() createdAt: Date;
}
