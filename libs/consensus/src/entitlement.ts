// Who may take a position (docs/rules.md "Entitlement and the rule"): members of the body, of kind
// PARTICIPANT, ACTIVE, and for a meeting also PRESENT or REMOTE there. Judged at each position
// and again at closing, with the same function.

import { isPresent } from './attendance.js';
import type {
  AttendanceStatus,
  DecisionProcedure,
  NotEntitledReason,
  ParticipantKind,
  ParticipantStatus,
} from './types.js';

export interface MemberFact {
  participantId: string;
  code: string;
  kind: ParticipantKind;
  status: ParticipantStatus;
  /** A member of the body deciding (observers may be listed as members and still not decide). */
  isMember: boolean;
}

export type Entitlement = { entitled: true } | { entitled: false; reason: NotEntitledReason };

/**
 * Whether `p` may take a position, and if not why, checked in this order: OBSERVER, NOT_MEMBER,
 * SUSPENDED; then for IN_MEETING its attendance: SUSPENDED attendance is SUSPENDED, BOYCOTT is
 * BOYCOTT, anything but PRESENT or REMOTE (ABSENT, EXCUSED, or no record at all) is NOT_PRESENT.
 * WRITTEN ignores attendance and boycotts: a written procedure is circulated to every entitled
 * member, boycotting or not.
 */
export function entitlement(
  p: MemberFact,
  procedure: DecisionProcedure,
  attendance: AttendanceStatus | null,
): Entitlement {
  if (p.kind === 'OBSERVER') return { entitled: false, reason: 'OBSERVER' };
  if (!p.isMember) return { entitled: false, reason: 'NOT_MEMBER' };
  if (p.status === 'SUSPENDED') return { entitled: false, reason: 'SUSPENDED' };
  if (procedure === 'IN_MEETING') {
    if (attendance === 'SUSPENDED') return { entitled: false, reason: 'SUSPENDED' };
    if (attendance === 'BOYCOTT') return { entitled: false, reason: 'BOYCOTT' };
    if (!isPresent(attendance)) return { entitled: false, reason: 'NOT_PRESENT' };
  }
  return { entitled: true };
}

/** A member for quorum and attendance gaps: of the body and of kind PARTICIPANT, whatever its status. */
export function isDecidingMember(p: MemberFact): boolean {
  return p.isMember && p.kind === 'PARTICIPANT';
}
