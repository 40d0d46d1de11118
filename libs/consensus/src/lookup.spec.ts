// Examples for look-ups by id or code: exactly one of the two.

import { describe, expect, it } from '@jest/globals';
import { exactlyOneProblem } from './lookup.js';

describe('exactlyOneProblem', () => {
  it('accepts exactly one of the two', () => {
    expect(exactlyOneProblem({ id: 'x' }, 'id', 'code')).toBeNull();
    expect(exactlyOneProblem({ id: null, code: 'RU' }, 'id', 'code')).toBeNull();
    expect(exactlyOneProblem({ reference: 'KP/PLEN/2022/1' }, 'id', 'reference')).toBeNull();
    // An empty string is given (and finds nothing).
    expect(exactlyOneProblem({ code: '' }, 'id', 'code')).toBeNull();
  });

  it('refuses neither on the first, both on the second', () => {
    expect(exactlyOneProblem({}, 'id', 'code')).toEqual({ field: 'id', message: 'Give id or code' });
    expect(exactlyOneProblem({ id: null, code: undefined }, 'id', 'code')?.field).toBe('id');
    expect(exactlyOneProblem({ id: 'x', reference: 'KP/PLEN/2022/1' }, 'id', 'reference')).toEqual({
      field: 'reference',
      message: 'Give either id or reference, not both',
    });
  });
});
