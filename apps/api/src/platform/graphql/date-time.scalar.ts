// The contract's `DateTime`: an instant, written in ISO 8601 with its zone ("2022-11-08T09:00:00Z",
// "2022-11-08T11:00:00+02:00"). Replaces Nest's default scalar, which turns any text into an Invalid
// Date (so "yesterday" reached the services and came back as INTERNAL_SERVER_ERROR) and reads a
// time without a zone in the server's own zone. Here both are BAD_USER_INPUT.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** JavaScript rolls 30 February over to 2 March; a calendar does not. */
function isCalendarDay(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

function parse(value: unknown): Date {
  const instant = typeof value === 'string' && ISO_INSTANT.test(value) && isCalendarDay(value) ? new Date(value) : null;
  if (instant === null || Number.isNaN(instant.getTime())) {
    throw new GraphQLError(
      `A DateTime is an instant in ISO 8601 with its zone, e.g. 2022-11-08T09:00:00Z (got ${JSON.stringify(value)}).`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return instant;
}

export const GraphQLDateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with its zone, e.g. 2022-11-08T09:00:00Z. Answers are in UTC.',
  serialize(value) {
    const instant =
      value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
    if (instant === null || Number.isNaN(instant.getTime()))
      throw new GraphQLError('DateTime cannot represent this value.');
    return instant.toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('A DateTime is written as a string, e.g. "2022-11-08T09:00:00Z".', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value);
  },
});
