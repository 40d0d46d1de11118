// GraphQL over HTTP: a client that accepts only `application/json` (the legacy media type) reads
// every GraphQL answer, errors included, from a 200 response; Apollo answers parse, validation and
// variable-coercion failures with 400. For those clients we answer 200, as the spec advises;
// `application/graphql-response+json` clients keep the 4xx codes meant for them. A refusal by the
// limits before execution (extensions.limit) stays 400 for every client: the request is refused,
// not answered.
import type { ApolloServerPlugin } from '@apollo/server';

const DOCUMENT_FAILURES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

export function jsonStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      if (accept.includes('application/graphql-response+json')) return;
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          // Only well-formed requests whose document or variables failed; a malformed request stays 400.
          if (
            response.http.status === 400 &&
            errors?.every((e) => DOCUMENT_FAILURES.has(String(e.extensions?.code)) && e.extensions?.limit === undefined)
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
