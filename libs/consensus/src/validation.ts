// Input limits shared by GraphQL inputs and services (docs/rules.md "Inputs"), and the derivation of a
// body's code from its name when none is given.

/** Participant and body codes (also the organisation's code in references). */
export const PARTICIPANT_CODE = /^[A-Z][A-Z0-9_-]{0,15}$/;
/** Body codes follow the participant code rule. */
export const BODY_CODE = PARTICIPANT_CODE;
export const CODE_MAX = 16;
export const TITLE_MAX = 200;
/** Texts and statements. */
export const TEXT_MAX = 50000;
/** Passwords: length only, no composition rules. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
/** E-mail addresses: the longest a mail path can carry (RFC 5321). */
export const EMAIL_MAX = 254;

export function isValidCode(code: string): boolean {
  return typeof code === 'string' && PARTICIPANT_CODE.test(code);
}

/**
 * Length in characters as a reader counts them (Unicode code points), so a Cyrillic or accented
 * title is not cut short by UTF-16 surrogate pairs.
 */
export function textLength(s: string): number {
  return [...s].length;
}

// Small words that do not make an acronym: "Committee on Participation and Chairmanship" is CPC,
// "Working Group of Diamond Experts" is WGDE (the Kimberley Process's own codes). A few French and
// Spanish ones too, for bodies named in those working languages.
const SMALL_WORDS = new Set([
  'A',
  'AN',
  'AND',
  'AT',
  'BY',
  'FOR',
  'IN',
  'OF',
  'ON',
  'THE',
  'TO',
  'WITH',
  'DE',
  'DES',
  'DU',
  'ET',
  'LA',
  'LE',
  'LES',
  'POUR',
  'SUR',
  'DEL',
  'EL',
  'LOS',
  'LAS',
  'Y',
]);

const FALLBACK_CODE = 'BODY';

/**
 * A code for a body named `name`, always matching PARTICIPANT_CODE:
 * - several words: their initials, skipping small words ("Participation Committee" -> "PC",
 *   "Committee on Rules and Procedures" -> "CRP"); a word already in capitals ("KP") or of digits
 *   ("2") is kept whole;
 * - one word: the word in capitals ("Plenary" -> "PLENARY");
 * cut to 16 characters. Accents are dropped ("Comité" -> "COMITE"); a name with no Latin letter
 * gives "BODY". Uniqueness is the caller's: see disambiguateCode.
 */
export function deriveBodyCode(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
  let code: string;
  if (words.length <= 1) {
    code = (words[0] ?? '').toUpperCase();
  } else {
    const significant = words.filter((w) => !SMALL_WORDS.has(w.toUpperCase()));
    const use = significant.length > 0 ? significant : words;
    code =
      use.length === 1
        ? use[0].toUpperCase()
        : use
            .map((w) => (/^[0-9]+$/.test(w) || (w.length > 1 && /^[A-Z0-9]+$/.test(w)) ? w : w[0].toUpperCase()))
            .join('');
  }
  // A code starts with a letter: drop leading digits ("2024 Review" -> "R").
  code = code.replace(/^[^A-Z]+/, '').slice(0, CODE_MAX);
  return isValidCode(code) ? code : FALLBACK_CODE;
}

/**
 * `code`, or the first of code+"2", code+"3", ... (cut to keep within 16 characters) that
 * `isTaken` refuses, so a derived code does not collide with an existing body's.
 */
export function disambiguateCode(code: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(code)) return code;
  for (let n = 2; ; n += 1) {
    const suffix = String(n);
    const candidate = code.slice(0, CODE_MAX - suffix.length) + suffix;
    if (!isTaken(candidate)) return candidate;
  }
}
