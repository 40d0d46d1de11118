// GraphQL types of the audit log (read by the secretariat and the admin only).
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../platform/graphql/pagination.js';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID) id: string;
  @Field() at: Date;
  /** Resolved to `actor`; null for what Concord did itself (a written procedure closed at its deadline). */
  actorUserId: string | null;
  /** The mutation's name, e.g. "recordPosition". */
  @Field() action: string;
  @Field() entity: string;
  @Field(() => ID) entityId: string;
  /** JSON of what changed. */
  @Field() details: string;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdge {
  @Field() cursor: string;
  @Field(() => AuditEntryModel) node: AuditEntryModel;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge]) edges: AuditEntryEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
