// The requests the hardening issue's attack run sent (and a few more at each limit's edge), built
// once and shared by the in-process tests (which count SQL) and the real-process test (which
// watches memory): each is a document, its variables, and who sends it.

/** `{ decisionRecord(number: "x") { body { chair { body { chair ... } } } } }`: depth without lists. */
export function chainOfDepth(depth: number): string {
  // decisionRecord is depth 1 and the leaf `id` is the last level; body/chair pairs fill between.
  let inner = 'id';
  for (let level = depth - 1; level >= 2; level--) inner = `${level % 2 === 0 ? 'body' : 'chair'} { ${inner} }`;
  return `{ decisionRecord(number: "KP/2000/1") { ${inner} } }`;
}

/** The depth-11 fan-out a delegate sent: organization{bodies{chairTerms{body{chairTerms{...}}}}}. */
export function fanOut(depth: number): string {
  let inner = 'id';
  for (let level = depth - 1; level >= 3; level--) inner = `${level % 2 === 1 ? 'chairTerms' : 'body'} { ${inner} }`;
  return `{ organization { bodies { ${inner} } } }`;
}

/** `count` aliases of `field`, e.g. `a0: verifyRecordChain { valid checked }`. */
export function aliases(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** The anonymous probe: 1,500 aliases of decisionRecords(first: 500) with positions (about 200 kB). */
export const RECORDS_WITH_POSITIONS =
  'decisionRecords(first: 500) { edges { node { number text positions { stance statement participant { code name } } } } }';

/** `count` inline fragments each carrying one directive (no aliases, one field). */
export function directives(count: number): string {
  return `{ ${Array.from({ length: count }, () => '... @include(if: true) { me { id } }').join(' ')} }`;
}

/** A document of about `tokens` lexical tokens: `{ me { id id id ... } }`. */
export function tokens(count: number): string {
  return `{ me { ${'id '.repeat(Math.max(0, count - 6))}} }`;
}

export const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

/** The 1.9 MB e-mail of the sign-in probe. */
export const HUGE_EMAIL = `${'x'.repeat(1_900_000)}@kp.example`;

/** An introspection query that loops through types and fields: bounded by the cost, not by depth. */
export const LOOPING_INTROSPECTION =
  '{ __schema { types { fields { type { ofType { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } } } } }';
