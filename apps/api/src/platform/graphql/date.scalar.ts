// The contract's `Date`: a calendar day ('YYYY-MM-DD') read in the organisation's time zone (chair
// terms, boycott periods). Distinct from `DateTime`, an instant.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '#consensus';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`A Date is a calendar day written YYYY-MM-DD (got ${JSON.stringify(value)}).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const GraphQLDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD, in the organisation time zone.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string') return value.slice(0, 10);
    throw new GraphQLError('Date cannot represent this value.');
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('A Date is written as a string YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});
