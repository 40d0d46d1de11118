// Examples and round-trip properties for record numbers and proposal references.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  formatMinutesReference,
  formatProposalReference,
  formatRecordNumber,
  parseMinutesReference,
  parseProposalReference,
  parseRecordNumber,
} from './numbering.js';

describe('record numbers', () => {
  it('formats as ORG/YEAR/SEQ', () => {
    expect(formatRecordNumber('KP', 2022, 7)).toBe('KP/2022/7');
  });

  it('parses the slash and the dash forms', () => {
    expect(parseRecordNumber('KP/2022/7')).toEqual({ orgCode: 'KP', year: 2022, seq: 7 });
    expect(parseRecordNumber('KP-2022-7')).toEqual({ orgCode: 'KP', year: 2022, seq: 7 });
    expect(parseRecordNumber('K-P/2022/17')).toEqual({ orgCode: 'K-P', year: 2022, seq: 17 });
    expect(parseRecordNumber('K-P-2022-17')).toEqual({ orgCode: 'K-P', year: 2022, seq: 17 });
  });

  it('refuses anything else', () => {
    for (const s of [
      '',
      'KP',
      'KP/2022',
      'KP/2022/0',
      'KP/2022/007',
      'KP/22/7',
      'kp/2022/7',
      'KP/2022/7/1',
      'KP/2022-7',
      'KP 2022 7',
      'KP/2022/7 ',
      'KP/2022/1e3',
      'KP/2022/99999999999999999999',
    ]) {
      expect(parseRecordNumber(s)).toBeNull();
    }
  });

  it('refuses to format malformed parts', () => {
    expect(() => formatRecordNumber('kp', 2022, 7)).toThrow(RangeError);
    expect(() => formatRecordNumber('KP', 2022, 0)).toThrow(RangeError);
    expect(() => formatRecordNumber('KP', 2022.5, 1)).toThrow(RangeError);
  });
});

describe('proposal references', () => {
  it('formats as ORG/BODY/YEAR/SEQ and parses back', () => {
    expect(formatProposalReference('KP', 'PLEN', 2022, 3)).toBe('KP/PLEN/2022/3');
    expect(parseProposalReference('KP/PLEN/2022/3')).toEqual({ orgCode: 'KP', bodyCode: 'PLEN', year: 2022, seq: 3 });
    expect(parseProposalReference('KP-PLEN-2022-3')).toEqual({ orgCode: 'KP', bodyCode: 'PLEN', year: 2022, seq: 3 });
    expect(parseProposalReference('KP/2022/3')).toBeNull();
    expect(() => formatProposalReference('KP', 'plen', 2022, 3)).toThrow(RangeError);
  });
});

describe('round trips', () => {
  const code = fc.stringMatching(/^[A-Z][A-Z0-9_-]{0,15}$/);
  const year = fc.integer({ min: 1, max: 9999 });
  const seq = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });

  it('parse(format(n)) = n, in both spellings', () => {
    fc.assert(
      fc.property(code, year, seq, (orgCode, y, n) => {
        const s = formatRecordNumber(orgCode, y, n);
        expect(parseRecordNumber(s)).toEqual({ orgCode, year: y, seq: n });
        expect(parseRecordNumber(s.replaceAll('/', '-'))).toEqual({ orgCode, year: y, seq: n });
      }),
    );
  });

  it('parse(format(reference)) = reference', () => {
    fc.assert(
      fc.property(code, code, year, seq, (orgCode, bodyCode, y, n) => {
        expect(parseProposalReference(formatProposalReference(orgCode, bodyCode, y, n))).toEqual({
          orgCode,
          bodyCode,
          year: y,
          seq: n,
        });
      }),
    );
  });
});

describe('minutes references', () => {
  it('are <ORG>/<BODY>/<year>/M<n>', () => {
    expect(formatMinutesReference('KP', 'PLEN', 2022, 1)).toBe('KP/PLEN/2022/M1');
    expect(formatMinutesReference('KP', 'WG-DE', 2026, 12)).toBe('KP/WG-DE/2026/M12');
    expect(() => formatMinutesReference('kp', 'PLEN', 2022, 1)).toThrow(RangeError);
    expect(() => formatMinutesReference('KP', 'PLEN', 2022, 0)).toThrow(RangeError);
  });

  it('parse back, slashed or dashed, and refuse anything else', () => {
    expect(parseMinutesReference('KP/PLEN/2022/M1')).toEqual({ orgCode: 'KP', bodyCode: 'PLEN', year: 2022, seq: 1 });
    expect(parseMinutesReference('KP-PLEN-2022-M3')).toEqual({ orgCode: 'KP', bodyCode: 'PLEN', year: 2022, seq: 3 });
    for (const bad of ['KP/PLEN/2022/1', 'KP/PLEN/2022/M0', 'KP/PLEN/2022/M01', 'KP/2022/M1', 'KP/PLEN/22/M1', '']) {
      expect(parseMinutesReference(bad)).toBeNull();
    }
  });

  it('round-trip', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][A-Z0-9_]{0,5}$/),
        fc.stringMatching(/^[A-Z][A-Z0-9_]{0,5}$/),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 100000 }),
        (org, body, year, seq) => {
          expect(parseMinutesReference(formatMinutesReference(org, body, year, seq))).toEqual({
            orgCode: org,
            bodyCode: body,
            year,
            seq,
          });
        },
      ),
    );
  });
});
