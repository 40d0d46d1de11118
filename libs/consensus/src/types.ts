// Shared vocabulary of the consensus rules: the enums of the GraphQL contract as string unions,
// so the pure rules and the app speak the same words without importing each other.

export type ParticipantKind = 'PARTICIPANT' | 'OBSERVER';
export type ParticipantStatus = 'ACTIVE' | 'SUSPENDED';
/** BOYCOTT and SUSPENDED are set by Concord only, from declarations (docs/rules.md "Attendance and boycotts"). */
export type AttendanceStatus = 'PRESENT' | 'REMOTE' | 'ABSENT' | 'EXCUSED' | 'BOYCOTT' | 'SUSPENDED';
/** ABSTAIN stands aside: it does not block. */
export type Stance = 'SUPPORT' | 'OBJECT' | 'ABSTAIN';
export type DecisionProcedure = 'IN_MEETING' | 'WRITTEN';
export type Outcome = 'ADOPTED' | 'NOT_ADOPTED';
export type Role = 'ADMIN' | 'SECRETARIAT' | 'DELEGATE';
export type ChairRole = 'CHAIR' | 'VICE_CHAIR';
/** The `extensions.reason` of a NOT_ENTITLED error, and the reason a record lists a participant as not entitled. */
export type NotEntitledReason = 'OBSERVER' | 'SUSPENDED' | 'NOT_MEMBER' | 'NOT_PRESENT' | 'BOYCOTT';
/** 'YYYY-MM-DD', a calendar day in the organisation's time zone (docs/rules.md "Dates"). */
export type IsoDate = string;

export const PARTICIPANT_KINDS: readonly ParticipantKind[] = ['PARTICIPANT', 'OBSERVER'];
export const PARTICIPANT_STATUSES: readonly ParticipantStatus[] = ['ACTIVE', 'SUSPENDED'];
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = [
  'PRESENT',
  'REMOTE',
  'ABSENT',
  'EXCUSED',
  'BOYCOTT',
  'SUSPENDED',
];
export const STANCES: readonly Stance[] = ['SUPPORT', 'OBJECT', 'ABSTAIN'];
export const DECISION_PROCEDURES: readonly DecisionProcedure[] = ['IN_MEETING', 'WRITTEN'];
export const OUTCOMES: readonly Outcome[] = ['ADOPTED', 'NOT_ADOPTED'];
export const ROLES: readonly Role[] = ['ADMIN', 'SECRETARIAT', 'DELEGATE'];
export const CHAIR_ROLES: readonly ChairRole[] = ['CHAIR', 'VICE_CHAIR'];
export const NOT_ENTITLED_REASONS: readonly NotEntitledReason[] = [
  'OBSERVER',
  'SUSPENDED',
  'NOT_MEMBER',
  'NOT_PRESENT',
  'BOYCOTT',
];

/** How a participant asks for the floor (the room): points of order first, rights of reply last. */
export type FloorRequestKind = 'POINT_OF_ORDER' | 'SPEAK' | 'RIGHT_OF_REPLY';
export const FLOOR_REQUEST_KINDS: readonly FloorRequestKind[] = ['POINT_OF_ORDER', 'SPEAK', 'RIGHT_OF_REPLY'];
/** PROVISIONAL until an AGENDA proposal of the meeting is ADOPTED, then ADOPTED for good. */
export type AgendaStatus = 'PROVISIONAL' | 'ADOPTED';
/** DECISION: on a DECISION agenda item or a written procedure; AGENDA: adopts its meeting's agenda. */
export type ProposalSubject = 'DECISION' | 'AGENDA';
export type MeetingKind = 'REGULAR' | 'INTERSESSIONAL' | 'EXTRAORDINARY';
export type AgendaItemKind = 'INFORMATION' | 'DISCUSSION' | 'DECISION';
