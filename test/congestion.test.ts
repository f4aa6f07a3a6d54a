import pLimit from 'p-limit';
import { describe, expect, it } from 'vitest';
import { Congestion } from '../src/api/congestion.ts';

describe('congestion control of the API gate', () => {
  it('halves on a timeout, adds one per answer up to the maximum, starts from 1 after an outage', async () => {
    const gate = pLimit(16);
    const c = new Congestion(gate, 16);
    c.timedOut();
    expect(c.concurrency).toBe(8);
    for (let i = 0; i < 5; i++) c.timedOut();
    expect(c.concurrency).toBe(1);
    for (let i = 0; i < 3; i++) c.answered();
    expect(c.concurrency).toBe(4);
    for (let i = 0; i < 50; i++) c.answered();
    expect(c.concurrency).toBe(16);
    c.restarted();
    expect(c.concurrency).toBe(1);
    // The gate itself follows: with 1, the second task waits for the first.
    const order: string[] = [];
    let release!: () => void;
    const first = gate(() => new Promise<void>((r) => (release = r)).then(() => order.push('first')));
    const second = gate(async () => order.push('second'));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });
});
