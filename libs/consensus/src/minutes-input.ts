// The "meeting as held" that minutes are drafted from: a plain value, filled from the database by
// the minutes service and read only by minutes-draft.ts. Everything a reader of the minutes needs
// is here, already resolved to names (no ids to look up), so the draft is a pure function of it.

import type { BoycottScope } from './boycott-scope.js';
import type { ProposalStatus } from './lifecycle.js';
import type {
  AgendaItemKind,
  AttendanceStatus,
  FloorRequestKind,
  IsoDate,
  MeetingKind,
  ParticipantKind,
} from './types.js';

/** A participant as the minutes name it: "Botswana (BW)". */
export interface MinutesParticipant {
  code: string;
  name: string;
}

/** An instant: a Date, or an ISO 8601 string as JSON carries it. */
export type Instant = Date | string;

/** The boycott behind a BOYCOTT attendance, with the statement it was declared with. */
export interface MinutesBoycott {
  id: string;
  scope: BoycottScope;
  /** CHAIRED_BY: whose chairing is boycotted; else null. */
  chairedBy: MinutesParticipant | null;
  /** The period (BODY, CHAIRED_BY); null for a MEETING boycott, whose period is the meeting. */
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
  statement: string;
}

/** One member's or observer's attendance as it stood when the meeting adjourned. */
export interface MinutesAttendance {
  participant: MinutesParticipant;
  /** OBSERVER attendance is listed apart from the members'. */
  kind: ParticipantKind;
  /** Null: no attendance was recorded (a gap). */
  status: AttendanceStatus | null;
  note: string | null;
  /** Set when status is BOYCOTT. */
  boycott: MinutesBoycott | null;
}

/** Someone who spoke on an item (a DONE floor request), in the order they spoke. */
export interface MinutesSpeech {
  participant: MinutesParticipant;
  kind: FloorRequestKind;
}

/** A proposal put at the meeting (on an item, or to adopt the agenda) and what became of it. */
export interface MinutesProposal {
  reference: string;
  title: string;
  status: ProposalStatus;
  /** The decision record's number once published; null when not (yet) published or none. */
  recordNumber: string | null;
  /** NOT_ADOPTED: who objected (the record names them). */
  objectors: MinutesParticipant[];
  /** ADOPTED or NOT_ADOPTED: who joined or stood aside with a reservation. */
  withReservation: MinutesParticipant[];
  /** WITHDRAWN: why. */
  withdrawalReason: string | null;
}

export interface MinutesAgendaItem {
  position: number;
  title: string;
  kind: AgendaItemKind;
  description: string | null;
  /** Who took the floor on this item, in the order they spoke (AgendaItem.spoke). */
  speakers: MinutesSpeech[];
  /** The item's proposals, oldest first. */
  proposals: MinutesProposal[];
}

/** What a statement is about (a statement has exactly one target). */
export type MinutesStatementTarget =
  | { kind: 'MEETING' }
  | { kind: 'PROPOSAL'; reference: string }
  | { kind: 'BOYCOTT'; boycottId: string; participant: MinutesParticipant };

/** A statement annexed to the minutes. */
export interface MinutesStatement {
  id: string;
  participant: MinutesParticipant;
  title: string;
  body: string;
  target: MinutesStatementTarget;
  submittedAt: Instant;
}

/**
 * The meeting as held. `attendance` lists every member and observer of the body (members without a
 * record too: they show as "no attendance recorded"); `statements` are those on the meeting, on its
 * proposals and on the boycotts its attendance names. Order does not matter for attendance and
 * statements (the draft sorts them); agenda items are sorted by position, speakers and proposals
 * keep the order given.
 */
export interface MeetingAsHeld {
  /** The minutes' reference, e.g. "KP/PLEN/2022/M1". */
  reference: string;
  organization: { code: string; name: string; timeZone: string };
  body: { code: string; name: string };
  meeting: { title: string; kind: MeetingKind; startsAt: Instant; endsAt: Instant; location: string | null };
  /** The CHAIR term holder at the meeting's date. */
  chairedBy: MinutesParticipant | null;
  /** Who presided: the acting chair if one was designated, else the chair. */
  presidedBy: MinutesParticipant | null;
  /** Why an acting chair presided (ActingChair.reason); null when the chair presided. */
  actingChairReason: string | null;
  attendance: MinutesAttendance[];
  /** Proposals to adopt the agenda (subject AGENDA), oldest first. */
  agendaAdoption: MinutesProposal[];
  agenda: MinutesAgendaItem[];
  statements: MinutesStatement[];
}
