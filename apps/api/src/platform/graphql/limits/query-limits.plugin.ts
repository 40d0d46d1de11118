// Wires the limits into Apollo: the parser's token cap, the validation rule (run once per document),
// and, per request, the cost of an operation whose list sizes come from its variables. Independent
// of the HTTP platform (Express today): everything here is Apollo's own plugin and option API.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
} from 'graphql';
import { costViolation, limitExceeded, measuresOf, queryLimitsRule, type QueryLimits } from './query-limits.js';

const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/** True for the parser's own "too many tokens" error (its text is graphql-js's, typo and all). */
export function isTokenLimitMessage(message: string): boolean {
  return TOO_MANY_TOKENS.test(message);
}

function requestListener(limits: QueryLimits): GraphQLRequestListener<object> {
  return {
    async didResolveOperation({ document, operation, request, schema }) {
      if (!operation) return;
      const measure = measuresOf(schema, document).get(operation);
      // A constant cost was judged by the validation rule, once for the document.
      if (!measure || measure.cost.isConstant) return;
      const refused = costViolation(measure, limits, operation, request.variables ?? {});
      if (refused) throw refused;
    },
  };
}

export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<object> {
  // One listener for every request: it keeps no per-request state.
  const listener = requestListener(limits);
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

/** Apollo options: the parser's token cap and the validation rule. */
export function queryLimitsOptions(limits: QueryLimits): {
  parseOptions: ParseOptions;
  validationRules: ReturnType<typeof queryLimitsRule>[];
} {
  return { parseOptions: { maxTokens: limits.tokens }, validationRules: [queryLimitsRule(limits)] };
}

/**
 * The same limits for graphql-ws subscriptions, which Apollo's pipeline does not see: a parse with
 * the token cap and a validation with the rule (variables are not known there, so a variable
 * `first` counts as the largest page).
 */
export function subscriptionLimits(limits: QueryLimits): {
  parse: (source: string) => DocumentNode;
  validate: (schema: GraphQLSchema, document: DocumentNode) => ReturnType<typeof validate>;
} {
  const rules = [...specifiedRules, queryLimitsRule(limits, true)];
  return {
    parse: (source: string) => {
      try {
        return parse(source, { maxTokens: limits.tokens });
      } catch (e) {
        if (e instanceof Error && isTokenLimitMessage(e.message)) throw limitExceeded('tokens', limits.tokens, null);
        throw e;
      }
    },
    // Apollo gives its validation errors their code; graphql-ws does not, so they are given it here
    // (without one the error formatter would take them for internal errors).
    validate: (schema: GraphQLSchema, document: DocumentNode) =>
      validate(schema, document, rules).map((e) =>
        e.extensions.code
          ? e
          : new GraphQLError(e.message, {
              nodes: e.nodes,
              originalError: e,
              extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
      ),
  };
}
