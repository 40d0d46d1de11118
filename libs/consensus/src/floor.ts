// The speakers list of a meeting (the room): who may ask for the floor, the order requests are
// heard in, and what giving the floor and adjourning do to the other requests. The chair decides
// whom to call (giveFloor may take any waiting request); this order is what the room is shown.

import { isPresent } from './attendance.js';
import { floorRequestLifecycle, statusProblem, transitionProblem } from './lifecycle.js';
import type { FloorRequestStatus, MeetingStatus } from './lifecycle.js';
import type {
  AttendanceStatus,
  FloorRequestKind,
  NotEntitledReason,
  ParticipantKind,
  ParticipantStatus,
} from './types.js';

/** A request for the floor as the rules see it. */
export interface FloorRequestFact {
  id: string;
  agendaItemId: string;
  participantId: string;
  kind: FloorRequestKind;
  status: FloorRequestStatus;
  requestedAt: Date;
  /** When it was given the floor; null or absent while WAITING or WITHDRAWN. */
  startedAt?: Date | null;
}

/** Points of order interrupt the list; rights of reply are heard after everyone waiting to speak. */
const KIND_RANK: Readonly<Record<FloorRequestKind, number>> = { POINT_OF_ORDER: 0, SPEAK: 1, RIGHT_OF_REPLY: 2 };

function byId(a: { id: string }, b: { id: string }): number {
  // Code-unit order: the same on every machine and locale.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function time(d: Date | null | undefined): number {
  return d ? d.getTime() : Number.POSITIVE_INFINITY;
}

/**
 * The order two requests are heard in: by kind (POINT_OF_ORDER, SPEAK, RIGHT_OF_REPLY), then by
 * `requestedAt`, then by id, so two requests made in the same millisecond always come out in the
 * same order whatever order they were loaded in.
 */
export function compareFloorRequests(a: FloorRequestFact, b: FloorRequestFact): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.requestedAt.getTime() - b.requestedAt.getTime() || byId(a, b);
}

/** The WAITING requests in the order they will be heard. */
export function hearingOrder<T extends FloorRequestFact>(requests: readonly T[]): T[] {
  return requests.filter((r) => r.status === 'WAITING').sort(compareFloorRequests);
}

/** AgendaItem.speakers: whoever is SPEAKING first, then the WAITING requests in hearing order. */
export function speakersList<T extends FloorRequestFact>(requests: readonly T[]): T[] {
  const speaking = requests
    .filter((r) => r.status === 'SPEAKING')
    .sort((a, b) => time(a.startedAt) - time(b.startedAt) || byId(a, b));
  return [...speaking, ...hearingOrder(requests)];
}

/** AgendaItem.spoke: the DONE requests in the order they spoke (by `startedAt`, then id). */
export function spokeList<T extends FloorRequestFact>(requests: readonly T[]): T[] {
  return requests
    .filter((r) => r.status === 'DONE')
    .sort((a, b) => time(a.startedAt) - time(b.startedAt) || compareFloorRequests(a, b));
}

/** The participant asking (or asked for), as far as the floor goes. */
export interface FloorCandidate {
  kind: ParticipantKind;
  status: ParticipantStatus;
  /** A member or an observer of the meeting's body (it has a seat on it). */
  seated: boolean;
}

export type FloorEntitlement = { entitled: true } | { entitled: false; reason: NotEntitledReason };

/**
 * Whether a participant may ask for the floor, and if not the NOT_ENTITLED reason, checked in this
 * order: NOT_MEMBER (no seat on the body, as member or observer); OBSERVER (an observer may speak
 * and reply but not raise a point of order); SUSPENDED (the participant, or its attendance at this
 * meeting); BOYCOTT (its attendance at the meeting is BOYCOTT: it is not taking part); and, once
 * the meeting is IN_SESSION, NOT_PRESENT unless it is PRESENT or REMOTE. Before the meeting opens
 * anyone seated may queue: `attendance` is then the derived attendance (attendance.ts), after
 * opening the frozen one. Null attendance means none recorded.
 */
export function floorEntitlement(args: {
  participant: FloorCandidate;
  kind: FloorRequestKind;
  meetingStatus: MeetingStatus;
  attendance: AttendanceStatus | null;
}): FloorEntitlement {
  const { participant, kind, meetingStatus, attendance } = args;
  if (!participant.seated) return { entitled: false, reason: 'NOT_MEMBER' };
  if (kind === 'POINT_OF_ORDER' && participant.kind === 'OBSERVER') return { entitled: false, reason: 'OBSERVER' };
  if (participant.status === 'SUSPENDED' || attendance === 'SUSPENDED') return { entitled: false, reason: 'SUSPENDED' };
  if (attendance === 'BOYCOTT') return { entitled: false, reason: 'BOYCOTT' };
  if (meetingStatus === 'IN_SESSION' && !isPresent(attendance)) return { entitled: false, reason: 'NOT_PRESENT' };
  return { entitled: true };
}

/** requestFloor and withdrawFloorRequest need the meeting SCHEDULED or IN_SESSION. */
export const FLOOR_MEETING_STATUSES: readonly MeetingStatus[] = ['SCHEDULED', 'IN_SESSION'];

/** Null when the floor may be requested in a meeting in this state; else the CONFLICT message. */
export function floorMeetingProblem(status: MeetingStatus): string | null {
  return statusProblem('meeting', status, FLOOR_MEETING_STATUSES, 'requesting the floor');
}

/** The request that is still open (WAITING or SPEAKING) for this participant, item and kind, or null. */
export function openFloorRequest<T extends FloorRequestFact>(
  requests: readonly T[],
  wanted: { participantId: string; agendaItemId: string; kind: FloorRequestKind },
): T | null {
  return (
    requests.find(
      (r) =>
        (r.status === 'WAITING' || r.status === 'SPEAKING') &&
        r.participantId === wanted.participantId &&
        r.agendaItemId === wanted.agendaItemId &&
        r.kind === wanted.kind,
    ) ?? null
  );
}

/** One open request per participant, item and kind: the CONFLICT message, or null. */
export function duplicateFloorRequestProblem(
  requests: readonly FloorRequestFact[],
  wanted: { participantId: string; agendaItemId: string; kind: FloorRequestKind },
): string | null {
  const open = openFloorRequest(requests, wanted);
  if (open === null) return null;
  return `This participant already has a ${open.kind} request on this agenda item that is ${open.status}: withdraw it or wait until it is heard`;
}

/** A status change the caller writes, in one transaction with the rest. */
export interface FloorChange {
  id: string;
  from: FloorRequestStatus;
  to: FloorRequestStatus;
}

/**
 * giveFloor, as changes to write: whoever is SPEAKING anywhere in the meeting ends (DONE), then the
 * request starts (SPEAKING): one speaker at a time. `requests` are the meeting's requests (every
 * item). The meeting must be IN_SESSION (MEETING_NOT_IN_SESSION, the caller's check); a request
 * that is not WAITING is a CONFLICT naming both states.
 */
export function giveFloorChanges(
  requests: readonly FloorRequestFact[],
  requestId: string,
): { changes: FloorChange[] } | { problem: string } {
  const target = requests.find((r) => r.id === requestId);
  if (!target) return { problem: 'No such floor request in this meeting' };
  const problem = transitionProblem(floorRequestLifecycle, target.status, 'SPEAKING', 'floor request');
  if (problem !== null) return { problem };
  const ending = requests
    .filter((r) => r.status === 'SPEAKING' && r.id !== requestId)
    .map((r): FloorChange => ({ id: r.id, from: 'SPEAKING', to: 'DONE' }));
  return { changes: [...ending, { id: target.id, from: 'WAITING', to: 'SPEAKING' }] };
}

/** endSpeech or withdrawFloorRequest: null when the move is allowed, else the CONFLICT message. */
export function floorMoveProblem(from: FloorRequestStatus, to: FloorRequestStatus): string | null {
  return transitionProblem(floorRequestLifecycle, from, to, 'floor request');
}

/** Adjourning: the speech in progress ends (DONE) and every waiting request is withdrawn. */
export function adjournFloorChanges(requests: readonly FloorRequestFact[]): FloorChange[] {
  const changes: FloorChange[] = [];
  for (const r of [...requests].sort(byId)) {
    if (r.status === 'SPEAKING') {
      changes.push({ id: r.id, from: 'SPEAKING', to: 'DONE' });
    } else if (r.status === 'WAITING') {
      changes.push({ id: r.id, from: 'WAITING', to: 'WITHDRAWN' });
    }
  }
  return changes;
}
