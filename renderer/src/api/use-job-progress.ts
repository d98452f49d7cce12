import { useEffect, useState } from 'react';
import type { JobKind, JobProgress } from '../../../shared/contract/events';
import { subscribe } from './events';

/**
 * The long job running now (from `job.progress` events), or null. Rehearse
 * runs one data job at a time, so every window and tab shows the same one;
 * a job that has ended is cleared, and its caller reports the outcome.
 */
export function useJobProgress(kinds?: readonly JobKind[]): JobProgress | null {
  const [job, setJob] = useState<JobProgress | null>(null);
  const filter = kinds?.join(',');
  useEffect(
    () =>
      subscribe('job.progress', (progress) => {
        if (filter !== undefined && !filter.split(',').includes(progress.kind)) return;
        setJob(progress.state === 'running' ? progress : null);
      }),
    [filter],
  );
  return job;
}
