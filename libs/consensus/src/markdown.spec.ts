// Examples and a property for escaping people's words into Markdown.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mdParagraphs, mdText } from './markdown.js';

describe('mdText', () => {
  it('escapes what would become formatting', () => {
    expect(mdText('*bold* _it_ `code` [link](x) <b> #1 a|b ~~s~~ &amp; ![img]')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> \\#1 a\\|b \\~\\~s\\~\\~ \\&amp; \\!\\[img\\]',
    );
    expect(mdText('- not a list')).toBe('\\- not a list');
    expect(mdText('1. not a list')).toBe('1\\. not a list');
    expect(mdText('===')).toBe('\\===');
    expect(mdText('Côte d’Ivoire, Российская Федерация')).toBe('Côte d’Ivoire, Российская Федерация');
  });

  it('never lets a line start a heading, list, quote or block', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        for (const line of mdText(s).split('\n')) {
          expect(line).not.toMatch(/^\s*(#|[-+*]\s|\d+[.)]\s|>|```|~~~|===|---)/);
        }
      }),
    );
  });
});

describe('mdParagraphs', () => {
  it('keeps paragraphs and line breaks, escaping each line', () => {
    expect(mdParagraphs('First line\nsecond *line*\n\n\n# Not a heading\r\n')).toBe(
      'First line  \nsecond \\*line\\*\n\n\\# Not a heading',
    );
  });
});
