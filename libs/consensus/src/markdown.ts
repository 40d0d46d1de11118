// Writing people's words into Markdown so that they print as written: a participant's name, a
// title or a statement must never turn into a heading, a list, a link or emphasis.

/** Escapes what Markdown would read as formatting, line by line; line breaks are kept. */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/([\\`*_[\]<>#|~&!])/g, '\\$1')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3');
}

/**
 * A block of free text (a statement, a description) as Markdown paragraphs: each line escaped,
 * single line breaks kept as hard breaks, blank lines kept as paragraph breaks.
 */
export function mdParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .split('\n')
        .map((line) => mdText(line.trim()))
        .join('  \n'),
    )
    .join('\n\n');
}
