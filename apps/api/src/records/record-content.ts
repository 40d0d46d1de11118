// The one shape a decision record is read from, whatever its state: a DRAFT's content is built from
// its frozen snapshot (with no publication fields), a PUBLISHED record's content IS its canonical JSON
// document parsed back from the stored bytes. GraphQL field resolvers and every export (JSON,
// Markdown, PDF) read this shape, so they all say the same things.
import type {
  DecisionSnapshot,
  ParticipantRef,
  SnapshotAttendance,
  SnapshotBoycott,
  SnapshotEntitlement,
  SnapshotPosition,
  SnapshotStatement,
  UserRef,
} from './decision-snapshot.js';

/** Marks the document format; bumped only with a new format (old records keep theirs). */
export const RECORD_DOCUMENT_TYPE = 'concord.decision-record/1';
export const CORRIGENDUM_DOCUMENT_TYPE = 'concord.corrigendum/1';

export type BodyKindName = 'PLENARY' | 'COMMITTEE' | 'WORKING_GROUP';
export type MeetingKindName = 'REGULAR' | 'INTERSESSIONAL' | 'EXTRAORDINARY';

/**
 * Everything a reader of the record needs. Published, this object is serialised with RFC 8785
 * (JSON Canonicalization Scheme) and those bytes are hashed, stored and served; `contentHash` itself
 * is not inside (it is the hash of these bytes).
 */
export interface RecordContent {
  type: typeof RECORD_DOCUMENT_TYPE;
  id: string;
  /** "KP/2026/7"; null while DRAFT. */
  number: string | null;
  organization: { code: string; name: string };
  proposal: { id: string; reference: string; title: string };
  body: { id: string; code: string; name: string; kind: BodyKindName };
  meeting: { id: string; title: string; kind: MeetingKindName; startsAt: string; endsAt: string } | null;
  procedure: 'IN_MEETING' | 'WRITTEN';
  text: string;
  /** The number of the proposal version decided on. */
  version: number;
  outcome: 'ADOPTED' | 'NOT_ADOPTED';
  /** ISO 8601 instant of the close. */
  decidedAt: string;
  chair: ParticipantRef | null;
  positions: SnapshotPosition[];
  attendance: SnapshotAttendance[];
  objectors: ParticipantRef[];
  silent: ParticipantRef[];
  entitlement: SnapshotEntitlement[];
  tally: { support: number; object: number; abstain: number; silent: number };
  statements: SnapshotStatement[];
  boycotts: SnapshotBoycott[];
  /** ISO 8601 instant; null while DRAFT. */
  publishedAt: string | null;
  publishedBy: UserRef | null;
  /** contentHash of the chain entry published before this one; null for the first (and while DRAFT). */
  previousHash: string | null;
}

/** A corrigendum's canonical document, hashed into the same chain as the records. */
export interface CorrigendumContent {
  type: typeof CORRIGENDUM_DOCUMENT_TYPE;
  id: string;
  record: { id: string; number: string };
  number: number;
  reason: string;
  correction: string;
  issuedAt: string;
  issuedBy: UserRef;
  previousHash: string | null;
}

/** The decision_record columns the records area reads. */
export interface RecordRow {
  id: string;
  proposalId: string;
  bodyId: string;
  meetingId: string | null;
  procedure: 'IN_MEETING' | 'WRITTEN';
  outcome: 'ADOPTED' | 'NOT_ADOPTED';
  text: string;
  versionNumber: number;
  decidedAt: Date;
  chairedByParticipantId: string | null;
  snapshot: DecisionSnapshot;
  status: 'DRAFT' | 'PUBLISHED';
  number: string | null;
  chainPosition: string | null;
  publishedAt: Date | null;
  publishedByUserId: string | null;
  canonicalJson: string | null;
  contentHash: string | null;
  previousHash: string | null;
  createdAt: Date;
}

/** Facts the snapshot may not carry (older snapshots), looked up when a draft is read or published. */
export interface ContentFill {
  organization: { code: string; name: string };
  bodyKind: BodyKindName;
  meeting: { kind: MeetingKindName; endsAt: string } | null;
}

/** The content of a record from its row: the snapshot for a DRAFT, publication fields left null. */
export function draftContent(row: RecordRow, fill: ContentFill): RecordContent {
  const s = row.snapshot;
  return {
    type: RECORD_DOCUMENT_TYPE,
    id: row.id,
    number: null,
    organization: fill.organization,
    proposal: { id: row.proposalId, reference: s.reference, title: s.title },
    body: { id: s.body.id, code: s.body.code, name: s.body.name, kind: s.body.kind ?? fill.bodyKind },
    meeting: s.meeting
      ? {
          id: s.meeting.id,
          title: s.meeting.title,
          kind: s.meeting.kind ?? fill.meeting?.kind ?? 'REGULAR',
          startsAt: s.meeting.startsAt,
          endsAt: s.meeting.endsAt ?? fill.meeting?.endsAt ?? s.meeting.startsAt,
        }
      : null,
    procedure: row.procedure,
    text: row.text,
    version: row.versionNumber,
    outcome: row.outcome,
    decidedAt: row.decidedAt.toISOString(),
    chair: s.chair,
    positions: s.positions,
    attendance: s.attendance,
    objectors: s.objectors,
    silent: s.silent ?? [],
    entitlement: s.entitlement ?? [],
    tally: s.tally,
    statements: s.statements ?? [],
    boycotts: s.boycotts ?? [],
    publishedAt: null,
    publishedBy: null,
    previousHash: null,
  };
}
