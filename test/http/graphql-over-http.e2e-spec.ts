// The API as a GraphQL-over-HTTP server, judged by the graphql-http project's own audit (the same
// checks third-party clients rely on), plus the status codes we chose for the legacy media type.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auditServer } from 'graphql-http';
import { startTestApp, type TestApp } from '../support/app.js';

describe('GraphQL over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('passes every MUST and SHOULD of the graphql-http audit', async () => {
    const results = await auditServer({ url: `${t.url}/graphql` });
    const failed = results
      .filter((r) => r.status === 'error' || r.status === 'warn')
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(50);
  });

  it('answers a document that fails validation with 200 for application/json and 400 for graphql-response+json', async () => {
    const post = (accept: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: '{ noSuchField }' }),
      });
    const legacy = await post('application/json');
    expect(legacy.status).toBe(200);
    expect(((await legacy.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect((await post('application/graphql-response+json')).status).toBe(400);
  });

  it('serves the IDE to a browser and JSON to a client on GET /graphql', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)/);
  });

  it('sends no ETag with GraphQL answers (every answer depends on who asks)', async () => {
    const post = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('etag')).toBeNull();
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('etag')).toBeNull();
    expect(get.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses requests a browser could send across sites without a preflight (CSRF prevention)', async () => {
    const simpleGet = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(400);
    const textPlain = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(textPlain.status).toBeGreaterThanOrEqual(400);
    expect(textPlain.status).toBeLessThan(500);
  });

  it('takes a body up to 2 MB and refuses a larger one with 413', async () => {
    const sized = (bytes: number) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } }),
      });
    const large = await sized(1_500_000);
    expect(large.status).toBe(200);
    expect(await large.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await sized(2_200_000)).status).toBe(413);
  });

  it('gives the IDE only to a client that prefers HTML', async () => {
    const browser = await fetch(`${t.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(browser.headers.get('content-type')).toMatch(/text\/html/);
    const anything = await fetch(`${t.url}/graphql`, { headers: { accept: '*/*' } });
    expect(anything.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    const withQuery = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
    });
    expect(withQuery.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});
