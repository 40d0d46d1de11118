// What may go into a log line: every string capped (a 1.9 MB e-mail must not become a 1.9 MB line),
// bearer tokens and JWTs scrubbed wherever they appear, and the values of fields named like a secret
// (password, token, secret, authorization, cookie) never written at all.
export const MAX_FIELD = 300;
export const MAX_MESSAGE = 1000;
export const MAX_STACK = 4000;

const SECRET_KEY = /pass(word)?|secret|token|authori[sz]ation|cookie/i;
const JWT = /\beyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(Bearer\s+)\S+/gi;

/** `text` without tokens, cut to `max` characters with a note of how much was left out. */
export function capText(text: string, max: number): string {
  const scrubbed = text.replace(JWT, '[token]').replace(BEARER, '$1[token]');
  return scrubbed.length <= max ? scrubbed : `${scrubbed.slice(0, max)}…(+${scrubbed.length - max} characters)`;
}

/** A copy of a log line's fields that is safe to write (depth and sizes bounded). */
export function sanitizeFields(fields: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let count = 0;
  for (const [key, value] of Object.entries(fields)) {
    if (++count > 40) {
      out['…'] = 'more fields left out';
      break;
    }
    out[key] =
      SECRET_KEY.test(key) && value !== undefined && value !== null ? '[redacted]' : sanitizeValue(key, value, depth);
  }
  return out;
}

function sanitizeValue(key: string, value: unknown, depth: number): unknown {
  if (typeof value === 'string') return capText(value, key === 'stack' || key === 'err' ? MAX_STACK : MAX_FIELD);
  if (value instanceof Error) return capText(value.stack ?? value.message, MAX_STACK);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= 3) return '[object]';
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => sanitizeValue(key, v, depth + 1));
  return sanitizeFields(value as Record<string, unknown>, depth + 1);
}
