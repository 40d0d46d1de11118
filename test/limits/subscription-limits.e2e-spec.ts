// Subscriptions over graphql-ws are held to the same limits as HTTP (Apollo's pipeline does not see
// them): too deep or too many aliases is refused with the same extensions.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/app.js';

describe('limits on subscriptions', () => {
  let t: TestApp;
  let client: Client;
  beforeAll(async () => {
    t = await startTestApp({ env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
    const token = (await t.as('us@kp.example')).token!;
    client = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
  });
  afterAll(async () => {
    await client.dispose();
    await t.close();
  });

  /** The errors a refused subscription is answered with (the existing subscription tests cover accepted ones). */
  function refusal(query: string, variables: Record<string, unknown> = {}): Promise<unknown[]> {
    return new Promise((resolve) => {
      client.subscribe(
        { query, variables },
        {
          next: (value) => resolve((value.errors as unknown[] | undefined) ?? [value]),
          error: (e) => resolve(Array.isArray(e) ? e : [e]),
          complete: () => resolve([]),
        },
      );
    });
  }

  const PROPOSAL = '00000000-0000-4000-8000-000000000000';

  it('refuses a subscription 14 deep, with the limit named', async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `body { chair { ${selection} } }`;
    const errors = await refusal(`subscription ($id: ID!) { proposalUpdated(proposalId: $id) { ${selection} } }`, {
      id: PROPOSAL,
    });
    expect(errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', allowed: 12, found: 14 },
      }),
    ]);
  });

  it('answers a subscription that fails standard validation with its code, not as an internal error', async () => {
    const errors = await refusal('subscription ($id: ID!) { proposalUpdated(proposalId: $id) { noSuchField } }', {
      id: PROPOSAL,
    });
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Cannot query field "noSuchField" on type "Proposal".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  it('refuses 31 aliases on a subscription', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(' ');
    const errors = await refusal(`subscription ($id: ID!) { proposalUpdated(proposalId: $id) { ${fields} } }`, {
      id: PROPOSAL,
    });
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ limit: 'aliases' }) })]);
  });
});
