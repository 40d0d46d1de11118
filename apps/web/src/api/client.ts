// The one way the web app speaks to Concord over HTTP: a POST of a typed operation to /graphql
// with the bearer token, as any client of the public API would. A token the API calls bad is
// dropped at once and the session told, which shows the sign-in page.
import type { TypedDocumentString } from '../gql/graphql.js';
import { m } from '../messages.js';
import { ApiError } from './errors.js';
import { getToken, setToken } from './token.js';

let onBadToken: () => void = () => undefined;

/** Set by the session: what to do when the API refuses the token we hold. */
export function setBadTokenHandler(handler: () => void): void {
  onBadToken = handler;
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function request<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const token = getToken();
  let body: GraphQLResponse<R>;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
    body = (await response.json()) as GraphQLResponse<R>;
  } catch {
    throw new ApiError('NETWORK', m.errors.network);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (code === 'UNAUTHENTICATED' && token !== null) {
      setToken(null);
      onBadToken();
    }
    throw new ApiError(code, first.message, first.extensions ?? {});
  }
  if (body.data === undefined || body.data === null) throw new ApiError('NETWORK', m.errors.network);
  return body.data;
}
