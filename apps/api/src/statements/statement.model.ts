// The GraphQL Statement type. participant and submittedBy are resolved here; meeting and boycott by
// the meetings area, proposal by the decisions area (they own those types). A decision record's
// frozen content may carry any relation itself (`undefined`: not carried, load it by id), and what it
// carries is returned first, so a published record shows the statement as it stood at closing.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ParticipantModel, UserModel } from '../organisation/models/organisation.models.js';

@ObjectType('Statement')
export class StatementModel {
  @Field(() => ID) id: string;
  participantId: string;
  participant?: ParticipantModel;
  @Field() title: string;
  @Field() body: string;
  meetingId: string | null;
  /** A frozen Meeting, carried by a decision record. */
  meeting?: object | null;
  proposalId: string | null;
  /** A frozen Proposal, carried by a decision record. */
  proposal?: object | null;
  boycottId: string | null;
  /** A frozen Boycott, carried by a decision record. */
  boycott?: object | null;
  submittedByUserId: string;
  submittedBy?: UserModel;
  @Field() submittedAt: Date;
}
