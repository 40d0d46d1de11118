// Examples and properties for adopting an agenda by consensus: when it is adopted, when it may
// still change, and what proposeAgenda writes.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  AGENDA_PROPOSAL_TITLE,
  agendaChangeProblem,
  agendaProposalText,
  agendaStatus,
  amendSubjectProblem,
  pendingAgendaProposal,
  proposeAgendaProblem,
  removeAgendaItemProblem,
  renumberAfterRemoval,
  type AgendaProposalFact,
} from './agenda.js';
import type { MeetingStatus, ProposalStatus } from './lifecycle.js';

const proposal = (status: ProposalStatus, reference = 'KP/PLEN/2022/1'): AgendaProposalFact => ({ reference, status });
const STATUSES: ProposalStatus[] = ['DRAFT', 'OPEN', 'ADOPTED', 'NOT_ADOPTED', 'WITHDRAWN'];

describe('agendaStatus', () => {
  it('is PROVISIONAL until an AGENDA proposal is ADOPTED, then ADOPTED', () => {
    expect(agendaStatus([])).toBe('PROVISIONAL');
    expect(agendaStatus([proposal('NOT_ADOPTED'), proposal('WITHDRAWN'), proposal('OPEN')])).toBe('PROVISIONAL');
    expect(agendaStatus([proposal('NOT_ADOPTED'), proposal('ADOPTED')])).toBe('ADOPTED');
  });

  it('is ADOPTED for good: adding any later proposal never makes it provisional again', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUSES)), fc.array(fc.constantFrom(...STATUSES)), (before, after) => {
        const list = [...before.map((s) => proposal(s)), proposal('ADOPTED'), ...after.map((s) => proposal(s))];
        expect(agendaStatus(list)).toBe('ADOPTED');
        expect(agendaChangeProblem(list)).not.toBeNull();
      }),
    );
  });
});

describe('agendaChangeProblem', () => {
  it('allows changes to a provisional agenda with no pending proposal', () => {
    expect(agendaChangeProblem([])).toBeNull();
    expect(agendaChangeProblem([proposal('NOT_ADOPTED'), proposal('WITHDRAWN')])).toBeNull();
  });

  it('refuses once adopted, and while a proposal to adopt it is DRAFT or OPEN', () => {
    expect(agendaChangeProblem([proposal('ADOPTED', 'KP/PLEN/2022/4')])).toBe(
      'The agenda of this meeting was adopted (KP/PLEN/2022/4): it no longer changes',
    );
    expect(agendaChangeProblem([proposal('DRAFT', 'KP/PLEN/2022/5')])).toContain('KP/PLEN/2022/5 is DRAFT');
    expect(agendaChangeProblem([proposal('OPEN', 'KP/PLEN/2022/6')])).toContain('withdraw');
    expect(pendingAgendaProposal([proposal('WITHDRAWN'), proposal('OPEN', 'X')])?.reference).toBe('X');
  });

  it('refuses exactly when adopted or pending', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUSES)), (statuses) => {
        const blocked = statuses.some((s) => s === 'ADOPTED' || s === 'DRAFT' || s === 'OPEN');
        expect(agendaChangeProblem(statuses.map((s) => proposal(s))) !== null).toBe(blocked);
      }),
    );
  });
});

describe('removing an item', () => {
  it('refuses an item that has proposals', () => {
    expect(removeAgendaItemProblem(0)).toBeNull();
    expect(removeAgendaItemProblem(1)).toBe(
      'This agenda item has 1 proposal: an item with proposals cannot be removed',
    );
    expect(removeAgendaItemProblem(2)).toContain('2 proposals');
  });

  it('renumbers the rest 1..n in their order', () => {
    const items = [
      { id: 'c', position: 3 },
      { id: 'a', position: 1 },
      { id: 'b', position: 2 },
      { id: 'd', position: 4 },
    ];
    expect(renumberAfterRemoval(items, 'b')).toEqual([
      { id: 'a', position: 1 },
      { id: 'c', position: 2 },
      { id: 'd', position: 3 },
    ]);
  });

  it('always leaves positions 1..n, the order kept and the removed item gone', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (ps, k) => {
          const items = ps.map((position, i) => ({ id: `i${i}`, position }));
          const removed = items[k % items.length].id;
          const after = renumberAfterRemoval(items, removed);
          expect(after.map((i) => i.position)).toEqual(after.map((_, i) => i + 1));
          expect(after.map((i) => i.id)).toEqual(
            [...items]
              .sort((a, b) => a.position - b.position)
              .filter((i) => i.id !== removed)
              .map((i) => i.id),
          );
        },
      ),
    );
  });
});

describe('proposeAgenda', () => {
  const base = { meetingStatus: 'SCHEDULED' as MeetingStatus, itemCount: 2, agendaProposals: [] };

  it('writes the title and one line per item, "{position}. {title}", joined by newlines', () => {
    expect(AGENDA_PROPOSAL_TITLE).toBe('Adoption of the agenda');
    expect(
      agendaProposalText([
        { position: 2, title: 'Admission of new participants' },
        { position: 1, title: 'Opening of the meeting' },
        { position: 3, title: 'Ukraine: the review mission' },
      ]),
    ).toBe('1. Opening of the meeting\n2. Admission of new participants\n3. Ukraine: the review mission');
    expect(agendaProposalText([{ position: 1, title: 'Only item' }])).toBe('1. Only item');
  });

  it('is allowed on a provisional agenda with items, while the meeting is SCHEDULED or IN_SESSION', () => {
    expect(proposeAgendaProblem(base)).toBeNull();
    expect(proposeAgendaProblem({ ...base, meetingStatus: 'IN_SESSION' })).toBeNull();
    expect(
      proposeAgendaProblem({ ...base, agendaProposals: [proposal('NOT_ADOPTED'), proposal('WITHDRAWN')] }),
    ).toBeNull();
  });

  it('refuses a closed meeting, an adopted or pending agenda (CONFLICT), then an empty one (BAD_USER_INPUT)', () => {
    expect(proposeAgendaProblem({ ...base, meetingStatus: 'ADJOURNED', itemCount: 0 })).toEqual({
      code: 'CONFLICT',
      message: 'The meeting is ADJOURNED: proposing its agenda needs it SCHEDULED or IN_SESSION',
    });
    expect(proposeAgendaProblem({ ...base, agendaProposals: [proposal('ADOPTED')] })?.code).toBe('CONFLICT');
    expect(proposeAgendaProblem({ ...base, agendaProposals: [proposal('OPEN')] })?.code).toBe('CONFLICT');
    expect(proposeAgendaProblem({ ...base, itemCount: 0 })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'meetingId',
      message: 'The meeting has no agenda items to adopt',
    });
  });

  it('an AGENDA proposal is never amended; a DECISION one may be', () => {
    expect(amendSubjectProblem('DECISION')).toBeNull();
    expect(amendSubjectProblem('AGENDA')).toContain('propose the agenda again');
  });
});
