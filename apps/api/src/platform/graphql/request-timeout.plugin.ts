// The request deadline's two Apollo hooks. A query has a deadline (CONCORD_REQUEST_TIMEOUT_MS, set
// with its context); a mutation has none once it runs, so it always answers what it did rather than
// fail after its commit. And a request past its deadline fails every load still pending, each with
// REQUEST_TIMEOUT: the client hears it once, not once per unfinished field.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { RequestContext } from './request-context.js';

const listener: GraphQLRequestListener<RequestContext> = {
  async didResolveOperation({ operation, contextValue }) {
    if (operation?.operation === 'mutation') {
      contextValue.deadline = Infinity;
      contextValue.loaders.deadline = Infinity;
    }
  },
  async willSendResponse({ response }) {
    if (response.body.kind !== 'single') return;
    const result = response.body.singleResult;
    if (!result.errors || result.errors.length < 2) return;
    let seen = false;
    const kept = result.errors.filter((e) => {
      if (e.extensions?.code !== 'REQUEST_TIMEOUT') return true;
      if (seen) return false;
      seen = true;
      return true;
    });
    if (kept.length < result.errors.length) result.errors = kept;
  },
};

export function requestTimeoutPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
