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
  // Cheap tests first: this runs on every field of every line, and nearly none holds a token.
  let scrubbed = text;
  if (scrubbed.includes('eyJ')) scrubbed = scrubbed.replace(JWT, '[token]');
  if (/bearer/i.test(scrubbed)) scrubbed = scrubbed.replace(BEARER, '$1[token]');
  return scrubbed.length <= max ? scrubbed : `${scrubbed.slice(0, max)}…(+${scrubbed.length - max} characters)`;
}

/** Field names repeat on every line: each is judged once (a bounded set: our code names them). */
const secretKeys = new Map<string, boolean>();
function isSecretKey(key: string): boolean {
  let secret = secretKeys.get(key);
  if (secret === undefined) {
    secret = SECRET_KEY.test(key);
    if (secretKeys.size < 1000) secretKeys.set(key, secret);
  }
  return secret;
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
    if (value === undefined) continue;
    out[key] = value !== null && isSecretKey(key) ? '[redacted]' : sanitizeValue(key, value, depth);
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
