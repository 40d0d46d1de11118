// fast-check properties of the consensus rule: what must hold for every body, attendance and
// sequence of positions, not only for the examples in consensus.spec.ts.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canCloseWrittenEarly, currentPositions, decide, type DecideInput, type PositionFact } from './consensus.js';
import type { MemberFact } from './entitlement.js';
import {
  ATTENDANCE_STATUSES,
  STANCES,
  type AttendanceStatus,
  type DecisionProcedure,
  type NotEntitledReason,
  type ParticipantKind,
  type ParticipantStatus,
  type Stance,
} from './types.js';

// ---------------------------------------------------------------- arbitraries

const weighted = <T>(common: T, rare: T): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constant(common), weight: 4 }, { arbitrary: fc.constant(rare), weight: 1 });

// Ids are `p<index>` and codes random, so sorting by code is not sorting by id.
const someParticipants: fc.Arbitrary<MemberFact[]> = fc
  .uniqueArray(
    fc.record({
      code: fc.stringMatching(/^[A-Z][A-Z0-9]{0,2}$/),
      kind: weighted<ParticipantKind>('PARTICIPANT', 'OBSERVER'),
      status: weighted<ParticipantStatus>('ACTIVE', 'SUSPENDED'),
      isMember: weighted(true, false),
    }),
    { selector: (p) => p.code, minLength: 0, maxLength: 8 },
  )
  .map((list) => list.map((p, i) => ({ participantId: `p${i}`, ...p })));

const someAttendance: fc.Arbitrary<AttendanceStatus | undefined> = fc.oneof(
  { arbitrary: fc.constantFrom<AttendanceStatus>('PRESENT', 'REMOTE'), weight: 4 },
  { arbitrary: fc.constantFrom(...ATTENDANCE_STATUSES), weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

const someStance = fc.constantFrom<Stance>(...STANCES);

/** A proposal as it stands: participants, attendance, and positions numbered in arrival order. */
const someInput: fc.Arbitrary<DecideInput> = fc
  .record({
    procedure: fc.constantFrom<DecisionProcedure>('IN_MEETING', 'WRITTEN'),
    currentVersion: fc.integer({ min: 1, max: 3 }),
    quorum: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    participants: someParticipants,
    deadlinePassed: fc.boolean(),
  })
  .chain((base) => {
    const n = base.participants.length;
    return fc
      .record({
        attendance: fc.array(someAttendance, { minLength: n, maxLength: n }),
        positions: fc.array(
          fc.record({
            // Mostly known participants, now and then someone the body does not know.
            who: fc.oneof(
              { arbitrary: fc.nat({ max: Math.max(0, n - 1) }), weight: 9 },
              { arbitrary: fc.constant(-1), weight: 1 },
            ),
            stance: someStance,
            versionNumber: fc.oneof(
              { arbitrary: fc.constant(base.currentVersion), weight: 3 },
              { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 1 },
            ),
          }),
          { maxLength: 20 },
        ),
      })
      .map(({ attendance, positions }): DecideInput => ({
        ...base,
        attendance: new Map(
          base.participants.flatMap((p, i): [string, AttendanceStatus][] => {
            const a = attendance[i];
            return a === undefined ? [] : [[p.participantId, a]];
          }),
        ),
        positions: positions.map((p, i) => ({
          participantId: p.who < 0 || n === 0 ? 'ghost' : base.participants[p.who].participantId,
          stance: p.stance,
          versionNumber: p.versionNumber,
          seq: i + 1,
        })),
      }));
  });

// ---------------------------------------------------------------- an independent model of the rule

function modelEntitled(input: DecideInput, p: MemberFact): boolean {
  if (p.kind !== 'PARTICIPANT' || !p.isMember || p.status !== 'ACTIVE') return false;
  if (input.procedure === 'WRITTEN') return true;
  const a = input.attendance.get(p.participantId);
  return a === 'PRESENT' || a === 'REMOTE';
}

function modelReason(input: DecideInput, p: MemberFact): NotEntitledReason | null {
  if (p.kind === 'OBSERVER') return 'OBSERVER';
  if (!p.isMember) return 'NOT_MEMBER';
  if (p.status === 'SUSPENDED') return 'SUSPENDED';
  if (input.procedure === 'WRITTEN') return null;
  const a = input.attendance.get(p.participantId);
  if (a === 'SUSPENDED' || a === 'BOYCOTT') return a;
  return a === 'PRESENT' || a === 'REMOTE' ? null : 'NOT_PRESENT';
}

function modelLatest(input: DecideInput, participantId: string): Stance | undefined {
  let best: PositionFact | undefined;
  for (const p of input.positions) {
    if (p.participantId !== participantId || p.versionNumber !== input.currentVersion) continue;
    if (best === undefined || p.seq > best.seq) best = p;
  }
  return best?.stance;
}

function entitledOf(input: DecideInput): MemberFact[] {
  return input.participants.filter((p) => modelEntitled(input, p));
}

const nextSeq = (input: DecideInput): number => Math.max(0, ...input.positions.map((p) => p.seq)) + 1;

function withPosition(input: DecideInput, participantId: string, stance: Stance): DecideInput {
  return {
    ...input,
    positions: [
      ...input.positions,
      { participantId, stance, versionNumber: input.currentVersion, seq: nextSeq(input) },
    ],
  };
}

// ---------------------------------------------------------------- properties

describe('decide: properties', () => {
  it('agrees with the model of the rule', () => {
    fc.assert(
      fc.property(someInput, (input) => {
        const d = decide(input);
        const stances = entitledOf(input).map((p) => modelLatest(input, p.participantId));
        const objection = stances.includes('OBJECT');
        const support = stances.includes('SUPPORT');
        const adopted = !objection && (input.procedure === 'WRITTEN' || support);
        expect(d.outcome).toBe(adopted ? 'ADOPTED' : 'NOT_ADOPTED');
        expect(new Set(d.entitled)).toEqual(new Set(entitledOf(input).map((p) => p.participantId)));
        const reasons = new Map(d.notEntitled.map((n) => [n.participantId, n.reason]));
        for (const p of input.participants) expect(reasons.get(p.participantId) ?? null).toBe(modelReason(input, p));
      }),
    );
  });

  it('an entitled objection always prevents adoption', () => {
    fc.assert(
      fc.property(someInput, fc.nat(), (input, pick) => {
        const entitled = entitledOf(input);
        fc.pre(entitled.length > 0);
        const objector = entitled[pick % entitled.length].participantId;
        const d = decide(withPosition(input, objector, 'OBJECT'));
        expect(d.outcome).toBe('NOT_ADOPTED');
        expect(d.consensus).toBe(false);
        expect(d.objectors).toContain(objector);
      }),
    );
  });

  it('nothing an observer, suspended, absent, boycotting or non-member participant does changes the outcome', () => {
    const scenario = someInput.chain((input) => {
      const outsiders = input.participants.filter((p) => !modelEntitled(input, p));
      const extra =
        outsiders.length === 0
          ? fc.constant([])
          : fc.array(
              fc.record({
                who: fc.constantFrom(...outsiders),
                stance: someStance,
                versionNumber: fc.integer({ min: 1, max: 3 }),
                at: fc.integer({ min: 0, max: input.positions.length }),
              }),
              { maxLength: 10 },
            );
      return fc.tuple(fc.constant(input), fc.constant(outsiders), extra);
    });
    fc.assert(
      fc.property(scenario, ([input, outsiders, extra]) => {
        const outsiderIds = new Set(outsiders.map((p) => p.participantId));
        const without: DecideInput = {
          ...input,
          positions: input.positions.filter((p) => !outsiderIds.has(p.participantId)),
        };
        // Extra positions land between existing ones (seq k + a fraction), as if they had arrived then.
        const more: DecideInput = {
          ...input,
          positions: [
            ...input.positions,
            ...extra.map((e, i) => ({
              participantId: e.who.participantId,
              stance: e.stance,
              versionNumber: e.versionNumber,
              seq: e.at + (i + 1) / (extra.length + 1),
            })),
          ],
        };
        const expected = decide(without);
        expect(decide(input)).toEqual(expected);
        expect(decide(more)).toEqual(expected);
      }),
    );
  });

  it('the order positions arrive in does not matter, only each participant’s last one', () => {
    const scenario = someInput.chain((input) =>
      fc.tuple(
        fc.constant(input),
        // A new interleaving of the participants' positions, each participant's own order kept...
        fc.shuffledSubarray(input.positions, { minLength: input.positions.length, maxLength: input.positions.length }),
        // ...and the array itself handed over in any order.
        fc.shuffledSubarray(
          input.positions.map((_, i) => i),
          { minLength: input.positions.length, maxLength: input.positions.length },
        ),
      ),
    );
    fc.assert(
      fc.property(scenario, ([input, interleaving, arrayOrder]) => {
        const queues = new Map<string, PositionFact[]>();
        for (const p of [...input.positions].sort((a, b) => a.seq - b.seq)) {
          queues.set(p.participantId, [...(queues.get(p.participantId) ?? []), p]);
        }
        const reseq = interleaving.map((slot, k): PositionFact => {
          const own = queues.get(slot.participantId) ?? [];
          const next = own.shift();
          if (next === undefined) throw new Error('unreachable: one slot per position');
          return { ...next, seq: k + 1 };
        });
        const shuffled = arrayOrder.map((i) => reseq[i]);
        expect(decide({ ...input, positions: shuffled })).toEqual(decide(input));
      }),
    );
  });

  it('positions on old versions never count', () => {
    const scenario = someInput.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.array(
          fc.record({
            who: fc.oneof(fc.constant('ghost'), ...input.participants.map((p) => fc.constant(p.participantId))),
            stance: someStance,
            back: fc.integer({ min: 1, max: 3 }),
            seq: fc.double({ min: 0, max: input.positions.length + 5, noNaN: true }),
          }),
          { maxLength: 10 },
        ),
      ),
    );
    fc.assert(
      fc.property(scenario, ([input, old]) => {
        const stale: PositionFact[] = old.map((o) => ({
          participantId: o.who,
          stance: o.stance,
          versionNumber: input.currentVersion - o.back,
          seq: o.seq,
        }));
        const current = input.positions.filter((p) => p.versionNumber === input.currentVersion);
        const expected = decide({ ...input, positions: current });
        expect(decide({ ...input, positions: [...input.positions, ...stale] })).toEqual(expected);
      }),
    );
  });

  it('a written procedure with no objection is adopted', () => {
    fc.assert(
      fc.property(someInput, (input) => {
        const written: DecideInput = {
          ...input,
          procedure: 'WRITTEN',
          positions: input.positions.map((p) => (p.stance === 'OBJECT' ? { ...p, stance: 'ABSTAIN' as const } : p)),
        };
        const d = decide(written);
        expect(d.outcome).toBe('ADOPTED');
        // Closing now adopts once the deadline has passed, or earlier when nobody entitled is silent.
        expect(d.consensus).toBe(written.deadlinePassed === true || d.silent.length === 0);
      }),
    );
  });

  it('adding a SUPPORT from an entitled participant never turns ADOPTED into NOT_ADOPTED', () => {
    fc.assert(
      fc.property(someInput, fc.nat(), (input, pick) => {
        const entitled = entitledOf(input);
        fc.pre(entitled.length > 0);
        const before = decide(input);
        const after = decide(withPosition(input, entitled[pick % entitled.length].participantId, 'SUPPORT'));
        if (before.outcome === 'ADOPTED') expect(after.outcome).toBe('ADOPTED');
        if (before.consensus) expect(after.consensus).toBe(true);
      }),
    );
  });

  it('in a meeting, one entitled SUPPORT with no objection adopts', () => {
    fc.assert(
      fc.property(someInput, fc.nat(), (input, pick) => {
        const meeting: DecideInput = { ...input, procedure: 'IN_MEETING', positions: [] };
        const entitled = entitledOf(meeting);
        fc.pre(entitled.length > 0);
        expect(decide(meeting).outcome).toBe('NOT_ADOPTED');
        expect(decide(withPosition(meeting, entitled[pick % entitled.length].participantId, 'SUPPORT')).outcome).toBe(
          'ADOPTED',
        );
      }),
    );
  });

  it('sorts the entitled into exactly one of support, object, abstain and silent', () => {
    fc.assert(
      fc.property(someInput, (input) => {
        const d = decide(input);
        const split = [...d.support, ...d.object, ...d.abstain, ...d.silent];
        expect([...split].sort()).toEqual([...d.entitled].sort());
        expect(new Set(split).size).toBe(split.length);
        expect(d.objectors).toEqual(d.object);
        const everyone = [...d.entitled, ...d.notEntitled.map((n) => n.participantId)];
        expect(new Set(everyone).size).toBe(everyone.length);
        for (const p of input.participants) expect(everyone).toContain(p.participantId);
      }),
    );
  });

  it('lists participants by code', () => {
    fc.assert(
      fc.property(someInput, (input) => {
        const d = decide(input);
        const code = new Map(input.participants.map((p) => [p.participantId, p.code]));
        const codes = (ids: string[]): string[] => ids.map((i) => code.get(i) ?? i);
        for (const list of [d.entitled, d.support, d.object, d.abstain, d.silent, d.attendanceGaps]) {
          const cs = codes(list);
          expect(cs).toEqual([...cs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        }
      }),
    );
  });

  it('consensus is adoption that closing now would give: in a meeting with the quorum and complete attendance, in writing after the deadline or with nobody silent', () => {
    fc.assert(
      fc.property(someInput, (input) => {
        const d = decide(input);
        const inMeeting = input.procedure === 'IN_MEETING';
        const closable = inMeeting
          ? d.quorumMet && d.attendanceComplete
          : input.deadlinePassed === true || d.silent.length === 0;
        expect(d.consensus).toBe(d.outcome === 'ADOPTED' && closable);
        expect(d.attendanceComplete).toBe(d.attendanceGaps.length === 0);
        if (!inMeeting) {
          expect(d.quorumMet).toBe(true);
          expect(d.attendanceGaps).toEqual([]);
        }
      }),
    );
  });

  it('the quorum counts active members present or remote; gaps are members with no attendance', () => {
    fc.assert(
      fc.property(someInput, (input) => {
        fc.pre(input.procedure === 'IN_MEETING');
        const d = decide(input);
        const members = input.participants.filter((p) => p.isMember && p.kind === 'PARTICIPANT');
        const present = members.filter(
          (p) => p.status === 'ACTIVE' && ['PRESENT', 'REMOTE'].includes(input.attendance.get(p.participantId) ?? ''),
        );
        expect(d.presentMembers).toBe(present.length);
        expect(d.quorumMet).toBe(input.quorum === null || present.length >= input.quorum);
        expect(new Set(d.attendanceGaps)).toEqual(
          new Set(members.filter((p) => !input.attendance.has(p.participantId)).map((p) => p.participantId)),
        );
      }),
    );
  });

  it('a written procedure may close early exactly when nobody entitled is silent', () => {
    fc.assert(
      fc.property(someInput, (input) => {
        const d = decide({ ...input, procedure: 'WRITTEN' });
        const everyoneSpoke = entitledOf({ ...input, procedure: 'WRITTEN' }).every(
          (p) => modelLatest(input, p.participantId) !== undefined,
        );
        expect(canCloseWrittenEarly(d)).toBe(everyoneSpoke);
      }),
    );
  });
});

describe('currentPositions: properties', () => {
  it('keeps, per participant, the highest-seq position on the current version, and only those', () => {
    fc.assert(
      fc.property(someInput, (input) => {
        const current = currentPositions(input.positions, input.currentVersion);
        for (const [participantId, p] of current) {
          expect(p.participantId).toBe(participantId);
          expect(p.versionNumber).toBe(input.currentVersion);
          expect(p.stance).toBe(modelLatest(input, participantId));
        }
        const withCurrent = new Set(
          input.positions.filter((p) => p.versionNumber === input.currentVersion).map((p) => p.participantId),
        );
        expect(new Set(current.keys())).toEqual(withCurrent);
      }),
    );
  });
});
