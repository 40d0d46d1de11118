// Examples for when minutes may be drafted, edited, circulated, commented on and adopted.

import { describe, expect, it } from '@jest/globals';
import {
  adoptMinutesProblem,
  commentsDeadlineProblem,
  draftMinutesProblem,
  editMinutesProblem,
  minutesCommentProblem,
  minutesMoveProblem,
} from './minutes.js';

const now = new Date('2022-07-01T12:00:00Z');
const later = new Date('2022-07-15T12:00:00Z');
const earlier = new Date('2022-06-30T12:00:00Z');

describe('minutes lifecycle rules', () => {
  it('are drafted only for an ADJOURNED meeting', () => {
    expect(draftMinutesProblem('ADJOURNED')).toBeNull();
    expect(draftMinutesProblem('IN_SESSION')).toBe(
      'The meeting is IN_SESSION: drafting its minutes needs it ADJOURNED',
    );
    expect(draftMinutesProblem('CANCELLED')).not.toBeNull();
  });

  it('are edited while DRAFT or CIRCULATED, never once ADOPTED', () => {
    expect(editMinutesProblem('DRAFT')).toBeNull();
    expect(editMinutesProblem('CIRCULATED')).toBeNull();
    expect(editMinutesProblem('ADOPTED')).toBe('The minutes are ADOPTED: editing needs them DRAFT or CIRCULATED');
  });

  it('are circulated from DRAFT with a deadline in the future', () => {
    expect(minutesMoveProblem('DRAFT', 'CIRCULATED')).toBeNull();
    expect(minutesMoveProblem('CIRCULATED', 'CIRCULATED')).toBe('Minutes cannot move from CIRCULATED to CIRCULATED');
    expect(commentsDeadlineProblem(later, now)).toBeNull();
    expect(commentsDeadlineProblem(now, now)?.field).toBe('commentsDeadline');
    expect(commentsDeadlineProblem(earlier, now)?.field).toBe('commentsDeadline');
    expect(commentsDeadlineProblem(new Date('nope'), now)?.field).toBe('commentsDeadline');
  });

  it('take comments while CIRCULATED and before the deadline', () => {
    expect(minutesCommentProblem('CIRCULATED', later, now)).toBeNull();
    expect(minutesCommentProblem('DRAFT', later, now)?.code).toBe('CONFLICT');
    expect(minutesCommentProblem('ADOPTED', null, now)?.code).toBe('CONFLICT');
    expect(minutesCommentProblem('CIRCULATED', earlier, now)?.code).toBe('DEADLINE_PASSED');
    expect(minutesCommentProblem('CIRCULATED', now, now)?.code).toBe('DEADLINE_PASSED');
  });

  it('are adopted once CIRCULATED and past the deadline', () => {
    expect(adoptMinutesProblem('CIRCULATED', earlier, now)).toBeNull();
    expect(adoptMinutesProblem('CIRCULATED', now, now)).toBeNull();
    expect(adoptMinutesProblem('CIRCULATED', later, now)).toContain('open for comment until 2022-07-15T12:00:00.000Z');
    expect(adoptMinutesProblem('DRAFT', earlier, now)).toBe('Minutes cannot move from DRAFT to ADOPTED');
    expect(adoptMinutesProblem('ADOPTED', earlier, now)).toBe('Minutes cannot move from ADOPTED to ADOPTED');
  });
});
