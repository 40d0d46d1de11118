// The GraphQL Statement type. Relations (participant, meeting, proposal, boycott, submittedBy) are
// field resolvers; a decision record's frozen snapshot may carry `participant` and `submittedBy`
// itself, and those are returned first (a record shows the statement as it stood at closing).
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ParticipantModel, UserModel } from '../../organisation/models/organisation.models.js';

@ObjectType('Statement')
export class StatementModel {
  @Field(() => ID) id: string;
  participantId: string;
  participant?: ParticipantModel;
  @Field() title: string;
  @Field() body: string;
  meetingId: string | null;
  proposalId: string | null;
  boycottId: string | null;
  submittedByUserId: string;
  submittedBy?: UserModel;
  @Field() submittedAt: Date;
}
