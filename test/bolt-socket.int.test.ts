import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createConnection, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';
import { Graph } from '../src/graph/graph.ts';

// TCP_NODELAY is set on the driver's Bolt sockets and on no other socket of the process. Node keeps
// the setting under an internal symbol; if that ever moves, this test fails rather than passing blind.
const noDelay = (s: Socket): unknown => {
  const key = Object.getOwnPropertySymbols(s).find((k) => k.description === 'kSetNoDelay');
  if (!key)
    throw new Error('this Node keeps no kSetNoDelay on sockets; the test needs another way to read TCP_NODELAY');
  return (s as unknown as Record<symbol, unknown>)[key];
};

describe('Bolt sockets', () => {
  it('get TCP_NODELAY; other sockets of the process keep the default', async () => {
    const cfg = config();
    const bolt = Number(
      new URL((cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`).replace(/^[a-z+]+:/, 'http:')).port || 7687,
    );
    const opened: Socket[] = [];
    const onSocket = (message: unknown) => opened.push((message as { socket: Socket }).socket);
    let other: Socket | undefined;
    subscribe('net.client.socket', onSocket);
    try {
      const graph = new Graph({
        uri: cfg.neo4j.uri ?? `bolt://127.0.0.1:${bolt}`,
        user: cfg.neo4j.user,
        password: cfg.neo4j.password,
        database: cfg.neo4j.database,
      });
      await graph.driver.verifyConnectivity();
      const plain = createConnection(bolt, '127.0.0.1');
      other = plain;
      await new Promise((resolve, reject) => plain.once('connect', resolve).once('error', reject));
      plain.destroy();
      await graph.close();
    } finally {
      unsubscribe('net.client.socket', onSocket);
    }
    const driver = opened.filter((s) => s !== other);
    expect(driver.length).toBeGreaterThan(0);
    for (const s of driver) expect(noDelay(s)).toBe(true);
    expect(opened).toContain(other);
    expect(noDelay(other!)).toBe(false);
  });
});
