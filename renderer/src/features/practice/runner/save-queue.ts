/**
 * Runs async jobs one after another, in the order they were queued, so a
 * later correction of a rating can never be overtaken by an earlier save.
 * A job pushed while nothing is running starts at once, synchronously: a
 * save sent as the page is being closed must start its request inside the
 * `pagehide` handler (see `sendingWhileLeaving`), not a microtask later.
 */
export function createSaveQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  let running = 0;
  const startNow = <T>(job: () => Promise<T>): Promise<T> => {
    try {
      return job();
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    push<T>(job: () => Promise<T>): Promise<T> {
      const run = running === 0 ? startNow(job) : tail.then(job, job);
      running += 1;
      tail = run.then(
        () => void (running -= 1),
        () => void (running -= 1),
      );
      return run;
    },
    /** Resolves once everything queued so far has finished. */
    idle: () => tail.then(() => undefined),
  };
}
export type SaveQueue = ReturnType<typeof createSaveQueue>;
