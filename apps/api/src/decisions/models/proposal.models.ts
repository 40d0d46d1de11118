// GraphQL types of the decisions area (Proposal, ProposalVersion, Position, Tally), kept apart from
// the entities (docs/architecture.md). Relation fields are field resolvers through per-request loaders; a model
// carries the ids it needs, and may carry the related object itself when its source already has it
// (a join, a decision record's snapshot): the field resolver returns that first.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecisionProcedure, ProposalStatus, Stance } from '../../platform/graphql/enums.js';
import { ParticipantModel, type UserModel } from '../../organisation/models/organisation.models.js';

@ObjectType('Proposal')
export class ProposalModel {
  @Field(() => ID) id: string;
  /** Human reference, unique in the organisation, e.g. KP/PLEN/2022/3. */
  @Field() reference: string;
  @Field() title: string;
  @Field(() => DecisionProcedure) procedure: DecisionProcedure;
  @Field(() => ProposalStatus) status: ProposalStatus;
  /** WRITTEN proposals: circulation ends here. */
  @Field(() => Date, { nullable: true }) deadline: Date | null;
  @Field(() => String, { nullable: true }) withdrawalReason: string | null;
  /** Resolved to `body`. */
  bodyId: string;
  /** The body's quorum, read with the proposal for its live tally (not in the schema). */
  bodyQuorum?: number | null;
  /** Resolved to `agendaItem` (IN_MEETING proposals). */
  agendaItemId: string | null;
  /** The meeting of an IN_MEETING proposal (its agenda item's meeting). */
  meetingId: string | null;
  /** The current version's number; resolved to `currentVersion`. */
  currentVersionNumber: number;
  createdByUserId: string;
  createdAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
  // body, agendaItem, currentVersion, versions, positions, positionHistory, tally: field resolvers
  // (ProposalResolver); decisionRecord: field resolver of the records area.
}

@ObjectType('ProposalVersion')
export class ProposalVersionModel {
  /** Not in the schema: the proposal the version belongs to. */
  proposalId: string;
  @Field(() => Int) number: number;
  @Field() text: string;
  @Field(() => String, { nullable: true }) changeNote: string | null;
  /** Resolved to `createdBy`. */
  createdByUserId: string;
  @Field() createdAt: Date;
}

@ObjectType('Position')
export class PositionModel {
  participantId: string;
  /**
   * Always carried by whoever makes a Position (the positions query joins the participant; a record's
   * snapshot holds it), so it is a plain field: a proposal's 85 positions cost no field resolver each.
   */
  @Field(() => ParticipantModel) participant: ParticipantModel;
  @Field(() => Stance) stance: Stance;
  @Field(() => Int) versionNumber: number;
  @Field(() => String, { nullable: true }) statement: string | null;
  /** Resolved to `recordedBy`; a snapshot may carry `recordedBy` itself (returned first). */
  recordedByUserId: string;
  recordedBy?: UserModel;
  @Field() recordedAt: Date;
  /** Recorded by the chair or the secretariat as stated on the floor. */
  @Field() onBehalf: boolean;
}

@ObjectType('Tally')
export class TallyModel {
  @Field(() => Int) support: number;
  @Field(() => Int) object: number;
  @Field(() => Int) abstain: number;
  /** Entitled participants with no position on the current version (silence is not objection). */
  @Field(() => Int) silent: number;
  /** Who may take a position on this proposal now. */
  @Field(() => [ParticipantModel]) entitled: ParticipantModel[];
  @Field(() => [ParticipantModel]) objectors: ParticipantModel[];
  @Field() quorumMet: boolean;
  @Field() attendanceComplete: boolean;
  /** True when closing now would adopt. */
  @Field() consensus: boolean;
}
