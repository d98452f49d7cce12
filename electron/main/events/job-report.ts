import type { JobStep } from '../../../shared/contract/events';

/**
 * How a long operation tells the user where it is. Services take one as an
 * optional last argument (`noReport` when nobody listens), so they stay plain
 * functions that load without Electron.
 */
export interface JobReport {
  /** Starts a step; `total` is how many items it has, 0 when not known (an indeterminate bar). */
  step(step: JobStep, total?: number): void;
  /** `done` items of the current step are finished. */
  advance(done: number): void;
  /**
   * Stops here, by throwing, if the user asked to cancel. Call it only where
   * stopping leaves nothing half-done (the caller's `finally` removes scratch files).
   */
  checkpoint(): void;
  /** From here on the job cannot be cancelled (it is about to change the live data). */
  commit(): void;
}

export const noReport: JobReport = { step() {}, advance() {}, checkpoint() {}, commit() {} };
