import { useId } from 'react';
import type { JobKind, JobStep } from '../../../shared/contract/events';

const titles: Record<JobKind, string> = {
  import: 'Importing',
  'question-import': 'Importing questions',
  export: 'Exporting',
  backup: 'Backing up',
  restore: 'Restoring a backup',
  check: 'Checking the database',
};

const steps: Record<JobStep, string> = {
  uploading: 'Reading the file you chose',
  reading: 'Opening the archive',
  checking: 'Checking the archive’s data',
  copying: 'Copying your data',
  migrating: 'Updating the data to this version',
  'backing-up': 'Backing up your current data',
  replacing: 'Replacing your data',
  tables: 'Writing your data',
  recordings: 'Copying recordings',
  verifying: 'Verifying the copy',
  integrity: 'Checking the database file',
  references: 'Checking links between records',
  summaries: 'Checking the progress summaries',
  finishing: 'Finishing',
  questions: 'Checking the questions in the file',
  adding: 'Adding the questions',
};

/** What the bar shows: a job's kind, step and count (`total` 0 = amount unknown). */
export interface ProgressView {
  kind: JobKind;
  step: JobStep;
  done: number;
  total: number;
  cancellable: boolean;
}

/**
 * A labelled progress bar for a long job, with Cancel while the job can
 * still stop without leaving anything half-done. Only the step's name is in
 * the live region (a polite announcement per step, not one per percent);
 * the count is on the bar itself, where a screen reader reads it on demand.
 */
export function JobProgressBar({ job, onCancel }: { job: ProgressView; onCancel?: () => void }) {
  const id = useId();
  const known = job.total > 0;
  const count = known ? ` (${job.done} of ${job.total})` : '';
  return (
    <div className="job-progress card" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>{titles[job.kind]}</strong>
      </p>
      <progress
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-step`}
        max={known ? job.total : undefined}
        value={known ? job.done : undefined}
        aria-valuetext={`${steps[job.step]}${count}`}
      />
      <p id={`${id}-step`} aria-live="polite" className="muted">
        {steps[job.step]}
      </p>
      {job.cancellable && onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel {titles[job.kind].toLowerCase()}
        </button>
      )}
    </div>
  );
}
