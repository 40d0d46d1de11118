// One Apollo plugin observes every GraphQL operation over HTTP: it settles the request id (a sane
// X-Request-Id from the proxy, else our own) and sends it back, writes one log line per operation
// (id, operation name, root field, user, duration, codes; refusals at info and without a stack),
// and counts the operation in the metrics. Kept in GraphQL's terms, so it does not care whether
// Express or Fastify carries the request.
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../graphql/request-context.js';
import type { Metrics } from '../metrics/metrics.js';
import type { AppLog } from './app-log.js';
import { rememberRequest, type RequestFacts } from './request-facts.js';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** The root field the operation asks for, or "multiple"; schema names only (bounded label values). */
export function rootFieldOf(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'none';
  const fields = new Set<string>();
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD) return 'multiple';
    if (s.name.value !== '__typename') fields.add(s.name.value);
  }
  if (fields.size === 1) {
    const [only] = fields;
    return only.startsWith('__') ? 'introspection' : only;
  }
  return fields.size === 0 ? 'none' : 'multiple';
}

export function operationsPlugin(log: AppLog, metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = process.hrtime.bigint();
      const incoming = request.http?.headers.get('x-request-id');
      if (incoming && SAFE_REQUEST_ID.test(incoming)) contextValue.requestId = incoming;
      const facts = (rc: { operation?: OperationDefinitionNode; operationName?: string | null }): RequestFacts => ({
        reqId: contextValue.requestId,
        op: rc.operationName && SAFE_NAME.test(rc.operationName) ? rc.operationName : undefined,
        field: rootFieldOf(rc.operation),
        user: contextValue.user?.id,
      });
      return {
        async didEncounterErrors(rc) {
          // format-error.ts logs internal errors; these facts let it say which request they belong to.
          const known = facts(rc);
          for (const e of rc.errors) rememberRequest(e, known);
        },
        async willSendResponse(rc: GraphQLRequestContextWillSendResponse<RequestContext>) {
          rc.response.http.headers.set('x-request-id', contextValue.requestId);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const errors = rc.response.body.kind === 'single' ? rc.response.body.singleResult.errors : undefined;
          const codes = [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          const { reqId, op, field, user } = facts(rc);
          const type = rc.operation?.operation ?? 'unknown';
          metrics.operation(field, type, codes[0] ?? 'OK', seconds);
          log.info(
            {
              reqId,
              op,
              type,
              field,
              user,
              ms: Math.round(seconds * 10000) / 10,
              status: rc.response.http.status ?? 200,
              codes: codes.length > 0 ? codes : undefined,
            },
            'graphql',
          );
        },
      };
    },
  };
}
