// Every error a client sees goes through here, once: domain errors keep their code and message; the
// GraphQL layer's own errors keep theirs minus "Did you mean" hints; anything else is logged with a
// correlation id and answered as a generic INTERNAL_SERVER_ERROR. No stack, SQL or internal text leaks.
import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, PG_QUERY_CANCELED, RequestTimeout, pgCode, type ErrorCode } from '../errors.js';
import { isTokenLimitMessage } from './limits/query-limits.plugin.js';
import type { AppLog } from '../logging/app-log.js';
import { requestOf } from '../logging/request-facts.js';

/** Codes the GraphQL layer itself produces for malformed requests. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
]);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean[^?]*\?/g, '');
}

/**
 * The field a variable-coercion error is about, named the way the ValidationPipe names fields
 * (relative to the input: "startsOn", "meeting.startsAt"), so every BAD_USER_INPUT has its field.
 * GraphQL reports `Variable "$input" got invalid value "x" at "input.startsOn"; ...`, for a
 * missing field `...; Field "participantId" of required type "ID!" was not provided.`, and for a
 * missing variable `Variable "$password" of required type "String!" was not provided.`
 */
export function coercionField(message: string): string | undefined {
  const variable = /^Variable "\$([^"]+)" (got invalid value|of required type|of non-null type)/.exec(message);
  if (!variable) return undefined;
  const at = / at "([^"]+)";/.exec(message);
  const path = at ? at[1].split('.').slice(1) : [];
  const missing = /; Field "([^"]+)" of required type "[^"]+" was not provided\./.exec(message);
  if (missing) path.push(missing[1]);
  // A top-level argument has no path: its variable's name is the best name the message offers.
  return path.length > 0 ? path.join('.') : variable[1];
}

/**
 * A refusal by the limits before execution keeps which limit, what is allowed and what was found
 * (see graphql/limits); the parser's own token-limit error is given the same shape.
 */
function limitExtensions(
  formatted: GraphQLFormattedError,
): { message: string; extensions: Record<string, unknown> } | null {
  const ext = formatted.extensions ?? {};
  if (typeof ext.limit === 'string') {
    const { code, limit, allowed, found } = ext;
    return {
      message: formatted.message,
      extensions: { code, limit, allowed, ...(found === undefined ? {} : { found }) },
    };
  }
  const tokens = ext.code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitMessage(formatted.message);
  if (!tokens) return null;
  const allowed = Number(/(\d+) tokens/.exec(formatted.message)?.[1]);
  return {
    message: `The document has more than ${allowed} tokens, the most this server reads.`,
    extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: 'tokens', allowed },
  };
}

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** The formatter, logging internal errors (only those: a refusal is the client's business) to `log`. */
export function createFormatError(log: AppLog): ErrorFormatter {
  return (formatted, error) => formatError(formatted, error, log);
}

function formatError(formatted: GraphQLFormattedError, error: unknown, log: AppLog): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  // A statement PostgreSQL cancelled at the statement timeout: the request asked for too much.
  const domain = pgCode(original) === PG_QUERY_CANCELED ? new RequestTimeout() : original;
  if (domain instanceof DomainError) {
    return { ...base, message: domain.message, extensions: { ...domain.extensions, code: domain.code } };
  }
  if (original instanceof HttpException && HTTP_STATUS_CODES[original.getStatus()]) {
    return { ...base, message: original.message, extensions: { code: HTTP_STATUS_CODES[original.getStatus()] } };
  }
  const code = formatted.extensions?.code;
  // Errors raised by the GraphQL layer itself (parse, validation, variable coercion, our access plugin).
  if (typeof code === 'string' && PROTOCOL_CODES.has(code) && original instanceof GraphQLError) {
    const limit = limitExtensions(formatted);
    if (limit) return { ...base, message: limit.message, extensions: limit.extensions };
    const field = code === 'BAD_USER_INPUT' ? coercionField(formatted.message) : undefined;
    return { ...base, message: withoutSuggestions(formatted.message), extensions: field ? { code, field } : { code } };
  }
  const correlationId = randomUUID();
  log.error(
    {
      correlationId,
      ...(requestOf(error) ?? requestOf(original)),
      code: typeof code === 'string' ? code : undefined,
      err: original instanceof Error ? (original.stack ?? original.message) : String(original),
    },
    'internal error',
  );
  return {
    ...base,
    message: `Internal server error. Quote correlation id ${correlationId} to the operator.`,
    extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
  };
}
