// What `closeProposal` freezes into decision_record.snapshot (jsonb) at the instant of closing, and
// what the records area reads to serve a DRAFT record and to build the canonical JSON it publishes.
// Everything a reader needs is copied here (codes, names, display names), so a record never changes
// when a participant is renamed or a statement is added later.
import type { AttendanceStatus, NotEntitledReason, Stance } from '#consensus';

export interface ParticipantRef {
  id: string;
  code: string;
  name: string;
  kind: 'PARTICIPANT' | 'OBSERVER';
}

export interface UserRef {
  id: string;
  displayName: string;
}

export interface SnapshotPosition {
  participant: ParticipantRef;
  stance: Stance;
  versionNumber: number;
  statement: string | null;
  recordedBy: UserRef;
  /** ISO 8601 instant. */
  recordedAt: string;
  onBehalf: boolean;
}

export interface SnapshotAttendance {
  participant: ParticipantRef;
  status: AttendanceStatus;
  /** Set when status is BOYCOTT. */
  boycottId: string | null;
  note: string | null;
  /** null: set by Concord itself (a boycott or a suspension). */
  recordedBy: UserRef | null;
  recordedAt: string;
}

export interface SnapshotBoycott {
  id: string;
  participant: ParticipantRef;
  scope: 'MEETING' | 'BODY' | 'CHAIRED_BY';
  meetingId: string | null;
  bodyId: string | null;
  chairedBy: ParticipantRef | null;
  startsOn: string;
  endsOn: string | null;
  statement: string;
  declaredBy: UserRef;
  declaredAt: string;
  withdrawnAt: string | null;
}

export interface SnapshotStatement {
  id: string;
  participant: ParticipantRef;
  title: string;
  body: string;
  meetingId: string | null;
  proposalId: string | null;
  boycottId: string | null;
  submittedBy: UserRef;
  submittedAt: string;
}

export interface SnapshotEntitlement {
  participant: ParticipantRef;
  entitled: boolean;
  reason: NotEntitledReason | null;
}

export interface DecisionSnapshot {
  /** The proposal's human reference, e.g. KP/PLEN/2022/3. */
  reference: string;
  title: string;
  /** `kind` is optional (added later): when absent, records read the body's kind. */
  body: { id: string; code: string; name: string; kind?: 'PLENARY' | 'COMMITTEE' | 'WORKING_GROUP' };
  /** `kind` and `endsAt` are optional (added later): when absent, records read them from the meeting. */
  meeting: {
    id: string;
    title: string;
    startsAt: string;
    kind?: 'REGULAR' | 'INTERSESSIONAL' | 'EXTRAORDINARY';
    endsAt?: string;
  } | null;
  chair: ParticipantRef | null;
  /** The counting positions: each entitled or not participant's latest stance on the decided version. */
  positions: SnapshotPosition[];
  /** IN_MEETING: every member's and observer's attendance as it stood at closing; WRITTEN: []. */
  attendance: SnapshotAttendance[];
  /** Who was entitled to a position, and why each one who was not was not. */
  entitlement: SnapshotEntitlement[];
  objectors: ParticipantRef[];
  /** Entitled participants who stated nothing (silence is not objection). */
  silent: ParticipantRef[];
  tally: { support: number; object: number; abstain: number; silent: number };
  /** Statements on the proposal and on every boycott the attendance links, as they stood at closing. */
  statements: SnapshotStatement[];
  /** The boycotts the attendance links. */
  boycotts: SnapshotBoycott[];
}
