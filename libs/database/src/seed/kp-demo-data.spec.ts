// Checks the KP demo data against the rules the database and the API will enforce, so a typo in the
// data fails here, in milliseconds, rather than as a constraint error half-way through seeding.
import { describe, expect, it } from '@jest/globals';
import { KP_BODIES, KP_CHAIR_TERMS, KP_ORGANIZATION, KP_PARTICIPANTS, DEMO_PASSWORD } from './kp-demo-data.js';
import type { DemoBody } from './kp-demo-data.js';

const CODE = /^[A-Z][A-Z0-9_-]{0,15}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const kindOf = new Map(KP_PARTICIPANTS.map((p) => [p.code, p.kind]));
const bodyByCode = new Map(KP_BODIES.map((b) => [b.code, b]));

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

function membersOf(body: DemoBody): string[] {
  return body.memberCodes === 'ALL'
    ? KP_PARTICIPANTS.filter((p) => p.kind === 'PARTICIPANT').map((p) => p.code)
    : body.memberCodes;
}

function observersOf(body: DemoBody): string[] {
  return body.observerCodes === 'ALL'
    ? KP_PARTICIPANTS.filter((p) => p.kind === 'OBSERVER').map((p) => p.code)
    : body.observerCodes;
}

describe('KP demo data', () => {
  it('uses valid, unique codes for the organisation, participants and bodies', () => {
    expect(KP_ORGANIZATION.code).toMatch(CODE);
    const participantCodes = KP_PARTICIPANTS.map((p) => p.code);
    const bodyCodes = KP_BODIES.map((b) => b.code);
    for (const code of [...participantCodes, ...bodyCodes]) expect(code).toMatch(CODE);
    expect(duplicates(participantCodes)).toEqual([]);
    expect(duplicates(bodyCodes)).toEqual([]);
    expect(duplicates(KP_PARTICIPANTS.map((p) => p.name))).toEqual([]);
  });

  it('lists about sixty participants, the European Union as one of them', () => {
    const states = KP_PARTICIPANTS.filter((p) => p.kind === 'PARTICIPANT');
    expect(states.length).toBeGreaterThanOrEqual(55);
    expect(states.length).toBeLessThanOrEqual(65);
    expect(kindOf.get('EU')).toBe('PARTICIPANT');
    // EU member states take part through the EU, never on their own.
    for (const memberState of ['DE', 'FR', 'BE', 'IT', 'NL']) expect(kindOf.has(memberState)).toBe(false);
  });

  it('has a password that meets the password rule', () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
  });

  it.each(KP_BODIES.map((b) => [b.code, b] as const))(
    '%s has members of kind PARTICIPANT and observers of kind OBSERVER',
    (_code, body) => {
      const members = membersOf(body);
      const observers = observersOf(body);
      expect(duplicates(members)).toEqual([]);
      expect(duplicates(observers)).toEqual([]);
      for (const code of members) expect([code, kindOf.get(code)]).toEqual([code, 'PARTICIPANT']);
      for (const code of observers) expect([code, kindOf.get(code)]).toEqual([code, 'OBSERVER']);
      if (body.quorum !== null) {
        expect(Number.isInteger(body.quorum)).toBe(true);
        expect(body.quorum).toBeGreaterThan(0);
        expect(body.quorum).toBeLessThanOrEqual(members.length);
      }
    },
  );

  it('gives every committee and working group 8-20 members including RU, US and GB, with CSC and WDC observing', () => {
    for (const body of KP_BODIES.filter((b) => b.kind !== 'PLENARY')) {
      const members = membersOf(body);
      expect(members.length).toBeGreaterThanOrEqual(8);
      expect(members.length).toBeLessThanOrEqual(20);
      expect(members).toEqual(expect.arrayContaining(['RU', 'US', 'GB']));
      expect(observersOf(body)).toEqual(expect.arrayContaining(['CSC', 'WDC']));
    }
  });

  it('gives chair terms to members of existing bodies, with well-formed dates', () => {
    for (const term of KP_CHAIR_TERMS) {
      const body = bodyByCode.get(term.bodyCode);
      expect([term.bodyCode, body !== undefined]).toEqual([term.bodyCode, true]);
      if (body === undefined) continue;
      // Chair powers belong to a participant's delegates: an observer cannot hold them.
      expect([term.participantCode, membersOf(body).includes(term.participantCode)]).toEqual([
        term.participantCode,
        true,
      ]);
      expect(term.startsOn).toMatch(DAY);
      expect(Number.isNaN(Date.parse(term.startsOn))).toBe(false);
      if (term.endsOn !== null) {
        expect(term.endsOn).toMatch(DAY);
        expect(term.endsOn >= term.startsOn).toBe(true);
      }
    }
  });

  it('never overlaps two terms of the same role on the same body (days inclusive)', () => {
    const overlaps: string[] = [];
    KP_CHAIR_TERMS.forEach((a, i) => {
      for (const b of KP_CHAIR_TERMS.slice(i + 1)) {
        if (a.bodyCode !== b.bodyCode || a.role !== b.role) continue;
        // ISO days compare correctly as strings; an open end runs forever.
        const aEnd = a.endsOn ?? '9999-12-31';
        const bEnd = b.endsOn ?? '9999-12-31';
        if (a.startsOn <= bEnd && b.startsOn <= aEnd)
          overlaps.push(`${a.bodyCode} ${a.role} ${a.participantCode}/${b.participantCode}`);
      }
    });
    expect(overlaps).toEqual([]);
  });

  it('has the KP chairs the demo relies on', () => {
    const holder = (bodyCode: string, role: 'CHAIR' | 'VICE_CHAIR', day: string): string | undefined =>
      KP_CHAIR_TERMS.find(
        (t) =>
          t.bodyCode === bodyCode && t.role === role && t.startsOn <= day && (t.endsOn === null || day <= t.endsOn),
      )?.participantCode;
    expect(holder('PLEN', 'CHAIR', '2021-06-01')).toBe('RU');
    expect(holder('PLEN', 'CHAIR', '2022-06-01')).toBe('BW');
    expect(holder('PLEN', 'VICE_CHAIR', '2022-06-01')).toBe('ZW');
    expect(holder('PLEN', 'CHAIR', '2023-06-01')).toBe('ZW');
    expect(holder('PLEN', 'VICE_CHAIR', '2023-06-01')).toBe('AE');
    expect(holder('PLEN', 'CHAIR', '2024-06-01')).toBe('AE');
    expect(holder('PLEN', 'CHAIR', '2025-06-01')).toBe('CH');
    // Every body has a chair in office now, so the demo can schedule and close in any of them.
    for (const body of KP_BODIES)
      expect([body.code, holder(body.code, 'CHAIR', '2026-06-01') !== undefined]).toEqual([body.code, true]);
    expect(holder('PC', 'CHAIR', '2022-06-01')).toBe('RU');
    expect(holder('RPC', 'CHAIR', '2022-06-01')).toBe('RU');
  });
});
