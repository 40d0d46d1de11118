// Which request an error belongs to: the operations plugin notes it on the error when Apollo reports
// it, and the error formatter, which Apollo calls later with the error alone, reads it back.
export interface RequestFacts {
  reqId: string;
  op?: string;
  field: string;
  user?: string;
}

const facts = new WeakMap<object, RequestFacts>();

export function rememberRequest(error: object, known: RequestFacts): void {
  facts.set(error, known);
  const original = (error as { originalError?: unknown }).originalError;
  if (original && typeof original === 'object') facts.set(original, known);
}

export function requestOf(error: unknown): RequestFacts | undefined {
  return error && typeof error === 'object' ? facts.get(error) : undefined;
}
