// What a meeting's attendance says about the meeting as a whole (docs/rules.md, "Attendance and
// boycotts"): its attendance gaps and whether its quorum is met, as Meeting.attendanceGaps and
// Meeting.quorumMet show them. The meetings area feeds it the seats and the attendance it shows
// (derived while SCHEDULED, recorded after) and stores nothing of what it answers.

import { isPresent } from './attendance.js';
import type { MeetingStatus } from './lifecycle.js';
import type { AttendanceStatus, ParticipantKind } from './types.js';

/** A seat on the meeting's body as it stands now (members and observers). */
export interface SeatFact {
  participantId: string;
  kind: ParticipantKind;
  /** When the participant was seated on the body. */
  addedAt: Date;
}

/** One attendance entry the meeting shows. */
export interface ShownAttendance {
  participantId: string;
  status: AttendanceStatus;
  /** The participant's kind (fixed for a participant, so a recorded row still knows it after a removal). */
  kind: ParticipantKind;
  /** true: derived from the declarations (SCHEDULED meeting); false: a recorded row. */
  derived: boolean;
}

export interface MeetingAttendanceFacts {
  status: MeetingStatus;
  /** When the meeting was adjourned (ADJOURNED), else null. */
  adjournedAt: Date | null;
  /** When the meeting last changed (for a CANCELLED meeting: when it was cancelled). */
  updatedAt: Date;
  /** Least number of members PRESENT or REMOTE; null: none. */
  quorum: number | null;
  /** The body's seats now, in the order gaps are to be listed (by participant code). */
  seats: SeatFact[];
  attendance: ShownAttendance[];
}

export interface MeetingAttendanceSummary {
  /** Members (kind PARTICIPANT) with no attendance, in seat order. */
  gaps: string[];
  /** Members PRESENT or REMOTE. */
  presentMembers: number;
  /** presentMembers reaches the quorum (no quorum: true). */
  quorumMet: boolean;
}

/**
 * The instant after which the body's seats no longer change a meeting's gaps: a held meeting keeps
 * the gaps it had, so members seated after it was adjourned or cancelled are not its gaps. Null
 * while the meeting is SCHEDULED or IN_SESSION (they count today's members).
 */
export function seatsFrozenAt(m: Pick<MeetingAttendanceFacts, 'status' | 'adjournedAt' | 'updatedAt'>): Date | null {
  if (m.status === 'ADJOURNED') return m.adjournedAt;
  if (m.status === 'CANCELLED') return m.updatedAt;
  return null;
}

/**
 * The gaps and the quorum of a meeting:
 * - an attendance gap is a member (kind PARTICIPANT) of the body with no attendance entry; ABSENT,
 *   EXCUSED, BOYCOTT and SUSPENDED are reasons, not gaps; observers are never gaps; members seated
 *   after the meeting was held are not its gaps (seatsFrozenAt);
 * - the quorum counts members PRESENT or REMOTE: members sitting on the body now, and recorded rows
 *   of participants of kind PARTICIPANT who have left the body since (they counted then).
 */
export function meetingAttendanceSummary(facts: MeetingAttendanceFacts): MeetingAttendanceSummary {
  const frozenAt = seatsFrozenAt(facts);
  const memberSeats = facts.seats.filter((s) => s.kind === 'PARTICIPANT');
  const shown = new Set(facts.attendance.map((a) => a.participantId));
  const gaps = memberSeats
    .filter((s) => frozenAt === null || s.addedAt.getTime() <= frozenAt.getTime())
    .filter((s) => !shown.has(s.participantId))
    .map((s) => s.participantId);
  const memberIds = new Set(memberSeats.map((s) => s.participantId));
  const presentMembers = facts.attendance.filter(
    (a) => isPresent(a.status) && (memberIds.has(a.participantId) || (!a.derived && a.kind === 'PARTICIPANT')),
  ).length;
  const quorumMet = facts.quorum === null || presentMembers >= facts.quorum;
  return { gaps, presentMembers, quorumMet };
}
