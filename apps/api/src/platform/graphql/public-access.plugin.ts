// Who may read what without a token (docs/rules.md, "Who may read what"), enforced once for every
// operation: an anonymous caller may sign in, ask `me`, read published decision records through a
// fixed allow-list of fields, and verify the chain. Any other field is UNAUTHENTICATED. A token that
// is present but bad is UNAUTHENTICATED everywhere, so a client learns that its token is bad.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { RequestContext } from './request-context.js';

const ALL = '*';
/** Type name -> field names readable without a token. */
const ANONYMOUS_FIELDS: Record<string, readonly string[]> = {
  Query: ['me', 'decisionRecords', 'decisionRecord', 'verifyRecordChain'],
  Mutation: ['login'],
  DecisionRecord: [ALL],
  Corrigendum: [ALL],
  // part of a published record (who could take a position, and why not)
  RecordEntitlement: [ALL],
  Position: [ALL],
  AttendanceRecord: [ALL],
  Statement: [ALL],
  Boycott: [ALL],
  ChainVerification: [ALL],
  DecisionRecordConnection: [ALL],
  DecisionRecordEdge: [ALL],
  PageInfo: [ALL],
  Participant: ['id', 'code', 'name', 'title', 'kind', 'reference'],
  Body: ['id', 'code', 'name', 'title', 'kind', 'reference'],
  Meeting: ['id', 'code', 'name', 'title', 'kind', 'reference'],
  Proposal: ['id', 'code', 'name', 'title', 'kind', 'reference'],
  User: ['displayName'],
};

export function unauthenticated(message: string): GraphQLError {
  // HTTP 200: the request was understood; the answer is a GraphQL error with a stable code.
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
}

/** The first field an anonymous caller may not read in `document`, as "Type.field", or null. */
export function firstForbiddenAnonymousField(schema: GraphQLSchema, document: DocumentNode): string | null {
  const typeInfo = new TypeInfo(schema);
  let found: string | null = null;
  // Everything under `login` belongs to the user who is signing in.
  let insideLogin = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          if (found) return false;
          const parent = typeInfo.getParentType();
          const name = node.name.value;
          if (!parent || name === '__typename' || parent.name.startsWith('__')) return undefined;
          if (insideLogin > 0) return undefined;
          if (parent.name === 'Query' && (name === '__schema' || name === '__type')) return false;
          // `me` answers null without a token, so nothing under it is ever read.
          if (parent.name === 'Query' && name === 'me') return false;
          if (parent.name === 'Mutation' && name === 'login') {
            insideLogin++;
            return undefined;
          }
          const allowed = ANONYMOUS_FIELDS[parent.name];
          if (!allowed || !(allowed.includes(ALL) || allowed.includes(name))) {
            found = `${parent.name}.${name}`;
            return false;
          }
          return undefined;
        },
        leave(node) {
          const parent = typeInfo.getParentType();
          if (parent?.name === 'Mutation' && node.name.value === 'login') insideLogin--;
        },
      },
    }),
  );
  return found;
}

export function publicAccessPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema }) {
          if (contextValue.badToken) {
            throw unauthenticated('Your token is not valid (forged, expired or malformed): sign in again.');
          }
          if (contextValue.user) return;
          const field = firstForbiddenAnonymousField(schema, document);
          if (field) throw unauthenticated(`Sign in to read ${field}.`);
        },
      };
    },
  };
}
