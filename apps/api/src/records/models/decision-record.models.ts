// GraphQL types of the records area: DecisionRecord, Corrigendum, their connection and the chain
// verification. Kept apart from the entities (docs/architecture.md). Relation fields (proposal, body, meeting,
// chairedBy, positions, attendance, objectors, statements, publishedBy, corrigenda, record, issuedBy)
// are field resolvers of the records area: a DRAFT answers from its frozen snapshot, a PUBLISHED record
// from its canonical JSON bytes (docs/rules.md: "Once published, the record IS those bytes").
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecisionProcedure, NotEntitledReason, Outcome, RecordStatus } from '../../platform/graphql/enums.js';
import { ParticipantModel } from '../../organisation/models/organisation.models.js';
import { PageInfo } from '../../platform/graphql/pagination.js';
import type { RecordContent } from '../record-content.js';

/** Who could take a position when the proposal closed, and why each one who could not could not. */
@ObjectType('RecordEntitlement')
export class RecordEntitlementModel {
  @Field(() => ParticipantModel) participant: ParticipantModel;
  @Field() entitled: boolean;
  @Field(() => NotEntitledReason, { nullable: true }) reason: NotEntitledReason | null;
}

@ObjectType('DecisionRecord')
export class DecisionRecordModel {
  @Field(() => ID) id: string;
  /** Assigned at publication, e.g. "KP/2022/7"; null while DRAFT. */
  @Field(() => String, { nullable: true }) number: string | null;
  @Field(() => RecordStatus) status: RecordStatus;
  @Field(() => DecisionProcedure) procedure: DecisionProcedure;
  @Field(() => Outcome) outcome: Outcome;
  /** The text of the version decided on. */
  @Field() text: string;
  @Field(() => Int) versionNumber: number;
  @Field() decidedAt: Date;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  /** SHA-256 hex of the canonical JSON bytes; set at publication. */
  @Field(() => String, { nullable: true }) contentHash: string | null;
  /** contentHash of the chain entry (record or corrigendum) published before it. */
  @Field(() => String, { nullable: true }) previousHash: string | null;
  /** The proposal decided on (resolved to `proposal`). */
  proposalId: string;
  /** The body (for access checks: drafts are visible to the body's chair). */
  bodyId: string;
  /**
   * What the relation field resolvers answer from: the snapshot of a DRAFT, or the parsed canonical
   * JSON of a PUBLISHED record. Not in the GraphQL schema.
   */
  content: RecordContent;
}

@ObjectType('DecisionRecordEdge')
export class DecisionRecordEdge {
  @Field() cursor: string;
  @Field(() => DecisionRecordModel) node: DecisionRecordModel;
}

@ObjectType('DecisionRecordConnection')
export class DecisionRecordConnection {
  @Field(() => [DecisionRecordEdge]) edges: DecisionRecordEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType('Corrigendum')
export class CorrigendumModel {
  @Field(() => ID) id: string;
  /** 1, 2, ... within its record. */
  @Field(() => Int) number: number;
  @Field() reason: string;
  @Field() correction: string;
  @Field() issuedAt: Date;
  @Field() contentHash: string;
  @Field(() => String, { nullable: true }) previousHash: string | null;
  /** Resolved to `record`. */
  recordId: string;
  /** Resolved to `issuedBy`; the canonical JSON carries the display name. */
  issuedBy: { id: string; displayName: string };
}

@ObjectType('ChainVerification')
export class ChainVerificationModel {
  @Field() valid: boolean;
  /** Chain entries checked: records and corrigenda. */
  @Field(() => Int) checked: number;
  @Field(() => DecisionRecordModel, { nullable: true }) firstInvalid: DecisionRecordModel | null;
  @Field(() => CorrigendumModel, { nullable: true }) firstInvalidCorrigendum: CorrigendumModel | null;
  /** What is wrong at the first invalid entry, in plain words. */
  @Field(() => String, { nullable: true }) problem: string | null;
}
