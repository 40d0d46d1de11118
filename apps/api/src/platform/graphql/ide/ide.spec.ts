// The offline IDE: the page names only files this server serves (no CDN, no external URL), the
// controller serves exactly those with the right types, and Apollo hands the page to a browser.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Module } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { IDE_ASSET_NAMES, IdeAssetsController } from './ide-assets.controller.js';
import { IDE_SCRIPTS, IDE_STYLESHEETS, ideHtml, ideLandingPagePlugin } from './ide-page.js';
import { preferredMediaType } from './ide-route.js';

@Module({ controllers: [IdeAssetsController] })
class IdeTestModule {}

describe('the IDE page', () => {
  const html = ideHtml();

  it('loads nothing from outside this server', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/(src|href)="\/\//);
    const referenced = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.sort()).toEqual([...IDE_SCRIPTS, ...IDE_STYLESHEETS].map((f) => `/ide/${f}`).sort());
    for (const file of [...IDE_SCRIPTS, ...IDE_STYLESHEETS]) expect(IDE_ASSET_NAMES).toContain(file);
  });

  it('loads React before GraphiQL, which expects it as a global', () => {
    expect(html.indexOf('react.production.min.js')).toBeLessThan(html.indexOf('graphiql.min.js'));
    expect(html.indexOf('react-dom.production.min.js')).toBeLessThan(html.indexOf('graphiql.min.js'));
  });

  it('points GraphiQL at the endpoint with the default query and the headers editor', () => {
    expect(html).toContain('GraphiQL.createFetcher');
    expect(html).toContain('new URL("/graphql"');
    expect(html).toContain('{ organization { name code bodies { code name } } }');
    expect(html).toContain('isHeadersEditorEnabled: true');
  });

  it('cannot be broken out of by an odd endpoint', () => {
    const odd = ideHtml('/graphql</script><script>alert(1)</script>');
    expect(odd).not.toContain('</script><script>alert(1)');
  });
});

describe('the IDE assets controller', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    app = await NestFactory.create(IdeTestModule, new FastifyAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['graphiql.min.js', 'text/javascript'],
    ['graphiql.min.css', 'text/css'],
    ['react.production.min.js', 'text/javascript'],
    ['react-dom.production.min.js', 'text/javascript'],
  ])('serves %s as %s, cacheable', async (file, type) => {
    const response = await fetch(`${base}/ide/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(response.headers.get('cache-control')).toMatch(/public, max-age=\d{6,}/);
    const body = await response.text();
    expect(body.length).toBeGreaterThan(1000);
  });

  it('serves the bundles that define the globals the page uses', async () => {
    expect(await (await fetch(`${base}/ide/graphiql.min.js`)).text()).toContain('window.GraphiQL');
    expect(await (await fetch(`${base}/ide/react.production.min.js`)).text()).toContain('React');
  });

  it.each(['package.json', '..%2Fpackage.json', '..%2F..%2Fpackage.json', 'graphiql.js', '%2Fetc%2Fpasswd'])(
    'refuses anything off the list: %s',
    async (file) => {
      const response = await fetch(`${base}/ide/${file}`);
      expect(response.status).toBe(404);
    },
  );
});

describe('the IDE as Apollo landing page', () => {
  it('answers a browser asking /graphql for HTML with the IDE page', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { ok: Boolean }',
      // As Nest's Apollo driver configures it with `graphiql: false`.
      plugins: [ideLandingPagePlugin(), ApolloServerPluginLandingPageDisabled()],
    });
    await server.start();
    try {
      const headers = new HeaderMap([['accept', 'text/html']]);
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'GET', headers, search: '', body: undefined },
        context: async () => ({}),
      });
      expect(response.headers.get('content-type')).toContain('text/html');
      const body = response.body.kind === 'complete' ? response.body.string : '';
      expect(body).toBe(ideHtml());
    } finally {
      await server.stop();
    }
  });
});

describe('which answer a GET of /graphql prefers', () => {
  it.each([
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html'],
    ['text/html', 'text/html'],
    ['text/html, application/json', 'text/html'],
    ['application/json, text/html', 'application/json'],
    ['application/json;q=0.5, text/html', 'text/html'],
    ['text/*;q=0.9, application/json;q=0.8', 'text/html'],
    ['*/*', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json'],
    ['application/json, text/html;q=0', 'application/json'],
    ['image/png', null],
    ['', 'application/json'],
    [undefined, 'application/json'],
  ])('Accept: %s -> %s', (accept, expected) => {
    expect(preferredMediaType(accept)).toBe(expected);
  });
});
