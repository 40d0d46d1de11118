// The contract's enums, registered once for the whole schema. Values are the same strings the
// database stores and libs/consensus uses.
import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  SECRETARIAT = 'SECRETARIAT',
  DELEGATE = 'DELEGATE',
}
export enum ParticipantKind {
  PARTICIPANT = 'PARTICIPANT',
  OBSERVER = 'OBSERVER',
}
export enum ParticipantStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
export enum BodyKind {
  PLENARY = 'PLENARY',
  COMMITTEE = 'COMMITTEE',
  WORKING_GROUP = 'WORKING_GROUP',
}
export enum ChairRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
}
export enum MeetingKind {
  REGULAR = 'REGULAR',
  INTERSESSIONAL = 'INTERSESSIONAL',
  EXTRAORDINARY = 'EXTRAORDINARY',
}
export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  IN_SESSION = 'IN_SESSION',
  ADJOURNED = 'ADJOURNED',
  CANCELLED = 'CANCELLED',
}
export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  REMOTE = 'REMOTE',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
  BOYCOTT = 'BOYCOTT',
  SUSPENDED = 'SUSPENDED',
}
export enum BoycottScope {
  MEETING = 'MEETING',
  BODY = 'BODY',
  CHAIRED_BY = 'CHAIRED_BY',
}
export enum AgendaItemKind {
  INFORMATION = 'INFORMATION',
  DISCUSSION = 'DISCUSSION',
  DECISION = 'DECISION',
}
export enum MeetingRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
export enum DecisionProcedure {
  IN_MEETING = 'IN_MEETING',
  WRITTEN = 'WRITTEN',
}
export enum ProposalStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  ADOPTED = 'ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
  WITHDRAWN = 'WITHDRAWN',
}
export enum Stance {
  SUPPORT = 'SUPPORT',
  OBJECT = 'OBJECT',
  ABSTAIN = 'ABSTAIN',
}
export enum Outcome {
  ADOPTED = 'ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
}
/** Why a participant could not take a position (NOT_ENTITLED's extensions.reason, and records). */
export enum NotEntitledReason {
  OBSERVER = 'OBSERVER',
  SUSPENDED = 'SUSPENDED',
  NOT_MEMBER = 'NOT_MEMBER',
  NOT_PRESENT = 'NOT_PRESENT',
  BOYCOTT = 'BOYCOTT',
}
export enum RecordStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(Role, { name: 'Role' });
registerEnumType(ParticipantKind, { name: 'ParticipantKind' });
registerEnumType(ParticipantStatus, { name: 'ParticipantStatus' });
registerEnumType(BodyKind, { name: 'BodyKind' });
registerEnumType(ChairRole, { name: 'ChairRole' });
registerEnumType(MeetingKind, { name: 'MeetingKind' });
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
registerEnumType(BoycottScope, { name: 'BoycottScope' });
registerEnumType(AgendaItemKind, { name: 'AgendaItemKind' });
registerEnumType(MeetingRequestStatus, { name: 'MeetingRequestStatus' });
registerEnumType(DecisionProcedure, { name: 'DecisionProcedure' });
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(Stance, { name: 'Stance' });
registerEnumType(Outcome, { name: 'Outcome' });
registerEnumType(RecordStatus, { name: 'RecordStatus' });
registerEnumType(NotEntitledReason, { name: 'NotEntitledReason' });
