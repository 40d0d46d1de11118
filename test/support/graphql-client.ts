// A tiny typed GraphQL-over-HTTP client for the tests: POST application/json, return data and errors.
export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data: T | null;
  errors?: GraphQLErrorShape[];
}

export class GraphQLClient {
  constructor(
    readonly endpoint: string,
    readonly token?: string,
  ) {}

  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  }

  /** Runs an operation that must succeed; throws with the errors otherwise. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL operation failed: ${JSON.stringify(res.errors)}\n${query}`);
    }
    return res.data;
  }

  /** Runs an operation that must fail; returns the first error (its code is in extensions.code). */
  async fails(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLErrorShape> {
    const res = await this.request(query, variables);
    if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}\n${query}`);
    return res.errors[0];
  }

  async login(email: string, password: string): Promise<string> {
    const data = await this.ok<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    return data.login.token;
  }
}
