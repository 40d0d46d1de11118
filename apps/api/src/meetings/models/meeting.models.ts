// GraphQL types of the meetings area (Meeting, AgendaItem, AttendanceRecord, Boycott and the
// meetings connection), kept apart from the entities (docs/architecture.md). Relation fields (body, chairedBy,
// agenda, attendance, participant, boycott, ...) are resolved by field resolvers through per-request
// loaders; the models carry only the ids they need. Other areas add fields with @ResolveField on
// these classes: Meeting.statements (statements) and AgendaItem.proposals (decisions).
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '../../platform/graphql/date.scalar.js';
import {
  AgendaItemKind,
  AttendanceStatus,
  BoycottScope,
  MeetingKind,
  MeetingStatus,
} from '../../platform/graphql/enums.js';
import { PageInfo } from '../../platform/graphql/pagination.js';
import type { BodyModel, ParticipantModel, UserModel } from '../../organisation/models/organisation.models.js';

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID) id: string;
  /** Resolved to `body` by a field resolver. */
  bodyId: string;
  @Field() title: string;
  @Field(() => MeetingKind) kind: MeetingKind;
  @Field(() => MeetingStatus) status: MeetingStatus;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
  /** iCalendar SEQUENCE (not in the GraphQL schema). */
  sequence: number;
  // body, chairedBy, agenda, attendance, attendanceGaps, quorumMet: field resolvers (MeetingResolver);
  // statements: field resolver of the statements area.
}

@ObjectType('MeetingEdge')
export class MeetingEdge {
  @Field() cursor: string;
  @Field(() => MeetingModel) node: MeetingModel;
}

@ObjectType('MeetingConnection')
export class MeetingConnection {
  @Field(() => [MeetingEdge]) edges: MeetingEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID) id: string;
  /** Resolved to `meeting` by a field resolver. */
  meetingId: string;
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => AgendaItemKind) kind: AgendaItemKind;
  /** Resolved to `proposedBy`. */
  proposedById: string | null;
  // proposals: field resolver of the decisions area.
}

@ObjectType('AttendanceRecord')
export class AttendanceRecordModel {
  /** The meeting it belongs to (null in a decision record's snapshot when not known). */
  meetingId?: string | null;
  /** Resolved to `participant`; a snapshot may carry `participant` itself (returned first). */
  participantId: string;
  participant?: ParticipantModel;
  @Field(() => AttendanceStatus) status: AttendanceStatus;
  /** Resolved to `boycott` (set when status is BOYCOTT); a snapshot may carry `boycott` itself. */
  boycottId: string | null;
  boycott?: BoycottModel | null;
  @Field(() => String, { nullable: true }) note: string | null;
  /** Resolved to `recordedBy`; null when Concord set it (a boycott or a suspension). */
  recordedByUserId: string | null;
  recordedBy?: UserModel | null;
  @Field() recordedAt: Date;
}

@ObjectType('Boycott')
export class BoycottModel {
  @Field(() => ID) id: string;
  /** Resolved to `participant`; a read may carry `participant` itself (returned first). */
  participantId: string;
  participant?: ParticipantModel;
  @Field(() => BoycottScope) scope: BoycottScope;
  meetingId: string | null;
  bodyId: string | null;
  chairedById: string | null;
  @Field(() => GraphQLDate) startsOn: string;
  @Field(() => GraphQLDate, { nullable: true }) endsOn: string | null;
  @Field() statement: string;
  declaredByUserId: string;
  @Field() declaredAt: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  // participant, meeting, body, chairedBy, declaredBy: field resolvers (BoycottResolver). A boycott
  // read from a decision record carries them frozen; those values win over live ones.
  meeting?: MeetingModel | null;
  body?: BodyModel | null;
  chairedBy?: ParticipantModel | null;
  declaredBy?: UserModel;
}
