// Examples and properties for input limits and derived body codes.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  PARTICIPANT_CODE,
  PASSWORD_MAX,
  PASSWORD_MIN,
  TEXT_MAX,
  TITLE_MAX,
  deriveBodyCode,
  disambiguateCode,
  isValidCode,
  textLength,
} from './validation.js';

describe('limits', () => {
  it('are those of docs/rules.md "Inputs"', () => {
    expect([TITLE_MAX, TEXT_MAX, PASSWORD_MIN, PASSWORD_MAX]).toEqual([200, 50000, 12, 256]);
  });

  it('codes start with a capital letter and run to 16 characters', () => {
    for (const ok of ['RU', 'EU', 'CSC', 'A', 'WG_DE-2', 'ABCDEFGHIJKLMNOP']) expect(isValidCode(ok)).toBe(true);
    for (const bad of ['', 'ru', '1KP', '-KP', 'KP ', 'ABCDEFGHIJKLMNOPQ', 'CÔTE'])
      expect(PARTICIPANT_CODE.test(bad)).toBe(false);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(textLength('Côte d’Ivoire')).toBe(13);
    expect(textLength('💎')).toBe(1);
  });
});

describe('deriveBodyCode', () => {
  it.each([
    ['Participation Committee', 'PC'],
    ['Plenary', 'PLENARY'],
    ['Committee on Participation and Chairmanship', 'CPC'],
    ['Working Group of Diamond Experts', 'WGDE'],
    ['Working Group on Monitoring', 'WGM'],
    ['Committee on Rules and Procedures', 'CRP'],
    ['The Plenary', 'PLENARY'],
    ['KP Support Mechanism', 'KPSM'],
    ['Ad-hoc Committee 2', 'AHC2'],
    ['Comité de révision', 'CR'],
    ['2024 Review Committee', 'RC'],
    ['Intersessional', 'INTERSESSIONAL'],
    ['Extraordinarily Long Singlewordname', 'ELS'],
    ['Supercalifragilisticexpialidocious', 'SUPERCALIFRAGILI'],
    ['Пленарное заседание', 'BODY'],
    ['', 'BODY'],
    ['   ', 'BODY'],
  ])('%s -> %s', (name, code) => {
    expect(deriveBodyCode(name)).toBe(code);
  });

  it('always gives a valid code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120, unit: 'grapheme' }), (name) => {
        expect(deriveBodyCode(name)).toMatch(PARTICIPANT_CODE);
      }),
    );
  });
});

describe('disambiguateCode', () => {
  it('keeps a free code and numbers a taken one, within 16 characters', () => {
    expect(disambiguateCode('PC', () => false)).toBe('PC');
    const taken = new Set(['PC', 'PC2']);
    expect(disambiguateCode('PC', (c) => taken.has(c))).toBe('PC3');
    expect(disambiguateCode('ABCDEFGHIJKLMNOP', (c) => c === 'ABCDEFGHIJKLMNOP')).toBe('ABCDEFGHIJKLMNO2');
  });
});
