import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Breaker } from '../src/graph/breaker.ts';

// A real TCP listener on loopback stands for the server: while it listens, connections are accepted
// (as a Neo4j killed a moment ago still accepts them from its listen queue); closed, they are refused.
let server: Server | null = null;
let breaker: Breaker | null = null;
afterEach(async () => {
  breaker?.shutdown();
  if (server?.listening) await new Promise((r) => server!.close(r));
});

function listen(): Promise<number> {
  server = createServer((socket) => socket.on('error', () => {}));
  return new Promise((resolve) =>
    server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)),
  );
}

describe('the breaker', () => {
  it('stops a call that passed its first check once the server refuses connections', async () => {
    const port = await listen();
    breaker = new Breaker({
      address: { host: '127.0.0.1', port },
      probe: () => Promise.reject(new Error('down')),
      failure: () => new Error('breaker open'),
      slowMs: 50,
      probeEveryMs: 50,
    });
    // A call the driver never answers (stuck in its retry loop).
    const call = breaker.run(
      () => new Promise<never>(() => {}),
      () => false,
    );
    const outcome = call.then(
      () => 'answered',
      (e: Error) => e.message,
    );
    // Checked at least twice while the server still accepted connections: the breaker stays closed.
    await new Promise((r) => setTimeout(r, 180));
    expect(breaker.isOpen).toBe(false);
    const closedAt = performance.now();
    await new Promise((r) => server!.close(r));
    const stopped = await Promise.race([outcome, new Promise((r) => setTimeout(() => r('still waiting'), 3000))]);
    expect(stopped).toBe('breaker open');
    expect(breaker.isOpen).toBe(true);
    // The next check after the refusal opened it: one check interval, with room for a busy machine.
    expect(performance.now() - closedAt).toBeLessThan(2000);
    // Later calls fail at once.
    await expect(
      breaker.run(
        () => Promise.resolve(1),
        () => false,
      ),
    ).rejects.toThrow('breaker open');
  });

  it('leaves a slow call alone while the server accepts connections', async () => {
    const port = await listen();
    breaker = new Breaker({
      address: { host: '127.0.0.1', port },
      probe: () => Promise.resolve(),
      failure: () => new Error('breaker open'),
      slowMs: 50,
    });
    const slow = breaker.run(
      () => new Promise((r) => setTimeout(() => r('done'), 400)),
      () => false,
    );
    await expect(slow).resolves.toBe('done');
    expect(breaker.isOpen).toBe(false);
  });
});

describe('the breaker at shutdown', () => {
  it('does not keep a process alive for a call that never settles', () => {
    // A child process runs a call the driver never answers (its connection closed under it): with
    // nothing else to do, the process must end by itself instead of checking that call forever.
    const code = `
      import { Breaker } from ${JSON.stringify(new URL('../src/graph/breaker.ts', import.meta.url).pathname)};
      const b = new Breaker({ address: { host: '127.0.0.1', port: 9 }, probe: async () => {}, failure: () => new Error('open'), slowMs: 50 });
      void b.run(() => new Promise(() => {}), () => false, false);
      setTimeout(() => console.log('alive'), 10).unref();
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.error, 'the process did not end within 20 s').toBeUndefined();
    expect(r.status).toBe(0);
  }, 30_000);
});
