// What a published record says, laid out once for people: the Markdown and the PDF exports both
// render this structure, built only from the record's canonical content (and its hash), so the
// JSON, Markdown and PDF say the same things (docs/rules.md "Exports").
import type { ParticipantRef, SnapshotBoycott } from '../decision-snapshot.js';
import type { CorrigendumContent, RecordContent } from '../record-content.js';

export interface ReportItem {
  /** e.g. "Russian Federation (RU)". */
  who: string;
  /** A statement, note or reason printed under the name. */
  detail?: string;
}

export interface ReportSection {
  heading: string;
  /** Shown after the heading, e.g. "(14)" for a list of fourteen. */
  count?: number;
  /** Plain paragraphs. */
  paragraphs?: string[];
  /** Label/value lines. */
  facts?: [string, string][];
  /** Named entries (participants with their statements). */
  items?: ReportItem[];
  /** Shown when there is nothing to list. */
  empty?: string;
}

/** A section's heading with its count, as both renderers print it. */
export function headingOf(s: ReportSection): string {
  return s.count === undefined ? s.heading : `${s.heading} (${s.count})`;
}

/**
 * Names with nothing more to say are printed as one run of text, the ones with a statement or a note
 * one per line under it: a plenary of sixty fits on two pages.
 */
export function splitItems(items: ReportItem[]): { names: string[]; detailed: ReportItem[] } {
  return { names: items.filter((i) => !i.detail).map((i) => i.who), detailed: items.filter((i) => i.detail) };
}

export interface RecordReport {
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

const STANCE_HEADINGS = { SUPPORT: 'Supported', ABSTAIN: 'Abstained (stood aside)', OBJECT: 'Objected' } as const;
const ATTENDANCE_HEADINGS = {
  PRESENT: 'Present',
  REMOTE: 'Present remotely',
  ABSENT: 'Absent',
  EXCUSED: 'Excused',
  BOYCOTT: 'Boycotting',
  SUSPENDED: 'Suspended',
} as const;
const NOT_ENTITLED = {
  OBSERVER: 'an observer',
  SUSPENDED: 'suspended',
  NOT_MEMBER: 'not a member of the body',
  NOT_PRESENT: 'not present',
  BOYCOTT: 'boycotting',
} as const;

export function who(p: ParticipantRef): string {
  return `${p.name} (${p.code})`;
}

/** An instant as "YYYY-MM-DD HH:MM <zone>" in the organisation's time zone. */
export function instant(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${timeZone}`;
}

function boycottDetail(b: SnapshotBoycott | undefined): string | undefined {
  if (!b) return undefined;
  const scope =
    b.scope === 'MEETING'
      ? 'this meeting'
      : b.scope === 'BODY'
        ? 'the meetings of this body'
        : `meetings chaired by ${b.chairedBy ? who(b.chairedBy) : 'a participant'}`;
  const period = b.scope === 'MEETING' ? '' : ` from ${b.startsOn}${b.endsOn ? ` to ${b.endsOn}` : ''}`;
  return `Boycott of ${scope}${period}: ${b.statement}`;
}

export function recordReport(
  c: RecordContent,
  contentHash: string,
  timeZone: string,
  corrigenda: CorrigendumContent[] = [],
): RecordReport {
  const sections: ReportSection[] = [];
  const notEntitled = new Map(c.entitlement.filter((e) => !e.entitled).map((e) => [e.participant.id, e.reason]));

  sections.push({
    heading: 'Decision',
    facts: [
      ['Body', `${c.body.name} (${c.body.code})`],
      [
        'Meeting',
        c.meeting ? `${c.meeting.title}, ${instant(c.meeting.startsAt, timeZone)}` : 'none (written procedure)',
      ],
      ['Procedure', c.procedure === 'IN_MEETING' ? 'In meeting' : 'Written (silence) procedure'],
      ['Proposal', `${c.proposal.reference}: ${c.proposal.title} (version ${c.version})`],
      ['Decided', instant(c.decidedAt, timeZone)],
      ['Outcome', c.outcome === 'ADOPTED' ? 'ADOPTED' : 'NOT ADOPTED'],
      ['Chair', c.chair ? who(c.chair) : 'none'],
      [
        'Tally',
        `${c.tally.support} supported, ${c.tally.abstain} abstained, ${c.tally.object} objected, ${c.tally.silent} silent`,
      ],
    ],
  });
  sections.push({ heading: 'Text decided on', paragraphs: c.text.split(/\n{2,}/) });

  for (const stance of ['SUPPORT', 'ABSTAIN', 'OBJECT'] as const) {
    sections.push({
      heading: STANCE_HEADINGS[stance],
      items: c.positions
        .filter((p) => p.stance === stance)
        .map((p) => {
          const notes = [
            p.onBehalf ? `recorded on its behalf by ${p.recordedBy.displayName}` : null,
            notEntitled.has(p.participant.id)
              ? `not entitled: ${NOT_ENTITLED[notEntitled.get(p.participant.id)!] ?? notEntitled.get(p.participant.id)}`
              : null,
          ].filter(Boolean);
          const detail = [p.statement, notes.length ? `(${notes.join('; ')})` : null].filter(Boolean).join(' ');
          return { who: who(p.participant), detail: detail || undefined };
        }),
      empty: 'nobody',
    });
  }
  if (c.procedure === 'WRITTEN' || c.silent.length) {
    sections.push({
      heading: 'Silent (silence is not objection)',
      items: c.silent.map((p) => ({ who: who(p) })),
      empty: 'nobody',
    });
  }
  const ne = c.entitlement.filter(
    (e) => !e.entitled && !c.positions.some((p) => p.participant.id === e.participant.id),
  );
  if (ne.length) {
    sections.push({
      heading: 'Not entitled to a position',
      items: ne.map((e) => ({
        who: who(e.participant),
        detail: e.reason ? (NOT_ENTITLED[e.reason] ?? e.reason) : undefined,
      })),
    });
  }

  if (c.procedure === 'IN_MEETING') {
    for (const status of ['PRESENT', 'REMOTE', 'ABSENT', 'EXCUSED', 'BOYCOTT', 'SUSPENDED'] as const) {
      const rows = c.attendance.filter((a) => a.status === status);
      if (!rows.length && status !== 'ABSENT' && status !== 'EXCUSED' && status !== 'BOYCOTT') continue;
      sections.push({
        heading: `Attendance: ${ATTENDANCE_HEADINGS[status]}`,
        items: rows.map((a) => {
          const b = a.boycottId ? c.boycotts.find((x) => x.id === a.boycottId) : undefined;
          return { who: who(a.participant), detail: [boycottDetail(b), a.note].filter(Boolean).join(' ') || undefined };
        }),
        empty: 'nobody',
      });
    }
  }

  if (c.statements.length) {
    sections.push({
      heading: 'Statements',
      items: c.statements.map((s) => ({
        who: `${who(s.participant)}: ${s.title}`,
        detail: `${s.body}${s.boycottId ? ' (on its boycott)' : ''}`,
      })),
    });
  }

  sections.push({
    heading: 'Publication',
    facts: [
      ['Number', c.number ?? ''],
      ['Published', c.publishedAt ? instant(c.publishedAt, timeZone) : ''],
      ['Published by', c.publishedBy?.displayName ?? ''],
      ['Content hash (SHA-256)', contentHash],
      ['Previous hash', c.previousHash ?? 'none (first entry of the chain)'],
      ['Canonical JSON', `/records/${encodeURIComponent(c.number ?? '')}.json (sha256sum prints the content hash)`],
    ],
  });

  if (corrigenda.length) {
    sections.push({
      heading: 'Corrigenda',
      items: corrigenda.map((k) => ({
        who: `Corrigendum ${k.number}, ${instant(k.issuedAt, timeZone)}, by ${k.issuedBy.displayName}`,
        detail: `Reason: ${k.reason} Correction: ${k.correction}`,
      })),
    });
  }

  for (const s of sections)
    if (s.items && s.heading !== 'Corrigenda' && s.heading !== 'Statements') s.count = s.items.length;
  return {
    title: `Decision record ${c.number ?? '(draft)'}`,
    subtitle: `${c.organization.name}: ${c.proposal.title}`,
    sections,
  };
}
