// What the sanitiser lets into a log line (the e2e test in test/operations reads the real log).
import { describe, expect, it } from '@jest/globals';
import { capText, MAX_FIELD, sanitizeFields } from './log-sanitizer.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('the log sanitiser', () => {
  it('caps a string and says how much it left out', () => {
    expect(capText('x'.repeat(1005), 1000)).toBe(`${'x'.repeat(1000)}…(+5 characters)`);
    expect(capText('short', 1000)).toBe('short');
  });

  it('scrubs JWTs and bearer tokens wherever they appear', () => {
    expect(capText(`token ${JWT} in a message`, 1000)).toBe('token [token] in a message');
    expect(capText('Authorization: Bearer abc.def-ghi', 1000)).toBe('Authorization: Bearer [token]');
  });

  it('writes fields named like a secret as [redacted], drops undefined, bounds size and depth', () => {
    const out = sanitizeFields({
      password: 'hunter2',
      newPassword: 'x',
      authorization: 'Bearer x',
      jwtSecret: 's',
      token: null,
      email: 'e'.repeat(5000),
      nothing: undefined,
      nested: { a: { b: { c: { d: 'deep' } } }, list: Array.from({ length: 50 }, (_, i) => i) },
    });
    expect(out).toEqual({
      password: '[redacted]',
      newPassword: '[redacted]',
      authorization: '[redacted]',
      jwtSecret: '[redacted]',
      token: null,
      email: `${'e'.repeat(MAX_FIELD)}…(+${5000 - MAX_FIELD} characters)`,
      nested: { a: { b: { c: '[object]' } }, list: Array.from({ length: 20 }, (_, i) => i) },
    });
  });

  it('keeps a stack longer than a field, and an Error as its stack', () => {
    const stack = `Error: boom\n${'    at somewhere\n'.repeat(50)}`;
    expect(sanitizeFields({ err: stack }).err).toBe(stack);
    expect(String(sanitizeFields({ cause: new Error('boom') }).cause)).toMatch(/^Error: boom\n\s+at /);
  });
});
