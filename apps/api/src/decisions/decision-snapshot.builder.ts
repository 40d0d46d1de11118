// Builds the DecisionSnapshot (records/decision-snapshot.ts) that closeProposal freezes: everything a
// reader of the record needs, copied (codes, names, display names), so the record never changes when a
// participant is renamed or a statement is added later. Pure: the closing service reads the rows.
import type { AttendanceStatus } from '#consensus';
import type {
  DecisionSnapshot,
  ParticipantRef,
  SnapshotAttendance,
  SnapshotBoycott,
  SnapshotEntitlement,
  SnapshotPosition,
  SnapshotStatement,
  UserRef,
} from '../records/decision-snapshot.js';
import type { ParticipantModel } from '../organisation/models/organisation.models.js';
import { latestPositions, type DecisionFacts } from './decision-facts.js';
import type { AttendanceFactRow, PositionRow, SeatRow } from './decisions.repository.js';

export interface AttendanceSnapshotRow {
  participantId: string;
  status: AttendanceStatus;
  boycottId: string | null;
  note: string | null;
  recordedAt: Date;
  userId: string | null;
  userName: string | null;
  code: string;
  name: string;
  kind: 'PARTICIPANT' | 'OBSERVER';
}

export interface BoycottSnapshotRow {
  id: string;
  scope: 'MEETING' | 'BODY' | 'CHAIRED_BY';
  meetingId: string | null;
  bodyId: string | null;
  startsOn: string;
  endsOn: string | null;
  statement: string;
  declaredAt: Date;
  withdrawnAt: Date | null;
  participantId: string;
  code: string;
  name: string;
  kind: 'PARTICIPANT' | 'OBSERVER';
  chairedById: string | null;
  chairedByCode: string | null;
  chairedByName: string | null;
  chairedByKind: 'PARTICIPANT' | 'OBSERVER' | null;
  userId: string;
  userName: string;
}

export interface SnapshotFacts {
  seats: SeatRow[];
  positions: PositionRow[];
  /** Who recorded each position, by the position's arrival order. */
  recorders: Map<number, UserRef>;
  attendance: AttendanceSnapshotRow[];
  attendanceFacts: AttendanceFactRow[];
  boycotts: BoycottSnapshotRow[];
  /** Statements on the proposal and on the linked boycotts, as the statements area reads them. */
  statements: SnapshotStatement[];
  /** The text of the version decided on. */
  text: string;
  chair: ParticipantRef | null;
}

export interface SnapshotProposal {
  reference: string;
  title: string;
  bodyId: string;
  bodyCode: string;
  bodyName: string;
  bodyKind: 'PLENARY' | 'COMMITTEE' | 'WORKING_GROUP';
  meetingId: string | null;
  meetingTitle: string | null;
  meetingStartsAt: Date | null;
  meetingEndsAt: Date | null;
  meetingKind: 'REGULAR' | 'INTERSESSIONAL' | 'EXTRAORDINARY' | null;
  currentVersionNumber: number;
}

function ref(
  p: { id: string; code: string; name: string; kind: 'PARTICIPANT' | 'OBSERVER' } | ParticipantModel,
): ParticipantRef {
  return { id: p.id, code: p.code, name: p.name, kind: p.kind as ParticipantRef['kind'] };
}

export function buildSnapshot(p: SnapshotProposal, judged: DecisionFacts, facts: SnapshotFacts): DecisionSnapshot {
  const d = judged.decision;
  const person = (id: string): ParticipantRef => {
    const known = judged.people.get(id);
    return known ? ref(known) : { id, code: id, name: id, kind: 'PARTICIPANT' };
  };

  // The counting positions: each participant's latest stance on the version decided on.
  const positions: SnapshotPosition[] = latestPositions(facts.positions, p.currentVersionNumber).map((x) => ({
    participant: ref(x.participant),
    stance: x.stance,
    versionNumber: x.versionNumber,
    statement: x.statement,
    recordedBy: facts.recorders.get(x.seq) ?? { id: x.recordedByUserId, displayName: '' },
    recordedAt: x.recordedAt.toISOString(),
    onBehalf: x.onBehalf,
  }));

  const attendance: SnapshotAttendance[] = facts.attendance.map((a) => ({
    participant: ref({ id: a.participantId, code: a.code, name: a.name, kind: a.kind }),
    status: a.status,
    boycottId: a.boycottId,
    note: a.note,
    recordedBy: a.userId ? { id: a.userId, displayName: a.userName ?? '' } : null,
    recordedAt: a.recordedAt.toISOString(),
  }));

  const notEntitled = new Map(d.notEntitled.map((n) => [n.participantId, n.reason]));
  const entitlement: SnapshotEntitlement[] = [...d.entitled, ...d.notEntitled.map((n) => n.participantId)]
    .map(person)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((who) => ({ participant: who, entitled: !notEntitled.has(who.id), reason: notEntitled.get(who.id) ?? null }));

  const boycotts: SnapshotBoycott[] = facts.boycotts.map((b) => ({
    id: b.id,
    participant: ref({ id: b.participantId, code: b.code, name: b.name, kind: b.kind }),
    scope: b.scope,
    meetingId: b.meetingId,
    bodyId: b.bodyId,
    chairedBy:
      b.chairedById && b.chairedByCode && b.chairedByName && b.chairedByKind
        ? ref({ id: b.chairedById, code: b.chairedByCode, name: b.chairedByName, kind: b.chairedByKind })
        : null,
    startsOn: b.startsOn,
    endsOn: b.endsOn,
    statement: b.statement,
    declaredBy: { id: b.userId, displayName: b.userName },
    declaredAt: b.declaredAt.toISOString(),
    withdrawnAt: b.withdrawnAt ? b.withdrawnAt.toISOString() : null,
  }));

  const statements = facts.statements;

  return {
    reference: p.reference,
    title: p.title,
    body: { id: p.bodyId, code: p.bodyCode, name: p.bodyName, kind: p.bodyKind },
    meeting:
      p.meetingId && p.meetingStartsAt
        ? {
            id: p.meetingId,
            title: p.meetingTitle ?? '',
            startsAt: p.meetingStartsAt.toISOString(),
            ...(p.meetingKind ? { kind: p.meetingKind } : {}),
            ...(p.meetingEndsAt ? { endsAt: p.meetingEndsAt.toISOString() } : {}),
          }
        : null,
    chair: facts.chair,
    positions,
    attendance,
    entitlement,
    objectors: d.objectors.map(person),
    // Silence is not objection: entitled participants who stated nothing are listed as silent.
    silent: d.silent.map(person),
    tally: { support: d.support.length, object: d.object.length, abstain: d.abstain.length, silent: d.silent.length },
    statements,
    boycotts,
  };
}
