/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AgendaItemInput = {
  description?: string | null | undefined;
  kind: AgendaItemKind;
  meetingId: string;
  proposedById?: string | null | undefined;
  title: string;
};

export type AgendaItemKind =
  | 'DECISION'
  | 'DISCUSSION'
  | 'INFORMATION';

export type AmendProposalInput = {
  changeNote: string;
  proposalId: string;
  text: string;
};

export type AttendanceStatus =
  | 'ABSENT'
  | 'BOYCOTT'
  | 'EXCUSED'
  | 'PRESENT'
  | 'REMOTE'
  | 'SUSPENDED';

export type BodyKind =
  | 'COMMITTEE'
  | 'PLENARY'
  | 'WORKING_GROUP';

export type ChairRole =
  | 'CHAIR'
  | 'VICE_CHAIR';

export type DecisionProcedure =
  | 'IN_MEETING'
  | 'WRITTEN';

export type IssueCorrigendumInput = {
  correction: string;
  reason: string;
  recordId: string;
};

export type MeetingKind =
  | 'EXTRAORDINARY'
  | 'INTERSESSIONAL'
  | 'REGULAR';

export type MeetingStatus =
  | 'ADJOURNED'
  | 'CANCELLED'
  | 'IN_SESSION'
  | 'SCHEDULED';

export type NotEntitledReason =
  | 'BOYCOTT'
  | 'NOT_MEMBER'
  | 'NOT_PRESENT'
  | 'OBSERVER'
  | 'SUSPENDED';

export type Outcome =
  | 'ADOPTED'
  | 'NOT_ADOPTED';

export type ParticipantKind =
  | 'OBSERVER'
  | 'PARTICIPANT';

export type ParticipantStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type ProposalStatus =
  | 'ADOPTED'
  | 'DRAFT'
  | 'NOT_ADOPTED'
  | 'OPEN'
  | 'WITHDRAWN';

export type RecordAttendanceInput = {
  meetingId: string;
  note?: string | null | undefined;
  participantId: string;
  status: AttendanceStatus;
};

export type RecordPositionInput = {
  participantId: string;
  proposalId: string;
  stance: Stance;
  statement?: string | null | undefined;
  versionNumber?: number | null | undefined;
};

export type RecordStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type Role =
  | 'ADMIN'
  | 'DELEGATE'
  | 'SECRETARIAT';

export type ScheduleMeetingInput = {
  bodyId: string;
  endsAt: string;
  kind: MeetingKind;
  location?: string | null | undefined;
  startsAt: string;
  title: string;
};

export type Stance =
  | 'ABSTAIN'
  | 'OBJECT'
  | 'SUPPORT';

export type StartWrittenProcedureInput = {
  bodyId: string;
  deadline: string;
  text: string;
  title: string;
};

export type SubmitProposalInput = {
  agendaItemId: string;
  text: string;
  title: string;
};

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { me: { id: string, displayName: string, email: string, role: Role, participant: { id: string, code: string, name: string, kind: ParticipantKind, status: ParticipantStatus } | null } | null, organization: { id: string, name: string, code: string, timeZone: string } };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { login: { token: string } };

export type RecordFieldsFragment = { id: string, number: string | null, status: RecordStatus, outcome: Outcome, procedure: DecisionProcedure, text: string, versionNumber: number, decidedAt: string, publishedAt: string | null, contentHash: string | null, previousHash: string | null, publishedBy: { displayName: string } | null, body: { id: string, code: string, name: string }, meeting: { id: string, title: string } | null, proposal: { id: string, reference: string, title: string }, chairedBy: { id: string, code: string, name: string } | null, positions: Array<{ stance: Stance, statement: string | null, onBehalf: boolean, participant: { id: string, code: string, name: string } }>, attendance: Array<{ status: AttendanceStatus, note: string | null, participant: { id: string, code: string, name: string, kind: ParticipantKind }, boycott: { id: string, statement: string } | null }>, objectors: Array<{ id: string, code: string, name: string }>, silent: Array<{ id: string, code: string, name: string }>, entitlement: Array<{ entitled: boolean, reason: NotEntitledReason | null, participant: { id: string, code: string, name: string } }>, statements: Array<{ id: string, title: string, body: string, submittedAt: string, participant: { code: string, name: string } }>, corrigenda: Array<{ id: string, number: number, reason: string, correction: string, issuedAt: string, contentHash: string, previousHash: string | null }> };

export type DeskRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskRecordsQuery = { drafts: { edges: Array<{ node: { id: string, proposal: { reference: string, title: string } } }> }, published: { edges: Array<{ node: { id: string, number: string | null, proposal: { title: string } } }> } };

export type DeskDraftQueryVariables = Exact<{
  id: string;
}>;


export type DeskDraftQuery = { decisionRecord: { id: string, number: string | null, status: RecordStatus, outcome: Outcome, procedure: DecisionProcedure, text: string, versionNumber: number, decidedAt: string, publishedAt: string | null, contentHash: string | null, previousHash: string | null, publishedBy: { displayName: string } | null, body: { id: string, code: string, name: string }, meeting: { id: string, title: string } | null, proposal: { id: string, reference: string, title: string }, chairedBy: { id: string, code: string, name: string } | null, positions: Array<{ stance: Stance, statement: string | null, onBehalf: boolean, participant: { id: string, code: string, name: string } }>, attendance: Array<{ status: AttendanceStatus, note: string | null, participant: { id: string, code: string, name: string, kind: ParticipantKind }, boycott: { id: string, statement: string } | null }>, objectors: Array<{ id: string, code: string, name: string }>, silent: Array<{ id: string, code: string, name: string }>, entitlement: Array<{ entitled: boolean, reason: NotEntitledReason | null, participant: { id: string, code: string, name: string } }>, statements: Array<{ id: string, title: string, body: string, submittedAt: string, participant: { code: string, name: string } }>, corrigenda: Array<{ id: string, number: number, reason: string, correction: string, issuedAt: string, contentHash: string, previousHash: string | null }> } | null };

export type PublishRecordMutationVariables = Exact<{
  id: string;
}>;


export type PublishRecordMutation = { publishDecisionRecord: { id: string, number: string | null, contentHash: string | null } };

export type IssueCorrigendumMutationVariables = Exact<{
  input: IssueCorrigendumInput;
}>;


export type IssueCorrigendumMutation = { issueCorrigendum: { id: string, number: number, record: { number: string | null } } };

export type VerifyChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyChainQuery = { verifyRecordChain: { valid: boolean, checked: number, problem: string | null, firstInvalid: { number: string | null } | null, firstInvalidCorrigendum: { number: number, record: { number: string | null } } | null } };

export type AuditLogQueryVariables = Exact<{
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { edges: Array<{ node: { id: string, at: string, action: string, entity: string, entityId: string, details: string, actor: { displayName: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type HomeQueryVariables = Exact<{
  from: string;
}>;


export type HomeQuery = { organization: { id: string, bodies: Array<{ id: string, code: string, name: string, kind: BodyKind, members: Array<{ id: string }>, observers: Array<{ id: string }>, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }> }, meetings: { edges: Array<{ node: { id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, location: string | null, body: { id: string } } }> } };

export type MeetingProposalsQueryVariables = Exact<{
  id: string;
}>;


export type MeetingProposalsQuery = { meeting: { id: string, title: string, agenda: Array<{ id: string, proposals: Array<{ id: string, status: ProposalStatus }> }> } | null };

export type AwaitingProposalQueryVariables = Exact<{
  id: string;
}>;


export type AwaitingProposalQuery = { proposal: { id: string, reference: string, title: string, deadline: string | null, positions: Array<{ participant: { id: string } }> } | null };

export type DraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftsQuery = { decisionRecords: { edges: Array<{ node: { id: string, outcome: Outcome, decidedAt: string, body: { id: string, name: string }, proposal: { id: string, reference: string, title: string } } }> } };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string, title: string } };

export type StartWrittenProcedureMutationVariables = Exact<{
  input: StartWrittenProcedureInput;
}>;


export type StartWrittenProcedureMutation = { startWrittenProcedure: { id: string } };

export type MeetingFieldsFragment = { id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, location: string | null, cancellationReason: string | null, quorumMet: boolean, body: { id: string, code: string, name: string, quorum: number | null, members: Array<{ id: string, code: string, name: string, status: ParticipantStatus }>, observers: Array<{ id: string, code: string, name: string, status: ParticipantStatus }>, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, chairedBy: { id: string, code: string, name: string } | null, attendance: Array<{ status: AttendanceStatus, note: string | null, recordedAt: string, recordedBy: { displayName: string } | null, participant: { id: string }, boycott: { id: string, statement: string } | null }>, attendanceGaps: Array<{ id: string, code: string, name: string }>, agenda: Array<{ id: string, position: number, title: string, kind: AgendaItemKind, description: string | null, proposals: Array<{ id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure }> }>, statements: Array<{ id: string, title: string, body: string, submittedAt: string, participant: { code: string, name: string } }> };

export type MeetingPageQueryVariables = Exact<{
  id: string;
}>;


export type MeetingPageQuery = { meeting: { id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, location: string | null, cancellationReason: string | null, quorumMet: boolean, body: { id: string, code: string, name: string, quorum: number | null, members: Array<{ id: string, code: string, name: string, status: ParticipantStatus }>, observers: Array<{ id: string, code: string, name: string, status: ParticipantStatus }>, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, chairedBy: { id: string, code: string, name: string } | null, attendance: Array<{ status: AttendanceStatus, note: string | null, recordedAt: string, recordedBy: { displayName: string } | null, participant: { id: string }, boycott: { id: string, statement: string } | null }>, attendanceGaps: Array<{ id: string, code: string, name: string }>, agenda: Array<{ id: string, position: number, title: string, kind: AgendaItemKind, description: string | null, proposals: Array<{ id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure }> }>, statements: Array<{ id: string, title: string, body: string, submittedAt: string, participant: { code: string, name: string } }> } | null };

export type MeetingLiveSubscriptionVariables = Exact<{
  id: string;
}>;


export type MeetingLiveSubscription = { meetingUpdated: { id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, location: string | null, cancellationReason: string | null, quorumMet: boolean, body: { id: string, code: string, name: string, quorum: number | null, members: Array<{ id: string, code: string, name: string, status: ParticipantStatus }>, observers: Array<{ id: string, code: string, name: string, status: ParticipantStatus }>, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, chairedBy: { id: string, code: string, name: string } | null, attendance: Array<{ status: AttendanceStatus, note: string | null, recordedAt: string, recordedBy: { displayName: string } | null, participant: { id: string }, boycott: { id: string, statement: string } | null }>, attendanceGaps: Array<{ id: string, code: string, name: string }>, agenda: Array<{ id: string, position: number, title: string, kind: AgendaItemKind, description: string | null, proposals: Array<{ id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure }> }>, statements: Array<{ id: string, title: string, body: string, submittedAt: string, participant: { code: string, name: string } }> } };

export type OpenMeetingMutationVariables = Exact<{
  id: string;
}>;


export type OpenMeetingMutation = { openMeeting: { id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, location: string | null, cancellationReason: string | null, quorumMet: boolean, body: { id: string, code: string, name: string, quorum: number | null, members: Array<{ id: string, code: string, name: string, status: ParticipantStatus }>, observers: Array<{ id: string, code: string, name: string, status: ParticipantStatus }>, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, chairedBy: { id: string, code: string, name: string } | null, attendance: Array<{ status: AttendanceStatus, note: string | null, recordedAt: string, recordedBy: { displayName: string } | null, participant: { id: string }, boycott: { id: string, statement: string } | null }>, attendanceGaps: Array<{ id: string, code: string, name: string }>, agenda: Array<{ id: string, position: number, title: string, kind: AgendaItemKind, description: string | null, proposals: Array<{ id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure }> }>, statements: Array<{ id: string, title: string, body: string, submittedAt: string, participant: { code: string, name: string } }> } };

export type AdjournMeetingMutationVariables = Exact<{
  id: string;
}>;


export type AdjournMeetingMutation = { adjournMeeting: { id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, location: string | null, cancellationReason: string | null, quorumMet: boolean, body: { id: string, code: string, name: string, quorum: number | null, members: Array<{ id: string, code: string, name: string, status: ParticipantStatus }>, observers: Array<{ id: string, code: string, name: string, status: ParticipantStatus }>, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, chairedBy: { id: string, code: string, name: string } | null, attendance: Array<{ status: AttendanceStatus, note: string | null, recordedAt: string, recordedBy: { displayName: string } | null, participant: { id: string }, boycott: { id: string, statement: string } | null }>, attendanceGaps: Array<{ id: string, code: string, name: string }>, agenda: Array<{ id: string, position: number, title: string, kind: AgendaItemKind, description: string | null, proposals: Array<{ id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure }> }>, statements: Array<{ id: string, title: string, body: string, submittedAt: string, participant: { code: string, name: string } }> } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { status: AttendanceStatus } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AgendaItemInput;
}>;


export type AddAgendaItemMutation = { addAgendaItem: { id: string, title: string } };

export type SubmitProposalMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type SubmitProposalMutation = { submitProposal: { id: string } };

export type ProposalFieldsFragment = { id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure, deadline: string | null, withdrawalReason: string | null, body: { id: string, code: string, name: string, quorum: number | null, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, agendaItem: { id: string, position: number, title: string, meeting: { id: string, title: string, status: MeetingStatus, startsAt: string } } | null, currentVersion: { number: number }, versions: Array<{ number: number, text: string, changeNote: string | null, createdAt: string, createdBy: { displayName: string } }>, positions: Array<{ stance: Stance, statement: string | null, recordedAt: string, versionNumber: number, onBehalf: boolean, participant: { id: string, code: string, name: string }, recordedBy: { displayName: string } }>, tally: { support: number, object: number, abstain: number, silent: number, quorumMet: boolean, attendanceComplete: boolean, consensus: boolean, entitled: Array<{ id: string }>, objectors: Array<{ id: string, code: string, name: string }> }, decisionRecord: { id: string, number: string | null, status: RecordStatus, outcome: Outcome } | null };

export type ProposalPageQueryVariables = Exact<{
  id: string;
}>;


export type ProposalPageQuery = { proposal: { id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure, deadline: string | null, withdrawalReason: string | null, body: { id: string, code: string, name: string, quorum: number | null, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, agendaItem: { id: string, position: number, title: string, meeting: { id: string, title: string, status: MeetingStatus, startsAt: string } } | null, currentVersion: { number: number }, versions: Array<{ number: number, text: string, changeNote: string | null, createdAt: string, createdBy: { displayName: string } }>, positions: Array<{ stance: Stance, statement: string | null, recordedAt: string, versionNumber: number, onBehalf: boolean, participant: { id: string, code: string, name: string }, recordedBy: { displayName: string } }>, tally: { support: number, object: number, abstain: number, silent: number, quorumMet: boolean, attendanceComplete: boolean, consensus: boolean, entitled: Array<{ id: string }>, objectors: Array<{ id: string, code: string, name: string }> }, decisionRecord: { id: string, number: string | null, status: RecordStatus, outcome: Outcome } | null } | null };

export type ProposalLiveSubscriptionVariables = Exact<{
  id: string;
}>;


export type ProposalLiveSubscription = { proposalUpdated: { id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure, deadline: string | null, withdrawalReason: string | null, body: { id: string, code: string, name: string, quorum: number | null, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, agendaItem: { id: string, position: number, title: string, meeting: { id: string, title: string, status: MeetingStatus, startsAt: string } } | null, currentVersion: { number: number }, versions: Array<{ number: number, text: string, changeNote: string | null, createdAt: string, createdBy: { displayName: string } }>, positions: Array<{ stance: Stance, statement: string | null, recordedAt: string, versionNumber: number, onBehalf: boolean, participant: { id: string, code: string, name: string }, recordedBy: { displayName: string } }>, tally: { support: number, object: number, abstain: number, silent: number, quorumMet: boolean, attendanceComplete: boolean, consensus: boolean, entitled: Array<{ id: string }>, objectors: Array<{ id: string, code: string, name: string }> }, decisionRecord: { id: string, number: string | null, status: RecordStatus, outcome: Outcome } | null } };

export type RecordPositionMutationVariables = Exact<{
  input: RecordPositionInput;
}>;


export type RecordPositionMutation = { recordPosition: { stance: Stance, versionNumber: number } };

export type OpenProposalMutationVariables = Exact<{
  id: string;
}>;


export type OpenProposalMutation = { openProposal: { id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure, deadline: string | null, withdrawalReason: string | null, body: { id: string, code: string, name: string, quorum: number | null, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, agendaItem: { id: string, position: number, title: string, meeting: { id: string, title: string, status: MeetingStatus, startsAt: string } } | null, currentVersion: { number: number }, versions: Array<{ number: number, text: string, changeNote: string | null, createdAt: string, createdBy: { displayName: string } }>, positions: Array<{ stance: Stance, statement: string | null, recordedAt: string, versionNumber: number, onBehalf: boolean, participant: { id: string, code: string, name: string }, recordedBy: { displayName: string } }>, tally: { support: number, object: number, abstain: number, silent: number, quorumMet: boolean, attendanceComplete: boolean, consensus: boolean, entitled: Array<{ id: string }>, objectors: Array<{ id: string, code: string, name: string }> }, decisionRecord: { id: string, number: string | null, status: RecordStatus, outcome: Outcome } | null } };

export type CloseProposalMutationVariables = Exact<{
  id: string;
}>;


export type CloseProposalMutation = { closeProposal: { id: string, number: string | null, status: RecordStatus, outcome: Outcome } };

export type AmendProposalMutationVariables = Exact<{
  input: AmendProposalInput;
}>;


export type AmendProposalMutation = { amendProposal: { id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure, deadline: string | null, withdrawalReason: string | null, body: { id: string, code: string, name: string, quorum: number | null, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, agendaItem: { id: string, position: number, title: string, meeting: { id: string, title: string, status: MeetingStatus, startsAt: string } } | null, currentVersion: { number: number }, versions: Array<{ number: number, text: string, changeNote: string | null, createdAt: string, createdBy: { displayName: string } }>, positions: Array<{ stance: Stance, statement: string | null, recordedAt: string, versionNumber: number, onBehalf: boolean, participant: { id: string, code: string, name: string }, recordedBy: { displayName: string } }>, tally: { support: number, object: number, abstain: number, silent: number, quorumMet: boolean, attendanceComplete: boolean, consensus: boolean, entitled: Array<{ id: string }>, objectors: Array<{ id: string, code: string, name: string }> }, decisionRecord: { id: string, number: string | null, status: RecordStatus, outcome: Outcome } | null } };

export type WithdrawProposalMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type WithdrawProposalMutation = { withdrawProposal: { id: string, reference: string, title: string, status: ProposalStatus, procedure: DecisionProcedure, deadline: string | null, withdrawalReason: string | null, body: { id: string, code: string, name: string, quorum: number | null, chairTerms: Array<{ id: string, role: ChairRole, startsOn: string, endsOn: string | null, participant: { id: string } }> }, agendaItem: { id: string, position: number, title: string, meeting: { id: string, title: string, status: MeetingStatus, startsAt: string } } | null, currentVersion: { number: number }, versions: Array<{ number: number, text: string, changeNote: string | null, createdAt: string, createdBy: { displayName: string } }>, positions: Array<{ stance: Stance, statement: string | null, recordedAt: string, versionNumber: number, onBehalf: boolean, participant: { id: string, code: string, name: string }, recordedBy: { displayName: string } }>, tally: { support: number, object: number, abstain: number, silent: number, quorumMet: boolean, attendanceComplete: boolean, consensus: boolean, entitled: Array<{ id: string }>, objectors: Array<{ id: string, code: string, name: string }> }, decisionRecord: { id: string, number: string | null, status: RecordStatus, outcome: Outcome } | null } };

export type RecordByNumberQueryVariables = Exact<{
  number: string;
}>;


export type RecordByNumberQuery = { decisionRecord: { id: string, number: string | null, status: RecordStatus, outcome: Outcome, procedure: DecisionProcedure, text: string, versionNumber: number, decidedAt: string, publishedAt: string | null, contentHash: string | null, previousHash: string | null, publishedBy: { displayName: string } | null, body: { id: string, code: string, name: string }, meeting: { id: string, title: string } | null, proposal: { id: string, reference: string, title: string }, chairedBy: { id: string, code: string, name: string } | null, positions: Array<{ stance: Stance, statement: string | null, onBehalf: boolean, participant: { id: string, code: string, name: string } }>, attendance: Array<{ status: AttendanceStatus, note: string | null, participant: { id: string, code: string, name: string, kind: ParticipantKind }, boycott: { id: string, statement: string } | null }>, objectors: Array<{ id: string, code: string, name: string }>, silent: Array<{ id: string, code: string, name: string }>, entitlement: Array<{ entitled: boolean, reason: NotEntitledReason | null, participant: { id: string, code: string, name: string } }>, statements: Array<{ id: string, title: string, body: string, submittedAt: string, participant: { code: string, name: string } }>, corrigenda: Array<{ id: string, number: number, reason: string, correction: string, issuedAt: string, contentHash: string, previousHash: string | null }> } | null };

export type RegisterQueryVariables = Exact<{
  bodyId?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type RegisterQuery = { decisionRecords: { edges: Array<{ node: { id: string, number: string | null, outcome: Outcome, publishedAt: string | null, procedure: DecisionProcedure, body: { id: string, code: string, name: string }, proposal: { reference: string, title: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type RegisterBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterBodiesQuery = { organization: { bodies: Array<{ id: string, code: string, name: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordFields on DecisionRecord {
  id
  number
  status
  outcome
  procedure
  text
  versionNumber
  decidedAt
  publishedAt
  contentHash
  previousHash
  publishedBy {
    displayName
  }
  body {
    id
    code
    name
  }
  meeting {
    id
    title
  }
  proposal {
    id
    reference
    title
  }
  chairedBy {
    id
    code
    name
  }
  positions {
    stance
    statement
    onBehalf
    participant {
      id
      code
      name
    }
  }
  attendance {
    status
    note
    participant {
      id
      code
      name
      kind
    }
    boycott {
      id
      statement
    }
  }
  objectors {
    id
    code
    name
  }
  silent {
    id
    code
    name
  }
  entitlement {
    entitled
    reason
    participant {
      id
      code
      name
    }
  }
  statements {
    id
    title
    body
    submittedAt
    participant {
      code
      name
    }
  }
  corrigenda {
    id
    number
    reason
    correction
    issuedAt
    contentHash
    previousHash
  }
}
    `, {"fragmentName":"RecordFields"}) as unknown as TypedDocumentString<RecordFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingFields on Meeting {
  id
  title
  kind
  status
  startsAt
  endsAt
  location
  cancellationReason
  quorumMet
  body {
    id
    code
    name
    quorum
    members {
      id
      code
      name
      status
    }
    observers {
      id
      code
      name
      status
    }
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  chairedBy {
    id
    code
    name
  }
  attendance {
    status
    note
    recordedAt
    recordedBy {
      displayName
    }
    participant {
      id
    }
    boycott {
      id
      statement
    }
  }
  attendanceGaps {
    id
    code
    name
  }
  agenda {
    id
    position
    title
    kind
    description
    proposals {
      id
      reference
      title
      status
      procedure
    }
  }
  statements {
    id
    title
    body
    submittedAt
    participant {
      code
      name
    }
  }
}
    `, {"fragmentName":"MeetingFields"}) as unknown as TypedDocumentString<MeetingFieldsFragment, unknown>;
export const ProposalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposalFields on Proposal {
  id
  reference
  title
  status
  procedure
  deadline
  withdrawalReason
  body {
    id
    code
    name
    quorum
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  agendaItem {
    id
    position
    title
    meeting {
      id
      title
      status
      startsAt
    }
  }
  currentVersion {
    number
  }
  versions {
    number
    text
    changeNote
    createdAt
    createdBy {
      displayName
    }
  }
  positions {
    stance
    statement
    recordedAt
    versionNumber
    onBehalf
    participant {
      id
      code
      name
    }
    recordedBy {
      displayName
    }
  }
  tally {
    support
    object
    abstain
    silent
    quorumMet
    attendanceComplete
    consensus
    entitled {
      id
    }
    objectors {
      id
      code
      name
    }
  }
  decisionRecord {
    id
    number
    status
    outcome
  }
}
    `, {"fragmentName":"ProposalFields"}) as unknown as TypedDocumentString<ProposalFieldsFragment, unknown>;
export const SessionDocument = new TypedDocumentString(`
    query Session {
  me {
    id
    displayName
    email
    role
    participant {
      id
      code
      name
      kind
      status
    }
  }
  organization {
    id
    name
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const DeskRecordsDocument = new TypedDocumentString(`
    query DeskRecords {
  drafts: decisionRecords(status: DRAFT, first: 100) {
    edges {
      node {
        id
        proposal {
          reference
          title
        }
      }
    }
  }
  published: decisionRecords(status: PUBLISHED, first: 100) {
    edges {
      node {
        id
        number
        proposal {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskRecordsQuery, DeskRecordsQueryVariables>;
export const DeskDraftDocument = new TypedDocumentString(`
    query DeskDraft($id: ID!) {
  decisionRecord(id: $id) {
    ...RecordFields
  }
}
    fragment RecordFields on DecisionRecord {
  id
  number
  status
  outcome
  procedure
  text
  versionNumber
  decidedAt
  publishedAt
  contentHash
  previousHash
  publishedBy {
    displayName
  }
  body {
    id
    code
    name
  }
  meeting {
    id
    title
  }
  proposal {
    id
    reference
    title
  }
  chairedBy {
    id
    code
    name
  }
  positions {
    stance
    statement
    onBehalf
    participant {
      id
      code
      name
    }
  }
  attendance {
    status
    note
    participant {
      id
      code
      name
      kind
    }
    boycott {
      id
      statement
    }
  }
  objectors {
    id
    code
    name
  }
  silent {
    id
    code
    name
  }
  entitlement {
    entitled
    reason
    participant {
      id
      code
      name
    }
  }
  statements {
    id
    title
    body
    submittedAt
    participant {
      code
      name
    }
  }
  corrigenda {
    id
    number
    reason
    correction
    issuedAt
    contentHash
    previousHash
  }
}`) as unknown as TypedDocumentString<DeskDraftQuery, DeskDraftQueryVariables>;
export const PublishRecordDocument = new TypedDocumentString(`
    mutation PublishRecord($id: ID!) {
  publishDecisionRecord(recordId: $id) {
    id
    number
    contentHash
  }
}
    `) as unknown as TypedDocumentString<PublishRecordMutation, PublishRecordMutationVariables>;
export const IssueCorrigendumDocument = new TypedDocumentString(`
    mutation IssueCorrigendum($input: IssueCorrigendumInput!) {
  issueCorrigendum(input: $input) {
    id
    number
    record {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<IssueCorrigendumMutation, IssueCorrigendumMutationVariables>;
export const VerifyChainDocument = new TypedDocumentString(`
    query VerifyChain {
  verifyRecordChain {
    valid
    checked
    problem
    firstInvalid {
      number
    }
    firstInvalidCorrigendum {
      number
      record {
        number
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyChainQuery, VerifyChainQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($entity: String, $entityId: ID, $after: String) {
  auditLog(entity: $entity, entityId: $entityId, after: $after, first: 20) {
    edges {
      node {
        id
        at
        action
        entity
        entityId
        details
        actor {
          displayName
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home($from: DateTime!) {
  organization {
    id
    bodies {
      id
      code
      name
      kind
      members {
        id
      }
      observers {
        id
      }
      chairTerms {
        id
        role
        startsOn
        endsOn
        participant {
          id
        }
      }
    }
  }
  meetings(from: $from, first: 100) {
    edges {
      node {
        id
        title
        kind
        status
        startsAt
        endsAt
        location
        body {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const MeetingProposalsDocument = new TypedDocumentString(`
    query MeetingProposals($id: ID!) {
  meeting(id: $id) {
    id
    title
    agenda {
      id
      proposals {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingProposalsQuery, MeetingProposalsQueryVariables>;
export const AwaitingProposalDocument = new TypedDocumentString(`
    query AwaitingProposal($id: ID!) {
  proposal(id: $id) {
    id
    reference
    title
    deadline
    positions {
      participant {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwaitingProposalQuery, AwaitingProposalQueryVariables>;
export const DraftsDocument = new TypedDocumentString(`
    query Drafts {
  decisionRecords(status: DRAFT, first: 50) {
    edges {
      node {
        id
        outcome
        decidedAt
        body {
          id
          name
        }
        proposal {
          id
          reference
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsQuery, DraftsQueryVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const StartWrittenProcedureDocument = new TypedDocumentString(`
    mutation StartWrittenProcedure($input: StartWrittenProcedureInput!) {
  startWrittenProcedure(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartWrittenProcedureMutation, StartWrittenProcedureMutationVariables>;
export const MeetingPageDocument = new TypedDocumentString(`
    query MeetingPage($id: ID!) {
  meeting(id: $id) {
    ...MeetingFields
  }
}
    fragment MeetingFields on Meeting {
  id
  title
  kind
  status
  startsAt
  endsAt
  location
  cancellationReason
  quorumMet
  body {
    id
    code
    name
    quorum
    members {
      id
      code
      name
      status
    }
    observers {
      id
      code
      name
      status
    }
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  chairedBy {
    id
    code
    name
  }
  attendance {
    status
    note
    recordedAt
    recordedBy {
      displayName
    }
    participant {
      id
    }
    boycott {
      id
      statement
    }
  }
  attendanceGaps {
    id
    code
    name
  }
  agenda {
    id
    position
    title
    kind
    description
    proposals {
      id
      reference
      title
      status
      procedure
    }
  }
  statements {
    id
    title
    body
    submittedAt
    participant {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<MeetingPageQuery, MeetingPageQueryVariables>;
export const MeetingLiveDocument = new TypedDocumentString(`
    subscription MeetingLive($id: ID!) {
  meetingUpdated(meetingId: $id) {
    ...MeetingFields
  }
}
    fragment MeetingFields on Meeting {
  id
  title
  kind
  status
  startsAt
  endsAt
  location
  cancellationReason
  quorumMet
  body {
    id
    code
    name
    quorum
    members {
      id
      code
      name
      status
    }
    observers {
      id
      code
      name
      status
    }
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  chairedBy {
    id
    code
    name
  }
  attendance {
    status
    note
    recordedAt
    recordedBy {
      displayName
    }
    participant {
      id
    }
    boycott {
      id
      statement
    }
  }
  attendanceGaps {
    id
    code
    name
  }
  agenda {
    id
    position
    title
    kind
    description
    proposals {
      id
      reference
      title
      status
      procedure
    }
  }
  statements {
    id
    title
    body
    submittedAt
    participant {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<MeetingLiveSubscription, MeetingLiveSubscriptionVariables>;
export const OpenMeetingDocument = new TypedDocumentString(`
    mutation OpenMeeting($id: ID!) {
  openMeeting(meetingId: $id) {
    ...MeetingFields
  }
}
    fragment MeetingFields on Meeting {
  id
  title
  kind
  status
  startsAt
  endsAt
  location
  cancellationReason
  quorumMet
  body {
    id
    code
    name
    quorum
    members {
      id
      code
      name
      status
    }
    observers {
      id
      code
      name
      status
    }
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  chairedBy {
    id
    code
    name
  }
  attendance {
    status
    note
    recordedAt
    recordedBy {
      displayName
    }
    participant {
      id
    }
    boycott {
      id
      statement
    }
  }
  attendanceGaps {
    id
    code
    name
  }
  agenda {
    id
    position
    title
    kind
    description
    proposals {
      id
      reference
      title
      status
      procedure
    }
  }
  statements {
    id
    title
    body
    submittedAt
    participant {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<OpenMeetingMutation, OpenMeetingMutationVariables>;
export const AdjournMeetingDocument = new TypedDocumentString(`
    mutation AdjournMeeting($id: ID!) {
  adjournMeeting(meetingId: $id) {
    ...MeetingFields
  }
}
    fragment MeetingFields on Meeting {
  id
  title
  kind
  status
  startsAt
  endsAt
  location
  cancellationReason
  quorumMet
  body {
    id
    code
    name
    quorum
    members {
      id
      code
      name
      status
    }
    observers {
      id
      code
      name
      status
    }
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  chairedBy {
    id
    code
    name
  }
  attendance {
    status
    note
    recordedAt
    recordedBy {
      displayName
    }
    participant {
      id
    }
    boycott {
      id
      statement
    }
  }
  attendanceGaps {
    id
    code
    name
  }
  agenda {
    id
    position
    title
    kind
    description
    proposals {
      id
      reference
      title
      status
      procedure
    }
  }
  statements {
    id
    title
    body
    submittedAt
    participant {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<AdjournMeetingMutation, AdjournMeetingMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const AddAgendaItemDocument = new TypedDocumentString(`
    mutation AddAgendaItem($input: AgendaItemInput!) {
  addAgendaItem(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const SubmitProposalDocument = new TypedDocumentString(`
    mutation SubmitProposal($input: SubmitProposalInput!) {
  submitProposal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const ProposalPageDocument = new TypedDocumentString(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  reference
  title
  status
  procedure
  deadline
  withdrawalReason
  body {
    id
    code
    name
    quorum
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  agendaItem {
    id
    position
    title
    meeting {
      id
      title
      status
      startsAt
    }
  }
  currentVersion {
    number
  }
  versions {
    number
    text
    changeNote
    createdAt
    createdBy {
      displayName
    }
  }
  positions {
    stance
    statement
    recordedAt
    versionNumber
    onBehalf
    participant {
      id
      code
      name
    }
    recordedBy {
      displayName
    }
  }
  tally {
    support
    object
    abstain
    silent
    quorumMet
    attendanceComplete
    consensus
    entitled {
      id
    }
    objectors {
      id
      code
      name
    }
  }
  decisionRecord {
    id
    number
    status
    outcome
  }
}`) as unknown as TypedDocumentString<ProposalPageQuery, ProposalPageQueryVariables>;
export const ProposalLiveDocument = new TypedDocumentString(`
    subscription ProposalLive($id: ID!) {
  proposalUpdated(proposalId: $id) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  reference
  title
  status
  procedure
  deadline
  withdrawalReason
  body {
    id
    code
    name
    quorum
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  agendaItem {
    id
    position
    title
    meeting {
      id
      title
      status
      startsAt
    }
  }
  currentVersion {
    number
  }
  versions {
    number
    text
    changeNote
    createdAt
    createdBy {
      displayName
    }
  }
  positions {
    stance
    statement
    recordedAt
    versionNumber
    onBehalf
    participant {
      id
      code
      name
    }
    recordedBy {
      displayName
    }
  }
  tally {
    support
    object
    abstain
    silent
    quorumMet
    attendanceComplete
    consensus
    entitled {
      id
    }
    objectors {
      id
      code
      name
    }
  }
  decisionRecord {
    id
    number
    status
    outcome
  }
}`) as unknown as TypedDocumentString<ProposalLiveSubscription, ProposalLiveSubscriptionVariables>;
export const RecordPositionDocument = new TypedDocumentString(`
    mutation RecordPosition($input: RecordPositionInput!) {
  recordPosition(input: $input) {
    stance
    versionNumber
  }
}
    `) as unknown as TypedDocumentString<RecordPositionMutation, RecordPositionMutationVariables>;
export const OpenProposalDocument = new TypedDocumentString(`
    mutation OpenProposal($id: ID!) {
  openProposal(proposalId: $id) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  reference
  title
  status
  procedure
  deadline
  withdrawalReason
  body {
    id
    code
    name
    quorum
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  agendaItem {
    id
    position
    title
    meeting {
      id
      title
      status
      startsAt
    }
  }
  currentVersion {
    number
  }
  versions {
    number
    text
    changeNote
    createdAt
    createdBy {
      displayName
    }
  }
  positions {
    stance
    statement
    recordedAt
    versionNumber
    onBehalf
    participant {
      id
      code
      name
    }
    recordedBy {
      displayName
    }
  }
  tally {
    support
    object
    abstain
    silent
    quorumMet
    attendanceComplete
    consensus
    entitled {
      id
    }
    objectors {
      id
      code
      name
    }
  }
  decisionRecord {
    id
    number
    status
    outcome
  }
}`) as unknown as TypedDocumentString<OpenProposalMutation, OpenProposalMutationVariables>;
export const CloseProposalDocument = new TypedDocumentString(`
    mutation CloseProposal($id: ID!) {
  closeProposal(proposalId: $id) {
    id
    number
    status
    outcome
  }
}
    `) as unknown as TypedDocumentString<CloseProposalMutation, CloseProposalMutationVariables>;
export const AmendProposalDocument = new TypedDocumentString(`
    mutation AmendProposal($input: AmendProposalInput!) {
  amendProposal(input: $input) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  reference
  title
  status
  procedure
  deadline
  withdrawalReason
  body {
    id
    code
    name
    quorum
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  agendaItem {
    id
    position
    title
    meeting {
      id
      title
      status
      startsAt
    }
  }
  currentVersion {
    number
  }
  versions {
    number
    text
    changeNote
    createdAt
    createdBy {
      displayName
    }
  }
  positions {
    stance
    statement
    recordedAt
    versionNumber
    onBehalf
    participant {
      id
      code
      name
    }
    recordedBy {
      displayName
    }
  }
  tally {
    support
    object
    abstain
    silent
    quorumMet
    attendanceComplete
    consensus
    entitled {
      id
    }
    objectors {
      id
      code
      name
    }
  }
  decisionRecord {
    id
    number
    status
    outcome
  }
}`) as unknown as TypedDocumentString<AmendProposalMutation, AmendProposalMutationVariables>;
export const WithdrawProposalDocument = new TypedDocumentString(`
    mutation WithdrawProposal($id: ID!, $reason: String!) {
  withdrawProposal(proposalId: $id, reason: $reason) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  reference
  title
  status
  procedure
  deadline
  withdrawalReason
  body {
    id
    code
    name
    quorum
    chairTerms {
      id
      role
      startsOn
      endsOn
      participant {
        id
      }
    }
  }
  agendaItem {
    id
    position
    title
    meeting {
      id
      title
      status
      startsAt
    }
  }
  currentVersion {
    number
  }
  versions {
    number
    text
    changeNote
    createdAt
    createdBy {
      displayName
    }
  }
  positions {
    stance
    statement
    recordedAt
    versionNumber
    onBehalf
    participant {
      id
      code
      name
    }
    recordedBy {
      displayName
    }
  }
  tally {
    support
    object
    abstain
    silent
    quorumMet
    attendanceComplete
    consensus
    entitled {
      id
    }
    objectors {
      id
      code
      name
    }
  }
  decisionRecord {
    id
    number
    status
    outcome
  }
}`) as unknown as TypedDocumentString<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const RecordByNumberDocument = new TypedDocumentString(`
    query RecordByNumber($number: String!) {
  decisionRecord(number: $number) {
    ...RecordFields
  }
}
    fragment RecordFields on DecisionRecord {
  id
  number
  status
  outcome
  procedure
  text
  versionNumber
  decidedAt
  publishedAt
  contentHash
  previousHash
  publishedBy {
    displayName
  }
  body {
    id
    code
    name
  }
  meeting {
    id
    title
  }
  proposal {
    id
    reference
    title
  }
  chairedBy {
    id
    code
    name
  }
  positions {
    stance
    statement
    onBehalf
    participant {
      id
      code
      name
    }
  }
  attendance {
    status
    note
    participant {
      id
      code
      name
      kind
    }
    boycott {
      id
      statement
    }
  }
  objectors {
    id
    code
    name
  }
  silent {
    id
    code
    name
  }
  entitlement {
    entitled
    reason
    participant {
      id
      code
      name
    }
  }
  statements {
    id
    title
    body
    submittedAt
    participant {
      code
      name
    }
  }
  corrigenda {
    id
    number
    reason
    correction
    issuedAt
    contentHash
    previousHash
  }
}`) as unknown as TypedDocumentString<RecordByNumberQuery, RecordByNumberQueryVariables>;
export const RegisterDocument = new TypedDocumentString(`
    query Register($bodyId: ID, $after: String, $first: Int) {
  decisionRecords(
    bodyId: $bodyId
    after: $after
    first: $first
    status: PUBLISHED
  ) {
    edges {
      node {
        id
        number
        outcome
        publishedAt
        procedure
        body {
          id
          code
          name
        }
        proposal {
          reference
          title
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterQuery, RegisterQueryVariables>;
export const RegisterBodiesDocument = new TypedDocumentString(`
    query RegisterBodies {
  organization {
    bodies {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterBodiesQuery, RegisterBodiesQueryVariables>;