import { describe, expect, it } from 'vitest';
import { SingleFlight } from '../src/api/single-flight.ts';

/** A piece of work the test ends by hand, recording when it started. */
function held(log: string[], name: string) {
  let end!: (v: string) => void;
  let fail!: (e: Error) => void;
  const work = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve, reject) => {
      end = resolve;
      fail = reject;
    });
  };
  return { work, end: (v = name) => end(v), fail: (e: Error) => fail(e) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('single flight', () => {
  it('runs at once when nothing runs for the key, and keys do not share', async () => {
    const flights = new SingleFlight<string>();
    const log: string[] = [];
    const a = held(log, 'a');
    const b = held(log, 'b');
    const ra = flights.run('k1', a.work, 'next');
    const rb = flights.run('k2', b.work, 'next');
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    a.end();
    b.end();
    expect(await ra).toEqual({ value: 'a', shared: false });
    expect(await rb).toEqual({ value: 'b', shared: false });
    expect(flights.started).toBe(2);
  });

  it('a fresh request never gets an execution started before it: it shares the next one', async () => {
    const flights = new SingleFlight<string>();
    const log: string[] = [];
    const first = held(log, 'first');
    const w1 = held(log, 'w1');
    const w2 = held(log, 'w2');
    const r0 = flights.run('k', first.work, 'next');
    await tick();
    const r1 = flights.run('k', w1.work, 'next');
    const r2 = flights.run('k', w2.work, 'next');
    await tick();
    expect(log).toEqual(['start first']); // the waiters' execution waits for the running one to end
    first.end('old');
    expect(await r0).toEqual({ value: 'old', shared: false });
    await tick();
    expect(log).toEqual(['start first', 'start w1']); // one execution for both waiters, the first one's work
    w1.end('new');
    expect(await r1).toEqual({ value: 'new', shared: false });
    expect(await r2).toEqual({ value: 'new', shared: true });
    expect(flights.started).toBe(2);
    // Nothing runs any more: the next request starts at once.
    const later = held(log, 'later');
    const r3 = flights.run('k', later.work, 'next');
    await tick();
    expect(log.at(-1)).toBe('start later');
    later.end();
    expect((await r3).value).toBe('later');
  });

  it('a request that may be cached joins the running execution', async () => {
    const flights = new SingleFlight<string>();
    const log: string[] = [];
    const first = held(log, 'first');
    const r0 = flights.run('k', first.work, 'next');
    const r1 = flights.run('k', held(log, 'cached').work, 'running');
    first.end('answer');
    expect(await r0).toEqual({ value: 'answer', shared: false });
    expect(await r1).toEqual({ value: 'answer', shared: true });
    expect(flights.started).toBe(1);
  });

  it('a failed execution fails every request that shared it, once, without a retry', async () => {
    const flights = new SingleFlight<string>();
    const log: string[] = [];
    const first = held(log, 'first');
    const w = held(log, 'w');
    const r0 = flights.run('k', first.work, 'next');
    const waiters = [flights.run('k', w.work, 'next'), flights.run('k', held(log, 'x').work, 'next')];
    const joined = flights.run('k', held(log, 'y').work, 'running');
    first.fail(new Error('stopped'));
    await expect(r0).rejects.toThrow('stopped');
    await expect(joined).rejects.toThrow('stopped');
    await tick();
    w.fail(new Error('out of memory'));
    for (const r of waiters) await expect(r).rejects.toThrow('out of memory');
    expect(log).toEqual(['start first', 'start w']);
    expect(flights.started).toBe(2);
  });

  it('work that throws at once is a failed execution too', async () => {
    const flights = new SingleFlight<string>();
    const r = flights.run(
      'k',
      () => {
        throw new Error('sync');
      },
      'next',
    );
    await expect(r).rejects.toThrow('sync');
    // The key is free again.
    expect(await flights.run('k', async () => 'ok', 'next')).toEqual({ value: 'ok', shared: false });
  });

  it('a waiter that stops waiting leaves before its execution starts, not after', async () => {
    const flights = new SingleFlight<string>();
    const log: string[] = [];
    const first = held(log, 'first');
    const r0 = flights.run('k', first.work, 'next');
    // The first waiter gives up; its work is not the one run, and the others still get their answer.
    const gone = new AbortController();
    const w1 = held(log, 'w1');
    const w2 = held(log, 'w2');
    const r1 = flights.run('k', w1.work, 'next', gone.signal);
    const r2 = flights.run('k', w2.work, 'next');
    gone.abort(new Error('timed out'));
    await expect(r1).rejects.toThrow('timed out');
    first.end();
    await r0;
    await tick();
    expect(log).toEqual(['start first', 'start w2']);
    // A waiter that stops waiting once its execution has started does not stop it for the others.
    const late = new AbortController();
    const w3 = held(log, 'w3');
    const r3 = flights.run('k', w3.work, 'next', late.signal);
    const r4 = flights.run('k', held(log, 'w4').work, 'next');
    w2.end('answer');
    expect(await r2).toEqual({ value: 'answer', shared: false });
    await tick();
    expect(log.at(-1)).toBe('start w3');
    late.abort(new Error('gone'));
    w3.end('fresh');
    expect(await r3).toEqual({ value: 'fresh', shared: false });
    expect(await r4).toEqual({ value: 'fresh', shared: true });
    expect(flights.started).toBe(3);
  });

  it('an execution nobody waits for any more is not started', async () => {
    const flights = new SingleFlight<string>();
    const log: string[] = [];
    const first = held(log, 'first');
    const r0 = flights.run('k', first.work, 'next');
    const gone = new AbortController();
    const r1 = flights.run('k', held(log, 'w').work, 'next', gone.signal);
    gone.abort(new Error('timed out'));
    await expect(r1).rejects.toThrow('timed out');
    first.end();
    await r0;
    await tick();
    expect(log).toEqual(['start first']);
    expect(flights.started).toBe(1);
  });

  it('a waiter whose signal is already aborted is refused at once', async () => {
    const flights = new SingleFlight<string>();
    const first = held([], 'first');
    const r0 = flights.run('k', first.work, 'next');
    await expect(flights.run('k', async () => 'x', 'next', AbortSignal.abort(new Error('late')))).rejects.toThrow(
      'late',
    );
    first.end();
    await r0;
  });
});
