// The first draft of a meeting's minutes, in Markdown, from the meeting as held (minutes-input.ts):
// heading, who chaired and who presided, attendance by status (boycotts with their statements
// named, observers apart), the adoption of the agenda, each item in order with who spoke and what
// became of each proposal, and the statements as annexes. The secretariat edits it from there.
// Everything people wrote goes through mdText/mdParagraphs, so it prints as written.

import { localDate, localTime } from './dates.js';
import type { ProposalStatus } from './lifecycle.js';
import { mdParagraphs, mdText } from './markdown.js';
import type {
  Instant,
  MeetingAsHeld,
  MinutesAttendance,
  MinutesBoycott,
  MinutesParticipant,
  MinutesProposal,
  MinutesStatement,
} from './minutes-input.js';
import type { AgendaItemKind, AttendanceStatus, FloorRequestKind, MeetingKind } from './types.js';

const MEETING_KIND: Readonly<Record<MeetingKind, string>> = {
  REGULAR: 'Regular meeting',
  INTERSESSIONAL: 'Intersessional meeting',
  EXTRAORDINARY: 'Extraordinary meeting',
};

const ITEM_KIND: Readonly<Record<AgendaItemKind, string>> = {
  INFORMATION: 'For information',
  DISCUSSION: 'For discussion',
  DECISION: 'For decision',
};

const ATTENDANCE: readonly [AttendanceStatus | null, string][] = [
  ['PRESENT', 'Present'],
  ['REMOTE', 'Present remotely'],
  ['ABSENT', 'Absent'],
  ['EXCUSED', 'Excused'],
  ['BOYCOTT', 'Boycotting'],
  ['SUSPENDED', 'Suspended'],
  [null, 'No attendance recorded'],
];

const SPEECH: Readonly<Record<FloorRequestKind, string>> = {
  POINT_OF_ORDER: ' (point of order)',
  SPEAK: '',
  RIGHT_OF_REPLY: ' (right of reply)',
};

/** A proposal's outcome in words, as a reader of minutes says it. */
export function outcomeInWords(status: ProposalStatus): string {
  switch (status) {
    case 'ADOPTED':
      return 'Adopted';
    case 'NOT_ADOPTED':
      return 'Not adopted';
    case 'WITHDRAWN':
      return 'Withdrawn';
    default:
      // DRAFT (never opened) or OPEN: the meeting rose without deciding it.
      return 'Not decided';
  }
}

function toDate(i: Instant): Date {
  return i instanceof Date ? i : new Date(i);
}

function who(p: MinutesParticipant): string {
  return `${mdText(p.name)} (${mdText(p.code)})`;
}

function names(list: readonly MinutesParticipant[]): string {
  return list.map(who).join('; ');
}

function byCode<T extends { participant: MinutesParticipant }>(a: T, b: T): number {
  const x = a.participant.code;
  const y = b.participant.code;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** "2022-06-20 09:00 to 17:00 (Europe/Brussels)", or with both dates when it ran past midnight. */
function when(m: MeetingAsHeld): string {
  const tz = m.organization.timeZone;
  const starts = toDate(m.meeting.startsAt);
  const ends = toDate(m.meeting.endsAt);
  const day = localDate(starts, tz);
  const endDay = localDate(ends, tz);
  const end = endDay === day ? localTime(ends, tz) : `${endDay} ${localTime(ends, tz)}`;
  return `${day} ${localTime(starts, tz)} to ${end} (${mdText(tz)})`;
}

function boycottScope(b: MinutesBoycott): string {
  const period =
    b.startsOn === null ? '' : b.endsOn === null ? ` from ${b.startsOn}` : ` from ${b.startsOn} to ${b.endsOn}`;
  switch (b.scope) {
    case 'MEETING':
      return 'this meeting';
    case 'BODY':
      return `the meetings of this body${period}`;
    case 'CHAIRED_BY':
      return `the meetings chaired by ${b.chairedBy ? who(b.chairedBy) : 'a participant'}${period}`;
    default:
      return 'meetings';
  }
}

function annexList(numbers: readonly number[]): string {
  return `${numbers.length === 1 ? 'Annex' : 'Annexes'} ${numbers.join(', ')}`;
}

function attendanceLines(rows: readonly MinutesAttendance[], emptyLine: string): string[] {
  const out: string[] = [];
  for (const [status, label] of ATTENDANCE) {
    const here = rows.filter((r) => r.status === status).sort(byCode);
    if (here.length === 0) continue;
    out.push(`- **${label} (${here.length}):** ${names(here.map((r) => r.participant))}`);
  }
  const noted = rows.filter((r) => r.note !== null && r.note.trim() !== '').sort(byCode);
  for (const r of noted) out.push(`- *Note on ${who(r.participant)}:* ${mdText(r.note!.trim().replace(/\s+/g, ' '))}`);
  return out.length ? out : [emptyLine];
}

function proposalLine(p: MinutesProposal): string {
  const parts = [`${mdText(p.reference)}, "${mdText(p.title)}": **${outcomeInWords(p.status)}**`];
  if (p.status === 'NOT_ADOPTED' && p.objectors.length) parts.push(`; objected: ${names(p.objectors)}`);
  if (p.withReservation.length) parts.push(`; with a reservation: ${names(p.withReservation)}`);
  if (p.status === 'WITHDRAWN' && p.withdrawalReason) {
    parts.push(`: ${mdText(p.withdrawalReason.trim().replace(/\s+/g, ' '))}`);
  }
  if (p.status === 'ADOPTED' || p.status === 'NOT_ADOPTED') {
    parts.push(p.recordNumber ? ` (record ${mdText(p.recordNumber)})` : ' (record not yet published)');
  }
  return `- ${parts.join('')}.`;
}

function targetInWords(s: MinutesStatement): string {
  switch (s.target.kind) {
    case 'MEETING':
      return 'on this meeting';
    case 'PROPOSAL':
      return `on proposal ${mdText(s.target.reference)}`;
    case 'BOYCOTT':
      return `on the boycott of ${who(s.target.participant)}`;
    default:
      return '';
  }
}

/** The statements in annex order: by submission, then id. Annex n is the n-th. */
function annexOrder(statements: readonly MinutesStatement[]): MinutesStatement[] {
  return [...statements].sort(
    (a, b) =>
      toDate(a.submittedAt).getTime() - toDate(b.submittedAt).getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The minutes of a meeting as held, as Markdown ending in one newline. */
export function draftMinutesMarkdown(m: MeetingAsHeld): string {
  const tz = m.organization.timeZone;
  const annexes = annexOrder(m.statements);
  const annexesWhere = (test: (s: MinutesStatement) => boolean): number[] =>
    annexes.flatMap((s, i) => (test(s) ? [i + 1] : []));

  const out: string[] = [
    `# Minutes: ${mdText(m.meeting.title)}`,
    '',
    `${mdText(m.organization.name)} · ${mdText(m.body.name)} (${mdText(m.body.code)})`,
    '',
    `- **Reference:** ${mdText(m.reference)}`,
    `- **Meeting:** ${MEETING_KIND[m.meeting.kind] ?? mdText(m.meeting.kind)}`,
    `- **Date:** ${when(m)}`,
    `- **Place:** ${m.meeting.location && m.meeting.location.trim() ? mdText(m.meeting.location.trim()) : 'not recorded'}`,
    `- **Chair:** ${m.chairedBy ? who(m.chairedBy) : 'none'}`,
  ];
  if (m.actingChairReason !== null && m.presidedBy) {
    out.push(`- **Presided by:** ${who(m.presidedBy)}, acting chair (${mdText(m.actingChairReason.trim())})`);
  } else {
    out.push(`- **Presided by:** ${m.presidedBy ? who(m.presidedBy) : 'nobody recorded'}`);
  }

  const members = m.attendance.filter((a) => a.kind === 'PARTICIPANT');
  const observers = m.attendance.filter((a) => a.kind === 'OBSERVER');
  out.push('', '## Attendance', '', ...attendanceLines(members, '*No members are recorded.*'));
  const boycotting = members.filter((a) => a.status === 'BOYCOTT').sort(byCode);
  if (boycotting.length) {
    out.push('', '### Boycotts', '');
    for (const a of boycotting) {
      const b = a.boycott;
      const replies = b ? annexesWhere((s) => s.target.kind === 'BOYCOTT' && s.target.boycottId === b.id) : [];
      const declared = b
        ? `boycotted ${boycottScope(b)}, stating: "${mdText(b.statement.trim().replace(/\s+/g, ' '))}"`
        : 'boycotted this meeting';
      out.push(
        `- ${who(a.participant)} ${declared}${replies.length ? ` Statements on it: ${annexList(replies)}.` : ''}`,
      );
    }
  }
  if (observers.length) out.push('', '### Observers', '', ...attendanceLines(observers, ''));

  out.push('', '## Adoption of the agenda', '');
  if (m.agendaAdoption.length) out.push(...m.agendaAdoption.map(proposalLine));
  else out.push('The agenda was not put for adoption.');

  out.push('', '## Agenda items');
  const items = [...m.agenda].sort((a, b) => a.position - b.position);
  if (!items.length) out.push('', 'The meeting had no agenda items.');
  for (const item of items) {
    out.push('', `### ${item.position}. ${mdText(item.title)}`, '', `*${ITEM_KIND[item.kind] ?? mdText(item.kind)}*`);
    if (item.description && item.description.trim()) out.push('', mdParagraphs(item.description));
    const spoke = item.speakers.map((s) => `${who(s.participant)}${SPEECH[s.kind] ?? ''}`);
    out.push('', spoke.length ? `**Took the floor:** ${spoke.join('; ')}.` : 'Nobody took the floor.');
    if (item.proposals.length) {
      out.push('', '**Proposals:**', '', ...item.proposals.map(proposalLine));
      const refs = new Set(item.proposals.map((p) => p.reference));
      const on = annexesWhere((s) => s.target.kind === 'PROPOSAL' && refs.has(s.target.reference));
      if (on.length) out.push('', `Statements on these proposals: ${annexList(on)}.`);
    }
  }

  if (annexes.length) {
    out.push('', '## Annexes');
    annexes.forEach((s, i) => {
      const at = toDate(s.submittedAt);
      out.push(
        '',
        `### Annex ${i + 1}: ${mdText(s.title)}`,
        '',
        `*${who(s.participant)}, ${targetInWords(s)}, submitted ${localDate(at, tz)} ${localTime(at, tz)} (${mdText(tz)})*`,
        '',
        mdParagraphs(s.body),
      );
    });
  }
  return `${out.join('\n').trimEnd()}\n`;
}
