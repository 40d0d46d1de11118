// Adopting a meeting's agenda by consensus (the room). The agenda is PROVISIONAL until an AGENDA
// proposal of the meeting is ADOPTED, then ADOPTED for good. Under consensus one participant can
// keep an item off the agenda: a NOT_ADOPTED agenda proposal leaves it provisional, and its record
// names who objected. While an agenda proposal is pending, the agenda it describes must not change
// under it, so nobody's support is counted for an agenda they never saw.

import type { FieldProblem } from './boycott-scope.js';
import { statusProblem, type MeetingStatus, type ProposalStatus } from './lifecycle.js';
import type { AgendaStatus, ProposalSubject } from './types.js';

/** The title of every proposal to adopt an agenda. */
export const AGENDA_PROPOSAL_TITLE = 'Adoption of the agenda';

/** An AGENDA proposal of the meeting, as the agenda rules see it. */
export interface AgendaProposalFact {
  reference: string;
  status: ProposalStatus;
}

/** Meeting.agendaStatus: ADOPTED once any AGENDA proposal of the meeting is ADOPTED, else PROVISIONAL. */
export function agendaStatus(agendaProposals: readonly AgendaProposalFact[]): AgendaStatus {
  return agendaProposals.some((p) => p.status === 'ADOPTED') ? 'ADOPTED' : 'PROVISIONAL';
}

/** The AGENDA proposal still DRAFT or OPEN (there is at most one), or null. */
export function pendingAgendaProposal<T extends AgendaProposalFact>(agendaProposals: readonly T[]): T | null {
  return agendaProposals.find((p) => p.status === 'DRAFT' || p.status === 'OPEN') ?? null;
}

/**
 * Null when the agenda may change (addAgendaItem, reorderAgenda, removeAgendaItem); else the
 * CONFLICT message: the agenda is ADOPTED (it no longer changes), or an AGENDA proposal is DRAFT or
 * OPEN (withdraw it first).
 */
export function agendaChangeProblem(agendaProposals: readonly AgendaProposalFact[]): string | null {
  const adopted = agendaProposals.find((p) => p.status === 'ADOPTED');
  if (adopted) return `The agenda of this meeting was adopted (${adopted.reference}): it no longer changes`;
  const pending = pendingAgendaProposal(agendaProposals);
  if (pending) {
    return `The agenda is being adopted (${pending.reference} is ${pending.status}): withdraw that proposal before changing the agenda`;
  }
  return null;
}

/** removeAgendaItem refuses an item that has proposals (CONFLICT): they would lose their item. */
export function removeAgendaItemProblem(proposalCount: number): string | null {
  if (proposalCount === 0) return null;
  return `This agenda item has ${proposalCount} proposal${proposalCount === 1 ? '' : 's'}: an item with proposals cannot be removed`;
}

export interface AgendaItemPlace {
  id: string;
  position: number;
}

/**
 * The agenda after removing item `removedId`: the rest in their order, renumbered 1..n. Returns
 * every remaining item with its new position (the caller writes those that moved).
 */
export function renumberAfterRemoval(items: readonly AgendaItemPlace[], removedId: string): AgendaItemPlace[] {
  return items
    .filter((i) => i.id !== removedId)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((i, k) => ({ id: i.id, position: k + 1 }));
}

/** proposeAgenda needs the meeting SCHEDULED or IN_SESSION. */
export const AGENDA_PROPOSAL_MEETING_STATUSES: readonly MeetingStatus[] = ['SCHEDULED', 'IN_SESSION'];

export type ProposeAgendaProblem = { code: 'CONFLICT'; message: string } | ({ code: 'BAD_USER_INPUT' } & FieldProblem);

/**
 * What stops proposeAgenda (after the caller has checked chair powers), or null. In this order:
 * the meeting not SCHEDULED or IN_SESSION (CONFLICT naming its state); the agenda already ADOPTED
 * or another AGENDA proposal DRAFT or OPEN (CONFLICT); an agenda with no items (BAD_USER_INPUT on
 * `meetingId`: there is nothing to adopt). The state comes first because an agenda cannot be empty
 * once adopted, and a closed meeting is the more useful thing to be told.
 */
export function proposeAgendaProblem(args: {
  meetingStatus: MeetingStatus;
  itemCount: number;
  agendaProposals: readonly AgendaProposalFact[];
}): ProposeAgendaProblem | null {
  const state = statusProblem('meeting', args.meetingStatus, AGENDA_PROPOSAL_MEETING_STATUSES, 'proposing its agenda');
  if (state !== null) return { code: 'CONFLICT', message: state };
  const change = agendaChangeProblem(args.agendaProposals);
  if (change !== null) return { code: 'CONFLICT', message: change };
  if (args.itemCount < 1) {
    return { code: 'BAD_USER_INPUT', field: 'meetingId', message: 'The meeting has no agenda items to adopt' };
  }
  return null;
}

/**
 * The text of an AGENDA proposal: the agenda as it stands, one line per item, "{position}. {title}",
 * in position order, joined by "\n" (no trailing newline).
 */
export function agendaProposalText(items: readonly { position: number; title: string }[]): string {
  return [...items]
    .sort((a, b) => a.position - b.position)
    .map((i) => `${i.position}. ${i.title}`)
    .join('\n');
}

/**
 * amendProposal on an AGENDA proposal is a CONFLICT: its text is the agenda itself, so change the
 * items (after withdrawing it) and propose again. Null for a DECISION proposal.
 */
export function amendSubjectProblem(subject: ProposalSubject): string | null {
  if (subject === 'DECISION') return null;
  return 'An AGENDA proposal cannot be amended: withdraw it, change the agenda items and propose the agenda again';
}
