import { describe, expect, it } from 'vitest';
import { watchStalls } from '../src/api/stall-watch.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const spin = (ms: number) => {
  for (const end = performance.now() + ms; performance.now() < end;);
};

describe('watchStalls', () => {
  it.each([
    [0, 0],
    [900, 1],
  ])('held for %i ms: %i event-loop-stalled lines', async (held, expected) => {
    const lines: { event: string; ms: number; gcMs: number }[] = [];
    const stop = watchStalls((l) => lines.push(l as (typeof lines)[number]), 500);
    await wait(250);
    spin(held);
    await wait(350);
    stop();
    const stalls = lines.filter((l) => l.event === 'event-loop-stalled');
    expect(stalls).toHaveLength(expected);
    for (const s of stalls) {
      expect(s.ms).toBeGreaterThanOrEqual(held - 150);
      expect(s.ms).toBeLessThanOrEqual(held + 400);
      expect(s.gcMs).toBeGreaterThanOrEqual(0);
    }
  });
});
