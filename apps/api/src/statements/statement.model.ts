// The GraphQL Statement type. Relations (participant, meeting, proposal, boycott, submittedBy) are
// field resolvers; a decision record's frozen content may carry any of them itself (`undefined`:
// not carried, load it by id), and what it carries is returned first, so a published record shows
// the statement as it stood at closing.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ProposalModel } from '../decisions/models/proposal.models.js';
import type { ParticipantModel, UserModel } from '../organisation/models/organisation.models.js';
import type { BoycottModel, MeetingModel } from '../meetings/models/meeting.models.js';

@ObjectType('Statement')
export class StatementModel {
  @Field(() => ID) id: string;
  participantId: string;
  participant?: ParticipantModel;
  @Field() title: string;
  @Field() body: string;
  meetingId: string | null;
  meeting?: MeetingModel | null;
  proposalId: string | null;
  proposal?: ProposalModel | null;
  boycottId: string | null;
  boycott?: BoycottModel | null;
  submittedByUserId: string;
  submittedBy?: UserModel;
  @Field() submittedAt: Date;
}
