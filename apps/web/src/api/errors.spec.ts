// The words a delegate reads when the API refuses: the catalogue's sentence for each documented code
// (NOT_ENTITLED by its reason), the API's own message otherwise.
import { describe, expect, it } from '@jest/globals';
import { m } from '../messages.js';
import { ApiError, refusalText } from './errors.js';

describe('refusalText', () => {
  it('explains each reason a participant may not take a position', () => {
    for (const reason of ['OBSERVER', 'SUSPENDED', 'NOT_MEMBER', 'NOT_PRESENT', 'BOYCOTT'] as const) {
      expect(refusalText(new ApiError('NOT_ENTITLED', 'raw', { reason }))).toBe(m.errors.NOT_ENTITLED[reason]);
    }
    expect(refusalText(new ApiError('NOT_ENTITLED', 'raw', { reason: 'NEW_REASON' }))).toBe(
      m.errors.NOT_ENTITLED.unknown,
    );
  });

  it('puts the refusals of a position in words', () => {
    expect(refusalText(new ApiError('STALE_VERSION', 'raw'))).toMatch(/amended after you read it/);
    expect(refusalText(new ApiError('PROPOSAL_CLOSED', 'raw'))).toMatch(/already closed/);
    expect(refusalText(new ApiError('DEADLINE_PASSED', 'raw'))).toMatch(/deadline .* has passed/);
  });

  it('names the participants missing from the attendance', () => {
    expect(refusalText(new ApiError('ATTENDANCE_INCOMPLETE', 'raw', { participants: ['NA', 'ZA'] }))).toBe(
      'Attendance is not complete: record the attendance of NA and ZA first.',
    );
  });

  it('tells a wrong sign-in from an ended session, and falls back on the API’s message', () => {
    expect(refusalText(new ApiError('UNAUTHENTICATED', 'raw'), 'sign-in')).toBe(m.errors.UNAUTHENTICATED_SIGN_IN);
    expect(refusalText(new ApiError('UNAUTHENTICATED', 'raw'))).toBe(m.signIn.sessionEnded);
    expect(refusalText(new ApiError('SOMETHING_NEW', 'What the API said.'))).toBe('What the API said.');
    expect(refusalText(new ApiError('INTERNAL_SERVER_ERROR', 'x', { correlationId: 'abc' }))).toMatch(/abc/);
  });
});
