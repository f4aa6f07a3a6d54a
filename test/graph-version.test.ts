import { describe, expect, it } from 'vitest';
import { GraphVersion } from '../src/api/graph-version.ts';
import type { Graph } from '../src/graph/graph.ts';

/**
 * The graph-version reads the response cache relies on, against a stand-in that answers the version
 * query when told to (the reads go to Neo4j in the integration tests, test/api.int.test.ts).
 */
function standIn() {
  let version = 1;
  const pending: (() => void)[] = [];
  const listeners = new Set<() => void>();
  const graph = {
    sent: 0,
    probe: () => {
      graph.sent++;
      const at = version; // a read sees what was committed when it was sent
      return new Promise((resolve) => pending.push(() => resolve([{ version: at }])));
    },
    onWrite: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    /** a write by this process: bumps the version and tells the listeners */
    write() {
      version++;
      for (const l of listeners) l();
    },
    /** a write by another process: Neo4j's version changes, nobody here is told */
    writeElsewhere() {
      version++;
    },
    answer() {
      for (const p of pending.splice(0)) p();
    },
    listening: () => listeners.size,
  };
  return graph;
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('graph version reads', () => {
  it('requests within API_VERSION_MAX_AGE_MS share one read; later ones send another', async () => {
    const g = standIn();
    const v = new GraphVersion(g as unknown as Graph, 50);
    const a = v.get();
    const b = v.get();
    g.answer();
    expect(await Promise.all([a, b])).toEqual([1, 1]);
    expect(await v.get()).toBe(1);
    expect(g.sent).toBe(1);
    g.writeElsewhere();
    await new Promise((r) => setTimeout(r, 70));
    const c = v.get();
    expect(g.sent).toBe(2);
    g.answer();
    expect(await c).toBe(2); // another process's write, seen once the old read is too old
  });

  it("this process's write is seen by the next request, also while an older read is in flight", async () => {
    const g = standIn();
    const v = new GraphVersion(g as unknown as Graph, 60_000);
    const first = v.get();
    g.answer();
    expect(await first).toBe(1);
    const before = v.get(); // served by the answered read
    expect(await before).toBe(1);
    g.write();
    const after = v.get();
    expect(g.sent).toBe(2);
    g.answer();
    expect(await after).toBe(2);
    // A read sent before a write ended does not answer a request that came after it.
    const inFlight = v.get();
    expect(g.sent).toBe(2); // the answered read after the write is fresh
    expect(await inFlight).toBe(2);
    g.write();
    const x = v.get(); // sends read 3
    g.write();
    const y = v.get(); // read 3 was sent before this write: y waits for read 4
    expect(g.sent).toBe(3);
    g.answer();
    expect(await x).toBe(3);
    await tick();
    expect(g.sent).toBe(4);
    g.answer();
    expect(await y).toBe(4);
  });

  it('with max age 0 every request waits for a read sent after it arrived', async () => {
    const g = standIn();
    const v = new GraphVersion(g as unknown as Graph, 0);
    const a = v.get();
    g.writeElsewhere();
    const b = v.get(); // read 1 is in flight, sent before b came: b waits for read 2
    g.answer();
    expect(await a).toBe(1);
    await tick();
    g.answer();
    expect(await b).toBe(2);
    expect(g.sent).toBe(2);
    const c = v.get(); // read 2 is answered: c sends read 3
    expect(g.sent).toBe(3);
    g.answer();
    expect(await c).toBe(2);
  });

  it('stops listening to the graph once closed', () => {
    const g = standIn();
    const v = new GraphVersion(g as unknown as Graph, 100);
    expect(g.listening()).toBe(1);
    v.close();
    expect(g.listening()).toBe(0);
  });

  it('a failed read answers no later request', async () => {
    let fail = true;
    const g = {
      sent: 0,
      probe: async () => {
        g.sent++;
        if (fail) throw new Error('unreachable');
        return [{ version: 7 }];
      },
      onWrite: () => () => undefined,
    };
    const v = new GraphVersion(g as unknown as Graph, 60_000);
    await expect(v.get()).rejects.toThrow('unreachable');
    fail = false;
    expect(await v.get()).toBe(7);
    expect(g.sent).toBe(2);
  });
});
