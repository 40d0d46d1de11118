// The Markdown export of a published record: the RecordReport, as Markdown.
import { headingOf, splitItems, type RecordReport } from './record-report.js';

/** Escapes what Markdown would read as formatting, so names and statements print as written. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

export function recordMarkdown(r: RecordReport): string {
  const out: string[] = [`# ${md(r.title)}`, '', `*${md(r.subtitle)}*`, ''];
  for (const s of r.sections) {
    out.push(`## ${md(headingOf(s))}`, '');
    for (const [label, value] of s.facts ?? []) out.push(`- **${md(label)}:** ${md(value)}`);
    if (s.facts?.length) out.push('');
    for (const p of s.paragraphs ?? []) out.push(md(p), '');
    if (s.items) {
      if (s.items.length === 0) out.push(`*${md(s.empty ?? 'none')}*`, '');
      const { names, detailed } = splitItems(s.items);
      if (names.length) out.push(names.map(md).join('; '), '');
      for (const i of detailed) out.push(`- **${md(i.who)}**: ${md(i.detail!).replace(/\n/g, '\n  ')}`);
      if (detailed.length) out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
