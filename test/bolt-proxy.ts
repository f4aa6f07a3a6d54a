import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { config } from '../src/config.ts';

/**
 * A TCP proxy in front of the test Neo4j's Bolt port that can be cut and reopened on the same port:
 * to a client it looks like the server going away and coming back, against the project's own Neo4j
 * and against NEO4J_URI alike.
 */
export class BoltProxy {
  /** The proxy's port on 127.0.0.1 (0 until first opened; kept across reopenings). */
  port = 0;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly target: URL;

  constructor() {
    const cfg = config();
    this.target = new URL((cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`).replace(/^[a-z+]+:/, 'http:'));
  }

  get listening(): boolean {
    return this.server?.listening ?? false;
  }

  open(): Promise<void> {
    return new Promise((resolve) => {
      const server = createServer((client) => {
        const upstream = createConnection(Number(this.target.port || 7687), this.target.hostname);
        for (const s of [client, upstream]) {
          this.sockets.add(s);
          s.on('close', () => this.sockets.delete(s));
          s.on('error', () => {});
        }
        client.pipe(upstream).pipe(client);
      });
      this.server = server;
      server.listen(this.port, '127.0.0.1', () => {
        this.port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  }

  /** Closes the port and every connection: with `reset`, abruptly (RST, as a killed server), else with FIN. */
  cut({ reset = false } = {}): Promise<void> {
    for (const s of this.sockets) {
      if (reset) s.resetAndDestroy();
      else s.destroy();
    }
    return new Promise((resolve) => this.server!.close(() => resolve()));
  }
}
