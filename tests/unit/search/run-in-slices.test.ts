import { describe, expect, it } from 'vitest';
import { runInSlices, type SliceClock } from '../../../indexer/search/run-in-slices.ts';

/**
 * A clock that moves only when a step says so, and a queue of what was asked to
 * run later, run by hand: slices are seen without timing anything.
 */
function fakeClock() {
  let now = 0;
  const waiting: (() => void)[] = [];
  const clock: SliceClock = { now: () => now, later: (next) => waiting.push(next) };
  return { clock, waiting, spend: (ms: number) => (now += ms) };
}

/** Steps that each spend `costs[i]` ms, recording the slice each ran in. */
function* steps(costs: number[], spend: (ms: number) => void, ran: number[], slice: () => number) {
  for (const cost of costs) {
    ran.push(slice());
    spend(cost);
    yield;
  }
}

async function slicesOf(costs: number[], sliceMs: number): Promise<number[][]> {
  const { clock, waiting, spend } = fakeClock();
  let slice = -1;
  const ran: number[] = [];
  const done = runInSlices(
    steps(costs, spend, ran, () => slice),
    sliceMs,
    clock,
  );
  while (waiting.length) {
    slice++;
    waiting.shift()!();
  }
  await done;
  return Array.from({ length: slice + 1 }, (_, s) => ran.flatMap((r, i) => (r === s ? [i] : []))).filter((s) => s.length);
}

describe('runInSlices', () => {
  const cases: [string, number[], number, number[][]][] = [
    ['steps of 1 ms, slices of 3 ms', [1, 1, 1, 1, 1, 1, 1], 3, [[0, 1, 2], [3, 4, 5], [6]]],
    [
      'a step longer than a slice runs alone',
      [1, 5, 1, 1],
      3,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    ['every step too long: one per slice', [4, 4, 4], 3, [[0], [1], [2]]],
    ['steps that take no time: all in one slice', [0, 0, 0, 0], 3, [[0, 1, 2, 3]]],
    ['no steps', [], 3, []],
  ];
  it.each(cases)('%s', async (_, costs, sliceMs, expected) => {
    expect(await slicesOf(costs, sliceMs)).toEqual(expected);
  });

  it('runs nothing before handing the thread back: the caller goes on at once', () => {
    const { clock, waiting } = fakeClock();
    let ran = 0;
    void runInSlices(
      (function* () {
        ran++;
        yield;
      })(),
      3,
      clock,
    );
    expect([ran, waiting.length]).toEqual([0, 1]);
  });

  it('lets a search that arrives during a slice run before the next slice', () => {
    const { clock, waiting, spend } = fakeClock();
    const order: string[] = [];
    void runInSlices(
      (function* () {
        for (let i = 0; i < 4; i++) {
          order.push(`step ${i}`);
          // The popup's question arrives while step 1 runs: the browser queues it.
          if (i === 1) waiting.push(() => order.push('a search'));
          spend(2);
          yield;
        }
      })(),
      3,
      clock,
    );
    while (waiting.length) waiting.shift()!();
    expect(order).toEqual(['step 0', 'step 1', 'a search', 'step 2', 'step 3']);
  });

  it('rejects with the error of a step that throws, and runs no more', async () => {
    const { clock, waiting } = fakeClock();
    let after = 0;
    const done = runInSlices(
      (function* () {
        yield;
        throw new Error('data/search-index.json: term 3 is cut short');
        after++;
      })(),
      3,
      clock,
    );
    while (waiting.length) waiting.shift()!();
    await expect(done).rejects.toThrow('term 3 is cut short');
    expect(after).toBe(0);
  });
});
