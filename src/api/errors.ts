import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { GraphError, type GraphErrorCode } from '../graph/graph.ts';

/**
 * From internal errors to the API's public codes and HTTP statuses. A condition of the server
 * (Neo4j unreachable, a query stopped by the timeout) is never blamed on the request:
 *
 * | cause                         | code                  | HTTP                 |
 * |-------------------------------|-----------------------|----------------------|
 * | Neo4j unreachable             | SERVICE_UNAVAILABLE   | 503 + Retry-After    |
 * | query stopped by its timeout  | QUERY_TIMEOUT         | 503 + Retry-After    |
 * | Neo4j refuses our credentials | SERVICE_UNAVAILABLE   | 503                  |
 * | a limit or a bad argument     | BAD_USER_INPUT        | 400                  |
 * | a mutation without the token  | UNAUTHENTICATED       | 401                  |
 * | anything else                 | INTERNAL_SERVER_ERROR | 500, no stack trace  |
 */
const PUBLIC: Record<GraphErrorCode, { code: string; status: number; retryAfter?: number }> = {
  SERVICE_UNAVAILABLE: { code: 'SERVICE_UNAVAILABLE', status: 503, retryAfter: 2 },
  TIMEOUT: { code: 'QUERY_TIMEOUT', status: 503, retryAfter: 2 },
  UNAUTHENTICATED: { code: 'SERVICE_UNAVAILABLE', status: 503 },
  BAD_QUERY: { code: 'INTERNAL_SERVER_ERROR', status: 500 },
  INTERNAL: { code: 'INTERNAL_SERVER_ERROR', status: 500 },
};

/** Sets the HTTP status (and Retry-After) an error calls for, before Apollo builds the response. */
export const errorStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const e of errors as GraphQLError[]) {
          const ext = e.extensions as Record<string, unknown>;
          if (ext.http) continue;
          const original = unwrapResolverError(e);
          if (original instanceof GraphError) {
            const p = PUBLIC[original.code];
            ext.http = {
              status: p.status,
              headers: new HeaderMap(p.retryAfter ? [['retry-after', String(p.retryAfter)]] : []),
            };
          } else if (ext.code === 'BAD_USER_INPUT') ext.http = { status: 400 };
          else if (ext.code === 'UNAUTHENTICATED')
            ext.http = { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) };
        }
      },
    };
  },
};

/** Apollo's formatError: public codes and messages only (stack traces in development only). */
export function publicError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphError) {
    const { code } = PUBLIC[original.code];
    const message =
      original.code === 'UNAUTHENTICATED'
        ? 'The API cannot log in to Neo4j; the operator must check NEO4J_USER and NEO4J_PASSWORD.'
        : original.code === 'TIMEOUT'
          ? `${original.message.split(' Narrow the filters')[0]} The server may be busy or just started: retry in a few seconds; if it keeps happening, narrow the filters or ask for fewer items.`
          : code === 'INTERNAL_SERVER_ERROR'
            ? 'Internal server error.'
            : original.message;
    return { message, extensions: { code } };
  }
  const code = formatted.extensions?.code as string | undefined;
  const limit = formatted.extensions?.limit;
  if (!code || code === 'INTERNAL_SERVER_ERROR') {
    return development
      ? formatted
      : { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  if (
    code.startsWith('GRAPHQL_') ||
    code === 'PERSISTED_QUERY_NOT_FOUND' ||
    code === 'BAD_REQUEST' ||
    code === 'OPERATION_RESOLUTION_FAILURE'
  ) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT', reason: code, ...(limit ? { limit } : {}) } };
  }
  return {
    message: formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code, ...(limit ? { limit } : {}) },
  };
}
