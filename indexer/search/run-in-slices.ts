/**
 * Runs work cut into steps in short slices, handing the thread back between
 * slices, so whatever arrives meanwhile (a search from the popup) runs at once
 * instead of after all of the work. Pure: the clock and the way to continue
 * later are passed in (the background passes `performance.now` and `setTimeout`;
 * a service worker has no `requestIdleCallback`).
 */

export interface SliceClock {
  /** Milliseconds, from any origin. */
  now(): number;
  /** Runs `next` later, after whatever else is waiting. */
  later(next: () => void): void;
}

/**
 * Runs `steps` to the end, a slice at a time: every slice starts in `clock.later`,
 * and runs steps until `sliceMs` have passed (at least one step per slice).
 * Resolves when the steps are done; rejects with the error of a step that throws.
 * @example await runInSlices(warmSearchArchive(archive), 4, { now: () => performance.now(), later: (f) => setTimeout(f) })
 */
export function runInSlices(steps: Iterator<unknown>, sliceMs: number, clock: SliceClock): Promise<void> {
  return new Promise((resolve, reject) => {
    const slice = () => {
      try {
        const start = clock.now();
        do {
          if (steps.next().done) return resolve();
        } while (clock.now() - start < sliceMs);
        clock.later(slice);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    clock.later(slice);
  });
}
