import { randomBytes } from 'node:crypto';
import type { Emit, JobKind, JobProgress, JobStep } from '../../../shared/contract/events';
import { AppError } from '../../../shared/contract/result';
import type { JobReport } from './job-report';

/** Thrown at a checkpoint once the user has cancelled; reaches the renderer as a `cancelled` error. */
export class JobCancelled extends AppError {
  constructor() {
    super('cancelled', 'Stopped at your request. Nothing was changed.');
  }
}

interface Running {
  progress: JobProgress;
  cancelRequested: boolean;
}

/**
 * Runs long operations with progress events (`job.progress`) and lets the
 * user cancel the ones that say they can be. Progress is sent when the step
 * changes or the whole percentage moves, so a job of a million rows sends at
 * most about a hundred events per step.
 */
export function createJobs(emit: Emit) {
  const running = new Map<string, Running>();

  function send(job: Running, changes: Partial<JobProgress>): void {
    job.progress = { ...job.progress, ...changes };
    emit('job.progress', job.progress);
  }

  return {
    /**
     * Runs `work` as a job of `kind`. `cancellable` says whether it starts
     * cancellable (it may `commit()` later). Resolves or rejects as `work` does;
     * the final event says finished, failed or cancelled.
     */
    async run<T>(kind: JobKind, first: JobStep, cancellable: boolean, work: (report: JobReport) => T | Promise<T>): Promise<T> {
      const jobId = randomBytes(8).toString('hex');
      const job: Running = {
        progress: { jobId, kind, step: first, state: 'running', done: 0, total: 0, cancellable },
        cancelRequested: false,
      };
      running.set(jobId, job);
      send(job, {});
      const report: JobReport = {
        step: (step, total = 0) => send(job, { step, total, done: 0 }),
        advance(done) {
          const { total, done: before } = job.progress;
          const capped = total > 0 ? Math.min(done, total) : done;
          const percent = (n: number) => (total > 0 ? Math.floor((n / total) * 100) : n);
          if (percent(capped) !== percent(before) || capped === total) send(job, { done: capped });
          else job.progress = { ...job.progress, done: capped };
        },
        checkpoint() {
          if (job.cancelRequested) throw new JobCancelled();
        },
        commit() {
          if (job.progress.cancellable) send(job, { cancellable: false });
        },
      };
      try {
        const value = await work(report);
        send(job, { state: 'finished', cancellable: false, done: job.progress.total });
        return value;
      } catch (error) {
        send(job, { state: error instanceof JobCancelled ? 'cancelled' : 'failed', cancellable: false });
        throw error;
      } finally {
        running.delete(jobId);
      }
    },
    /** Asks a running job to stop at its next checkpoint; false when it is not running or can no longer stop. */
    cancel(jobId: string): boolean {
      const job = running.get(jobId);
      if (!job || !job.progress.cancellable) return false;
      job.cancelRequested = true;
      return true;
    },
  };
}

export type Jobs = ReturnType<typeof createJobs>;
