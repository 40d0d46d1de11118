// Examples and properties for the lifecycles: which moves exist, and that final states stay final.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  canTransition,
  finalStates,
  floorRequestLifecycle,
  minutesLifecycle,
  statusProblem,
  isFinal,
  meetingLifecycle,
  proposalLifecycle,
  recordLifecycle,
  statesOf,
  transitionProblem,
  type Transitions,
} from './lifecycle.js';

describe('meetingLifecycle', () => {
  it('opens, adjourns and cancels as docs/rules.md says', () => {
    expect(canTransition(meetingLifecycle, 'SCHEDULED', 'IN_SESSION')).toBe(true);
    expect(canTransition(meetingLifecycle, 'IN_SESSION', 'ADJOURNED')).toBe(true);
    expect(canTransition(meetingLifecycle, 'SCHEDULED', 'CANCELLED')).toBe(true);
  });

  it('does not reopen, cancel a sitting meeting or skip the session', () => {
    expect(canTransition(meetingLifecycle, 'ADJOURNED', 'IN_SESSION')).toBe(false);
    expect(canTransition(meetingLifecycle, 'IN_SESSION', 'CANCELLED')).toBe(false);
    expect(canTransition(meetingLifecycle, 'SCHEDULED', 'ADJOURNED')).toBe(false);
    expect(canTransition(meetingLifecycle, 'CANCELLED', 'SCHEDULED')).toBe(false);
  });

  it('has ADJOURNED and CANCELLED as its final states', () => {
    expect(finalStates(meetingLifecycle).sort()).toEqual(['ADJOURNED', 'CANCELLED']);
  });
});

describe('proposalLifecycle', () => {
  it('opens, closes either way and withdraws from DRAFT or OPEN', () => {
    expect(canTransition(proposalLifecycle, 'DRAFT', 'OPEN')).toBe(true);
    expect(canTransition(proposalLifecycle, 'OPEN', 'ADOPTED')).toBe(true);
    expect(canTransition(proposalLifecycle, 'OPEN', 'NOT_ADOPTED')).toBe(true);
    expect(canTransition(proposalLifecycle, 'DRAFT', 'WITHDRAWN')).toBe(true);
    expect(canTransition(proposalLifecycle, 'OPEN', 'WITHDRAWN')).toBe(true);
  });

  it('never closes a DRAFT nor reopens a decided proposal', () => {
    expect(canTransition(proposalLifecycle, 'DRAFT', 'ADOPTED')).toBe(false);
    expect(canTransition(proposalLifecycle, 'ADOPTED', 'OPEN')).toBe(false);
    expect(canTransition(proposalLifecycle, 'NOT_ADOPTED', 'WITHDRAWN')).toBe(false);
    expect(finalStates(proposalLifecycle).sort()).toEqual(['ADOPTED', 'NOT_ADOPTED', 'WITHDRAWN']);
  });
});

describe('recordLifecycle', () => {
  it('publishes once', () => {
    expect(canTransition(recordLifecycle, 'DRAFT', 'PUBLISHED')).toBe(true);
    expect(canTransition(recordLifecycle, 'PUBLISHED', 'PUBLISHED')).toBe(false);
    expect(canTransition(recordLifecycle, 'PUBLISHED', 'DRAFT')).toBe(false);
    expect(isFinal(recordLifecycle, 'PUBLISHED')).toBe(true);
  });
});

describe('floorRequestLifecycle', () => {
  it('is given the floor, then done; or withdrawn while waiting', () => {
    expect(canTransition(floorRequestLifecycle, 'WAITING', 'SPEAKING')).toBe(true);
    expect(canTransition(floorRequestLifecycle, 'SPEAKING', 'DONE')).toBe(true);
    expect(canTransition(floorRequestLifecycle, 'WAITING', 'WITHDRAWN')).toBe(true);
  });

  it('never withdraws a speech, skips it, or speaks twice', () => {
    expect(canTransition(floorRequestLifecycle, 'SPEAKING', 'WITHDRAWN')).toBe(false);
    expect(canTransition(floorRequestLifecycle, 'WAITING', 'DONE')).toBe(false);
    expect(canTransition(floorRequestLifecycle, 'DONE', 'SPEAKING')).toBe(false);
    expect(canTransition(floorRequestLifecycle, 'WITHDRAWN', 'WAITING')).toBe(false);
    expect(finalStates(floorRequestLifecycle).sort()).toEqual(['DONE', 'WITHDRAWN']);
  });
});

describe('minutesLifecycle', () => {
  it('circulates a draft, then adopts it, and never goes back', () => {
    expect(canTransition(minutesLifecycle, 'DRAFT', 'CIRCULATED')).toBe(true);
    expect(canTransition(minutesLifecycle, 'CIRCULATED', 'ADOPTED')).toBe(true);
    expect(canTransition(minutesLifecycle, 'DRAFT', 'ADOPTED')).toBe(false);
    expect(canTransition(minutesLifecycle, 'ADOPTED', 'CIRCULATED')).toBe(false);
    expect(canTransition(minutesLifecycle, 'CIRCULATED', 'DRAFT')).toBe(false);
    expect(finalStates(minutesLifecycle)).toEqual(['ADOPTED']);
  });
});

describe('statusProblem', () => {
  it('is null for an allowed state and names the state and what is needed otherwise', () => {
    expect(statusProblem('meeting', 'IN_SESSION', ['SCHEDULED', 'IN_SESSION'], 'requesting the floor')).toBeNull();
    expect(statusProblem('meeting', 'CANCELLED', ['SCHEDULED', 'IN_SESSION'], 'requesting the floor')).toBe(
      'The meeting is CANCELLED: requesting the floor needs it SCHEDULED or IN_SESSION',
    );
    expect(statusProblem('minutes', 'ADOPTED', ['CIRCULATED'], 'commenting')).toBe(
      'The minutes are ADOPTED: commenting needs them CIRCULATED',
    );
    expect(statusProblem('meeting', 'ADJOURNED', ['SCHEDULED', 'IN_SESSION', 'ADJOURNED'], 'x')).toBeNull();
    expect(statusProblem('meeting', 'SCHEDULED', ['IN_SESSION', 'ADJOURNED', 'CANCELLED'], 'x')).toBe(
      'The meeting is SCHEDULED: x needs it IN_SESSION, ADJOURNED or CANCELLED',
    );
  });
});

describe('transitionProblem', () => {
  it('is null for an allowed move', () => {
    expect(transitionProblem(meetingLifecycle, 'SCHEDULED', 'IN_SESSION', 'meeting')).toBeNull();
  });

  it('names both states for a refused move', () => {
    expect(transitionProblem(meetingLifecycle, 'ADJOURNED', 'IN_SESSION', 'meeting')).toBe(
      'A meeting cannot move from ADJOURNED to IN_SESSION',
    );
    expect(transitionProblem(recordLifecycle, 'PUBLISHED', 'PUBLISHED', 'decision record')).toBe(
      'A decision record cannot move from PUBLISHED to PUBLISHED',
    );
  });

  it('uses "An" before a vowel', () => {
    expect(transitionProblem(proposalLifecycle, 'ADOPTED', 'OPEN', 'IN_MEETING proposal')).toBe(
      'An IN_MEETING proposal cannot move from ADOPTED to OPEN',
    );
  });

  it('refuses a state the machine does not know, even one named like an Object member', () => {
    const m = meetingLifecycle as Transitions<string>;
    expect(canTransition(m, 'constructor', 'SCHEDULED')).toBe(false);
    expect(canTransition(m, 'toString', 'toString')).toBe(false);
  });
});

describe('lifecycle properties', () => {
  const machines: [string, Transitions<string>][] = [
    ['meeting', meetingLifecycle],
    ['proposal', proposalLifecycle],
    ['record', recordLifecycle],
    ['floor request', floorRequestLifecycle],
    ['minutes', minutesLifecycle],
  ];

  it.each(machines)('%s: final states have no exits', (_noun, machine) => {
    const states = statesOf(machine);
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.constantFrom(...states), (from, to) => {
        if (isFinal(machine, from)) expect(canTransition(machine, from, to)).toBe(false);
      }),
    );
  });

  it.each(machines)('%s: transitionProblem is null exactly when canTransition', (noun, machine) => {
    const states = statesOf(machine);
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.constantFrom(...states), (from, to) => {
        const problem = transitionProblem(machine, from, to, noun);
        expect(problem === null).toBe(canTransition(machine, from, to));
        if (problem !== null) {
          expect(problem).toContain(from);
          expect(problem).toContain(to);
        }
      }),
    );
  });

  it.each(machines)('%s: every exit is a known state, and no state moves to itself', (_noun, machine) => {
    const states = statesOf(machine);
    for (const s of states) {
      for (const t of machine[s]) {
        expect(states).toContain(t);
        expect(t).not.toBe(s);
      }
    }
  });

  it.each(machines)('%s: every non-final path ends in a final state (no cycles)', (_noun, machine) => {
    const states = statesOf(machine);
    // A path can visit each state at most once when there are no cycles.
    const longest = (s: string, seen: Set<string>): number => {
      expect(seen.has(s)).toBe(false);
      const next = new Set(seen).add(s);
      return 1 + Math.max(0, ...machine[s].map((t) => longest(t, next)));
    };
    for (const s of states) expect(longest(s, new Set())).toBeLessThanOrEqual(states.length);
  });

  it('the machines are frozen', () => {
    expect(Object.isFrozen(meetingLifecycle)).toBe(true);
    expect(Object.isFrozen(meetingLifecycle.SCHEDULED)).toBe(true);
  });
});
