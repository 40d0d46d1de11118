// The smallest GraphQL-over-HTTP client the 2022 story needs. The acceptance test passes its own
// harness client (test/support/graphql-client.ts), which has the same shape; the demo uses this one
// against a running server. Kept apart from test/ because the demo is built without the tests.

export interface StoryGraphQLError {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** What a step of the story needs from a signed-in (or anonymous) caller. */
export interface StoryClient {
  /** Runs an operation that must succeed; throws with the errors otherwise. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs an operation that must fail; answers its first error. */
  fails(query: string, variables?: Record<string, unknown>): Promise<StoryGraphQLError>;
}

/** A StoryClient over `fetch`, optionally carrying a bearer token. */
export class HttpStoryClient implements StoryClient {
  constructor(
    readonly endpoint: string,
    readonly token?: string,
  ) {}

  private async send(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data: unknown; errors?: StoryGraphQLError[] }> {
    let res: Response;
    try {
      res = await fetch(this.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (e) {
      throw new Error(`cannot reach ${this.endpoint}: ${(e as Error).message}`);
    }
    const text = await res.text();
    try {
      return JSON.parse(text) as { data: unknown; errors?: StoryGraphQLError[] };
    } catch {
      throw new Error(
        `${this.endpoint} answered HTTP ${res.status} with something that is not JSON: ${text.slice(0, 200)}`,
      );
    }
  }

  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await this.send(query, variables);
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL operation failed: ${JSON.stringify(body.errors)}`);
    }
    return body.data as T;
  }

  async fails(query: string, variables: Record<string, unknown> = {}): Promise<StoryGraphQLError> {
    const body = await this.send(query, variables);
    if (!body.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(body.data)}`);
    return body.errors[0];
  }

  /** Signs in and answers a client carrying the token. */
  async signIn(email: string, password: string): Promise<HttpStoryClient> {
    const data = await this.ok<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    return new HttpStoryClient(this.endpoint, data.login.token);
  }
}
