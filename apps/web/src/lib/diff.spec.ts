// The word diff of the proposal page: joining the parts gives back either version, and an amended
// sentence shows only the words that changed.
import { describe, expect, it } from '@jest/globals';
import { diffWords, tokens } from './diff.js';

const side = (parts: ReturnType<typeof diffWords>, drop: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind !== drop)
    .map((p) => p.text)
    .join('');

describe('diffWords', () => {
  it('shows only the words an amendment changed', () => {
    const parts = diffWords('The Plenary adopts the report.', 'The Plenary adopts the amended report.');
    expect(parts).toEqual([
      { kind: 'same', text: 'The Plenary adopts the ' },
      { kind: 'added', text: 'amended ' },
      { kind: 'same', text: 'report.' },
    ]);
  });

  it('gives back both versions, whatever they are', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['', 'new text'],
      ['old text', ''],
      ['a b c d', 'a x c y'],
      ['line one\nline two', 'line one\n\nline three'],
      ['Кимберлийский процесс', 'Кимберлийский процесс 2026'],
    ];
    for (const [before, after] of cases) {
      const parts = diffWords(before, after);
      expect(side(parts, 'added')).toBe(before);
      expect(side(parts, 'removed')).toBe(after);
    }
  });

  it('keeps white space as tokens of its own', () => {
    expect(tokens('a  b\nc')).toEqual(['a', '  ', 'b', '\n', 'c']);
  });
});
