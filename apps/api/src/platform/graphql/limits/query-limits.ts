// Limits before execution: an operation deeper, with more aliases or directives, or costing more
// than allowed is refused as GRAPHQL_VALIDATION_FAILED (HTTP 400) before any resolver runs; a
// document with more tokens than allowed is refused by the parser (GRAPHQL_PARSE_FAILED). The
// checks are one validation rule, so Apollo runs them once per document (its document store keeps
// validated documents), plus one look-up per request for a cost that depends on variables.
import {
  getIntrospectionQuery,
  GraphQLError,
  parse,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { analyseDocument, type OperationMeasure } from './operation-analysis.js';

export interface QueryLimits {
  /** Deepest field: `{ a { b } }` has depth 2. */
  depth: number;
  aliases: number;
  /** Lexical tokens in the document (the parser stops counting past it). */
  tokens: number;
  directives: number;
  /** The cost estimate's ceiling (see operation-analysis.ts). */
  cost: number;
}

/** What a refusal names: a configurable limit, or the introspection ceiling that follows the schema. */
export type LimitName = keyof QueryLimits | 'introspection';

/** Defaults; each is overridable by environment (see config.ts: CONCORD_MAX_DEPTH, ...). */
export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = {
  depth: 12,
  aliases: 30,
  tokens: 5000,
  directives: 50,
  cost: 1_000_000,
};

/** The environment variable that overrides each limit. */
export const QUERY_LIMIT_VARIABLES: Readonly<Record<keyof QueryLimits, string>> = {
  depth: 'CONCORD_MAX_DEPTH',
  aliases: 'CONCORD_MAX_ALIASES',
  tokens: 'CONCORD_MAX_TOKENS',
  directives: 'CONCORD_MAX_DIRECTIVES',
  cost: 'CONCORD_MAX_COST',
};

/** The largest `first` any list accepts: what a variable `first` counts as where variables are unknown. */
export const LARGEST_PAGE = 500;

interface DocumentMeasures {
  schema: GraphQLSchema;
  operations: Map<OperationDefinitionNode, OperationMeasure>;
}

// Apollo's document store hands back the same DocumentNode for the same query text, so a document
// is measured once for as long as it stays in that store.
const measured = new WeakMap<DocumentNode, DocumentMeasures>();

export function measuresOf(
  schema: GraphQLSchema,
  document: DocumentNode,
): Map<OperationDefinitionNode, OperationMeasure> {
  const known = measured.get(document);
  if (known && known.schema === schema) return known.operations;
  const operations = analyseDocument(schema, document);
  measured.set(document, { schema, operations });
  return operations;
}

const WHAT: Record<Exclude<LimitName, 'cost' | 'introspection'>, string> = {
  depth: 'levels deep',
  aliases: 'aliases',
  tokens: 'tokens',
  directives: 'directives',
};

const ceilings = new WeakMap<GraphQLSchema, number>();

/**
 * Introspection's ceiling: the cost of the standard introspection query, every option on, against
 * this schema. Any client's introspection (GraphiQL's, a code generator's) asks for no more than
 * that; a query that loops through `type { fields { type ... } }` asks for far more.
 */
export function introspectionCeiling(schema: GraphQLSchema): number {
  let ceiling = ceilings.get(schema);
  if (ceiling === undefined) {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    ceiling = Math.max(...[...analyseDocument(schema, parse(query)).values()].map((m) => m.introspection));
    ceilings.set(schema, ceiling);
  }
  return ceiling;
}

/** The refusal for one limit: a validation failure that says which limit, what is allowed and what was found. */
export function limitExceeded(
  limit: LimitName,
  allowed: number,
  found: number | null,
  node?: OperationDefinitionNode,
): GraphQLError {
  const name = node?.name ? `Operation "${node.name.value}"` : 'The operation';
  const message =
    found === null
      ? `The document has more than ${allowed} tokens, the most this server reads.`
      : limit === 'cost'
        ? `${name} is estimated to cost ${found}; at most ${allowed} is allowed (every field costs 1 times the sizes of the lists around it).`
        : limit === 'introspection'
          ? `${name} asks for introspection estimated at ${found}; at most ${allowed} (the standard introspection query) is allowed.`
          : `${name} has ${found} ${WHAT[limit]}; at most ${allowed} are allowed.`;
  return new GraphQLError(message, {
    nodes: node,
    extensions: {
      code: limit === 'tokens' ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED',
      limit,
      allowed,
      ...(found === null ? {} : { found }),
      http: { status: 400 },
    },
  });
}

/** Depth, aliases and directives, introspection, and the cost when no variable changes it. */
export function staticViolation(
  measure: OperationMeasure,
  limits: QueryLimits,
  node: OperationDefinitionNode,
  schema: GraphQLSchema,
): GraphQLError | null {
  if (measure.depth > limits.depth) return limitExceeded('depth', limits.depth, measure.depth, node);
  if (measure.aliases > limits.aliases) return limitExceeded('aliases', limits.aliases, measure.aliases, node);
  if (measure.directives > limits.directives)
    return limitExceeded('directives', limits.directives, measure.directives, node);
  if (measure.introspection > 0) {
    const ceiling = introspectionCeiling(schema);
    if (measure.introspection > ceiling) return limitExceeded('introspection', ceiling, measure.introspection, node);
  }
  if (measure.cost.isConstant) {
    const cost = measure.cost.evaluate();
    if (cost > limits.cost) return limitExceeded('cost', limits.cost, cost, node);
  }
  return null;
}

/**
 * The validation rule: every operation of the document is measured (once) and held to the limits.
 * `variablesUnknown` (subscriptions over graphql-ws, validated before their variables are read)
 * counts a variable `first` as the largest page any list gives.
 */
export function queryLimitsRule(limits: QueryLimits, variablesUnknown = false): ValidationRule {
  return (context) => ({
    Document(document) {
      const schema = context.getSchema();
      for (const [node, measure] of measuresOf(schema, document)) {
        const refused =
          staticViolation(measure, limits, node, schema) ??
          (variablesUnknown && !measure.cost.isConstant ? costViolation(measure, limits, node, null) : null);
        if (refused) context.reportError(refused);
      }
      // Nothing below the document is looked at by this rule.
      return false;
    },
  });
}

/** The cost of one request, with its variables (null: each variable `first` at the largest page). */
export function costViolation(
  measure: OperationMeasure,
  limits: QueryLimits,
  node: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null,
): GraphQLError | null {
  const cost =
    variables === null ? measure.cost.evaluateAt(LARGEST_PAGE) : measure.cost.evaluate(variables, measure.defaults);
  return cost > limits.cost ? limitExceeded('cost', limits.cost, cost, node) : null;
}
