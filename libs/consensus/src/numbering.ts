// Human numbers of decision records ("KP/2022/7") and references of proposals ("KP/PLEN/2022/3").
// A record's year is its publication year and its sequence is gapless per organisation and year
// (docs/rules.md "Records, hashes and the chain"); `KP-2022-7` is accepted too, for URLs.

import { PARTICIPANT_CODE } from './validation.js';

export interface RecordNumber {
  orgCode: string;
  year: number;
  seq: number;
}

export interface ProposalReference {
  orgCode: string;
  bodyCode: string;
  year: number;
  seq: number;
}

const YEAR = /^[0-9]{4}$/;
// No leading zeros: one record, one spelling of its number.
const SEQ = /^[1-9][0-9]*$/;

function checkCode(what: string, code: string): void {
  if (!PARTICIPANT_CODE.test(code)) throw new RangeError(`${what} ${JSON.stringify(code)} is not a valid code`);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`year ${year} is not 1-9999`);
}

function checkSeq(seq: number): void {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`sequence ${seq} is not a positive integer`);
}

/** 'KP/2022/7'. Throws RangeError on a malformed code, year or sequence (a programming error). */
export function formatRecordNumber(orgCode: string, year: number, seq: number): string {
  checkCode('organisation code', orgCode);
  checkYear(year);
  checkSeq(seq);
  return `${orgCode}/${String(year).padStart(4, '0')}/${seq}`;
}

/** 'KP/PLEN/2022/3'. Throws RangeError on a malformed code, year or sequence. */
export function formatProposalReference(orgCode: string, bodyCode: string, year: number, seq: number): string {
  checkCode('organisation code', orgCode);
  checkCode('body code', bodyCode);
  checkYear(year);
  checkSeq(seq);
  return `${orgCode}/${bodyCode}/${String(year).padStart(4, '0')}/${seq}`;
}

// Splits 'A/B/C' on '/', or 'A-B-C' on '-' taking the numeric parts from the right, since a
// code may itself contain '-'. `codes` is how many codes precede the year and the sequence.
function split(s: string, codes: number): string[] | null {
  if (typeof s !== 'string') return null;
  if (s.includes('/')) {
    const segs = s.split('/');
    return segs.length === codes + 2 ? segs : null;
  }
  const segs = s.split('-');
  if (segs.length < codes + 2) return null;
  const numbers = segs.slice(-2);
  const head = segs.slice(0, -2);
  if (codes === 1) return [head.join('-'), ...numbers];
  // Two codes joined by '-' with '-' allowed inside each: ambiguous unless exactly one '-' between.
  return head.length === 2 ? [...head, ...numbers] : null;
}

function yearAndSeq(y: string, n: string): { year: number; seq: number } | null {
  if (!YEAR.test(y) || !SEQ.test(n)) return null;
  const year = Number(y);
  const seq = Number(n);
  if (year < 1 || !Number.isSafeInteger(seq)) return null;
  return { year, seq };
}

/** 'KP/2022/7' or 'KP-2022-7' -> { orgCode: 'KP', year: 2022, seq: 7 }; anything else -> null. */
export function parseRecordNumber(s: string): RecordNumber | null {
  const segs = split(s, 1);
  if (!segs) return null;
  const [orgCode, y, n] = segs;
  if (!PARTICIPANT_CODE.test(orgCode)) return null;
  const ys = yearAndSeq(y, n);
  return ys && { orgCode, ...ys };
}

/** 'KP/PLEN/2022/3' or 'KP-PLEN-2022-3' -> its parts; anything else -> null. */
export function parseProposalReference(s: string): ProposalReference | null {
  const segs = split(s, 2);
  if (!segs) return null;
  const [orgCode, bodyCode, y, n] = segs;
  if (!PARTICIPANT_CODE.test(orgCode) || !PARTICIPANT_CODE.test(bodyCode)) return null;
  const ys = yearAndSeq(y, n);
  return ys && { orgCode, bodyCode, ...ys };
}

export interface MinutesReference {
  orgCode: string;
  bodyCode: string;
  /** The year of the meeting's date in the organisation's time zone. */
  year: number;
  /** Gapless per body and year, from 1. */
  seq: number;
}

/** 'KP/PLEN/2022/M1'. Throws RangeError on a malformed code, year or sequence. */
export function formatMinutesReference(orgCode: string, bodyCode: string, year: number, seq: number): string {
  checkCode('organisation code', orgCode);
  checkCode('body code', bodyCode);
  checkYear(year);
  checkSeq(seq);
  return `${orgCode}/${bodyCode}/${String(year).padStart(4, '0')}/M${seq}`;
}

/** 'KP/PLEN/2022/M1' or 'KP-PLEN-2022-M1' -> its parts; anything else -> null. */
export function parseMinutesReference(s: string): MinutesReference | null {
  const segs = split(s, 2);
  if (!segs) return null;
  const [orgCode, bodyCode, y, m] = segs;
  if (!PARTICIPANT_CODE.test(orgCode) || !PARTICIPANT_CODE.test(bodyCode) || !m.startsWith('M')) return null;
  const ys = yearAndSeq(y, m.slice(1));
  return ys && { orgCode, bodyCode, ...ys };
}
