// The offline GraphQL IDE: a GraphiQL page whose scripts and styles come from this server (see
// ide-assets.controller.ts), never from a CDN, so it works in a meeting room without internet.
// Apollo serves it as its landing page: a browser GET of /graphql asking for text/html.
import type { ApolloServerPlugin } from '@apollo/server';

/** Where IdeAssetsController serves the files below. */
export const IDE_ASSET_PREFIX = '/ide';

/** In load order: GraphiQL's UMD bundle expects `React` and `ReactDOM` as globals. */
export const IDE_SCRIPTS = ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js'] as const;
export const IDE_STYLESHEETS = ['graphiql.min.css'] as const;

const DEFAULT_QUERY = `# Concord GraphQL IDE. Most queries need a token: sign in with
#   mutation { login(email: "...", password: "...") { token } }
# then paste into Headers below:
#   {"Authorization": "Bearer <token>"}
# (Headers are not saved in this browser.)

{ organization { name code bodies { code name } } }
`;

/** JSON for an inline <script>: `<` escaped so no value can close the script element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function ideHtml(endpoint = '/graphql'): string {
  const asset = (file: string): string => escapeAttribute(`${IDE_ASSET_PREFIX}/${file}`);
  const stylesheets = IDE_STYLESHEETS.map((f) => `    <link rel="stylesheet" href="${asset(f)}" />`).join('\n');
  const scripts = IDE_SCRIPTS.map((f) => `    <script src="${asset(f)}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Concord GraphQL IDE</title>
${stylesheets}
    <style>
      html, body { height: 100%; margin: 0; overflow: hidden; }
      #graphiql { height: 100vh; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading the GraphQL IDE…</div>
${scripts}
    <script>
      (function () {
        var url = new URL(${scriptJson(endpoint)}, window.location.href);
        // Subscriptions (graphql-ws) share the endpoint; the headers typed in the editor become
        // the socket's connectionParams, so a pasted token reaches subscriptions too.
        var subscriptionUrl = new URL(url.href);
        subscriptionUrl.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        var fetcher = GraphiQL.createFetcher({ url: url.href, subscriptionUrl: subscriptionUrl.href });
        ReactDOM.createRoot(document.getElementById('graphiql')).render(
          React.createElement(GraphiQL, {
            fetcher: fetcher,
            defaultQuery: ${scriptJson(DEFAULT_QUERY)},
            isHeadersEditorEnabled: true,
            defaultEditorToolsVisibility: 'headers',
            // A bearer token left in localStorage would outlive the session on a shared machine.
            shouldPersistHeaders: false,
          }),
        );
      })();
    </script>
  </body>
</html>
`;
}

/**
 * Apollo Server plugin answering a browser's GET of the endpoint with the IDE page. Use it with the
 * driver's own GraphiQL turned off (`graphiql: false`): Apollo allows one landing page only.
 */
export function ideLandingPagePlugin(endpoint = '/graphql'): ApolloServerPlugin {
  const html = ideHtml(endpoint);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
