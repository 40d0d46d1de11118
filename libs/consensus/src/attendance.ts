// Attendance as the declarations make it, until a meeting opens (docs/rules.md "Attendance and
// boycotts"): suspension, then a boycott in force, then the latest record, else a gap.
// `openMeeting` freezes what this returns; after that only recordAttendance changes attendance.

import { boycottCovers, type BoycottFact, type MeetingFact } from './boycott-scope.js';
import type { AttendanceStatus, ParticipantStatus } from './types.js';

export interface AttendanceEntry {
  participantId: string;
  status: AttendanceStatus;
  recordedAt: Date;
  /** Recorded by a delegate of this very participant (the only one who may lift its boycott). */
  byOwnDelegate: boolean;
  note?: string | null;
  boycottId?: string | null;
  recordedByUserId?: string | null;
}

export interface DerivedAttendance {
  participantId: string;
  status: AttendanceStatus;
  /** The boycott behind a BOYCOTT status, else null. */
  boycottId: string | null;
  source: 'SUSPENSION' | 'BOYCOTT' | 'RECORD';
  /** The record the status comes from (source RECORD), else null. */
  record: AttendanceEntry | null;
}

/** BOYCOTT and SUSPENDED are set by Concord only, from boycotts and participant status. */
export function recordableStatus(status: AttendanceStatus): boolean {
  return status !== 'BOYCOTT' && status !== 'SUSPENDED';
}

/** PRESENT and REMOTE count as taking part (quorum, entitlement); nothing else does. */
export function isPresent(status: AttendanceStatus | null | undefined): boolean {
  return status === 'PRESENT' || status === 'REMOTE';
}

/**
 * Whether `record` lifts boycott `b` for this meeting: attending in spite of a boycott is allowed
 * when the participant's own delegate records it after the boycott was declared, and lifts it for
 * this meeting alone.
 */
export function recordLiftsBoycott(record: AttendanceEntry | null, b: BoycottFact): boolean {
  return record !== null && record.byOwnDelegate && record.recordedAt.getTime() > b.declaredAt.getTime();
}

/** Covering boycotts of this participant, earliest declared first (ties by id), for determinism. */
export function coveringBoycotts(participantId: string, meeting: MeetingFact, boycotts: BoycottFact[]): BoycottFact[] {
  return boycotts
    .filter((b) => b.participantId === participantId && boycottCovers(b, meeting))
    .sort((a, b) => a.declaredAt.getTime() - b.declaredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * One participant's attendance at a meeting that has not opened yet, or null for a gap:
 * 1. SUSPENDED when the participant is suspended (suspension always wins);
 * 2. BOYCOTT when a boycott of this participant in force covers the meeting and its own delegate
 *    has not recorded attendance since that boycott was declared. With several, the
 *    earliest-declared one not so lifted is named; a record lifts only the boycotts declared
 *    before it, so a later boycott still holds;
 * 3. the latest record, with the status it records;
 * 4. else nothing: an attendance gap.
 * A `latestRecord` holding a status Concord sets itself (BOYCOTT, SUSPENDED) is a stale copy of an
 * earlier derivation, not a declaration, and is ignored: a withdrawn boycott or an ended
 * suspension must not linger (a withdrawn boycott leaves the latest record made before it, or a gap).
 */
export function deriveAttendance(args: {
  participant: { id: string; status: ParticipantStatus };
  meeting: MeetingFact;
  boycotts: BoycottFact[];
  latestRecord: AttendanceEntry | null;
}): DerivedAttendance | null {
  const { participant, meeting, boycotts } = args;
  const latestRecord =
    args.latestRecord !== null && recordableStatus(args.latestRecord.status) ? args.latestRecord : null;
  if (participant.status === 'SUSPENDED') {
    return { participantId: participant.id, status: 'SUSPENDED', boycottId: null, source: 'SUSPENSION', record: null };
  }
  const holding = coveringBoycotts(participant.id, meeting, boycotts).find((b) => !recordLiftsBoycott(latestRecord, b));
  if (holding) {
    return { participantId: participant.id, status: 'BOYCOTT', boycottId: holding.id, source: 'BOYCOTT', record: null };
  }
  if (latestRecord !== null) {
    return {
      participantId: participant.id,
      status: latestRecord.status,
      boycottId: null,
      source: 'RECORD',
      record: latestRecord,
    };
  }
  return null;
}

/**
 * Whether a user may record a participant's attendance at a meeting, as far as boycotts go:
 * while a boycott in force covers the meeting, only the participant's own delegate may
 * (anyone else, chair or secretariat, is BOYCOTT_IN_FORCE). Returns the blocking boycott or null.
 */
export function boycottBlockingRecord(args: {
  participantId: string;
  meeting: MeetingFact;
  boycotts: BoycottFact[];
  byOwnDelegate: boolean;
}): BoycottFact | null {
  if (args.byOwnDelegate) return null;
  return coveringBoycotts(args.participantId, args.meeting, args.boycotts)[0] ?? null;
}
