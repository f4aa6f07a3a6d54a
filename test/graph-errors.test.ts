import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { mapError } from '../src/graph/graph.ts';

// What the API tells a client is decided by the code mapError gives a driver error: a condition of the
// server must read SERVICE_UNAVAILABLE (503 + Retry-After), never an internal error.
describe('driver errors', () => {
  const uri = 'bolt://127.0.0.1:7687';
  it.each([
    ['ServiceUnavailable', 'Could not perform discovery', 'SERVICE_UNAVAILABLE'],
    ['ProtocolError', 'Connection was closed by server', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'The client is unauthorized', 'UNAUTHENTICATED'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'timed out', 'TIMEOUT'],
    ['Neo.ClientError.Statement.SyntaxError', 'Invalid input', 'BAD_QUERY'],
  ])('%s (%s) → %s', (code, message, expected) => {
    expect(mapError(new Neo4jError(message, code, 'N/A', 'N/A'), uri).code).toBe(expected);
  });
  it('keeps a protocol error that is not a closed connection as a fault', () => {
    expect(mapError(new Neo4jError('Unknown Bolt protocol version', 'ProtocolError', 'N/A', 'N/A'), uri).code).not.toBe(
      'SERVICE_UNAVAILABLE',
    );
  });
});
