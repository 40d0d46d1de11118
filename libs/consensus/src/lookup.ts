// Look-ups by the codes people use (the room): `participant(id:, code:)`, `body(id:, code:)`,
// `proposal(id:, reference:)` take exactly one of their two arguments.

import type { FieldProblem } from './boycott-scope.js';

/**
 * Null when exactly one of the two arguments is given; else the BAD_USER_INPUT problem. An argument
 * is given when it is neither null nor absent (an empty string is given, and finds nothing). With
 * neither, the field named is the first (`id`); with both, the second (`code`, `reference`), the
 * one to drop.
 */
export function exactlyOneProblem(
  args: Readonly<Record<string, string | null | undefined>>,
  first: string,
  second: string,
): FieldProblem | null {
  const has = (name: string): boolean => args[name] !== undefined && args[name] !== null;
  const a = has(first);
  const b = has(second);
  if (a && b) return { field: second, message: `Give either ${first} or ${second}, not both` };
  if (!a && !b) return { field: first, message: `Give ${first} or ${second}` };
  return null;
}
