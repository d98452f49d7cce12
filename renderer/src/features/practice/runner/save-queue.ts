/**
 * Runs async jobs one after another, in the order they were queued, so a
 * later correction of a rating can never be overtaken by an earlier save.
 */
export function createSaveQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    push<T>(job: () => Promise<T>): Promise<T> {
      const run = tail.then(job, job);
      tail = run.catch(() => undefined);
      return run;
    },
    /** Resolves once everything queued so far has finished. */
    idle: () => tail.then(() => undefined),
  };
}
export type SaveQueue = ReturnType<typeof createSaveQueue>;
