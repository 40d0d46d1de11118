// The Apollo driver's wiring: code-first schema (also written to schema.gql), the request context
// from the bearer token, the anonymous allow-list, error formatting, and graphql-ws subscriptions.
import path from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Config } from '../config/config.js';
import type { TokenService } from '../auth/token.service.js';
import { GraphQLDateTime } from './date-time.scalar.js';
import type { AppLog } from '../logging/app-log.js';
import { operationsPlugin } from '../logging/operations.plugin.js';
import type { Metrics } from '../metrics/metrics.js';
import { createFormatError } from './format-error.js';
import { jsonStatusPlugin } from './json-status.plugin.js';
import { queryLimitsOptions, queryLimitsPlugin, subscriptionLimits } from './limits/query-limits.plugin.js';
import { publicAccessPlugin } from './public-access.plugin.js';
import { requestTimeoutPlugin } from './request-timeout.plugin.js';
import { contextFromAuthorization, type RequestContext } from './request-context.js';

/** Over HTTP the context function gets the Fastify request itself (its headers on it). */
interface HttpContextArg {
  headers?: Record<string, unknown>;
}
interface WsContextArg {
  connectionParams?: Record<string, unknown>;
}

function authorizationFrom(params: Record<string, unknown> | undefined): unknown {
  return params?.authorization ?? params?.Authorization;
}

/** How the code-first schema is built; shared with `npm run schema` (scripts/write-schema.ts). */
export function schemaBuildOptions(): NonNullable<ApolloDriverConfig['buildSchemaOptions']> {
  // A TS `Date` is the contract's DateTime, parsed strictly (see date-time.scalar.ts).
  return { scalarsMap: [{ type: Date, scalar: GraphQLDateTime }] };
}

export function graphqlOptions(
  config: Config,
  tokens: TokenService,
  log: AppLog,
  metrics: Metrics,
): ApolloDriverConfig {
  const formatError = createFormatError(log);
  return {
    path: '/graphql',
    autoSchemaFile: config.writeSchemaFile ? path.join(process.cwd(), 'schema.gql') : true,
    sortSchema: true,
    buildSchemaOptions: schemaBuildOptions(),
    // The offline IDE is served by our own request hook (see graphql/ide), never from a CDN.
    graphiql: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Limits before execution: the token cap while parsing, a validation rule run once per document,
    // and a per-request check of costs that depend on variables (see graphql/limits).
    ...queryLimitsOptions(config.limits),
    // No HTTP cache hints are served (every answer depends on who asks), and Apollo's cache-control
    // plugin costs a hook per resolved field: off.
    plugins: [
      operationsPlugin(log, metrics),
      queryLimitsPlugin(config.limits),
      requestTimeoutPlugin(),
      publicAccessPlugin(),
      jsonStatusPlugin(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError,
    context: (arg: HttpContextArg & WsContextArg): RequestContext => {
      if (arg.connectionParams !== undefined || !arg.headers) {
        return contextFromAuthorization(tokens, authorizationFrom(arg.connectionParams));
      }
      // Each HTTP request has a deadline; a subscription lives as long as its socket.
      return contextFromAuthorization(tokens, arg.headers.authorization, arg, config.requestTimeoutMs);
    },
    subscriptions: {
      'graphql-ws': {
        // Apollo's pipeline does not see subscriptions: the same limits, applied by graphql-ws.
        ...subscriptionLimits(config.limits),
        // Subscriptions need a valid token in connectionParams (docs/rules.md); refuse the socket otherwise.
        onConnect: (ctx: { connectionParams?: Record<string, unknown> }) => {
          const context = contextFromAuthorization(tokens, authorizationFrom(ctx.connectionParams));
          return context.user !== null;
        },
        // Over graphql-ws, Apollo's formatError is not in the path: run errors through it here, so a
        // socket never sees a stack, SQL or internal message either.
        onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
          errors.map((e) => formatError(e.toJSON(), e)),
        onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors?.length
            ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
            : undefined,
      },
    },
  } as ApolloDriverConfig;
}
