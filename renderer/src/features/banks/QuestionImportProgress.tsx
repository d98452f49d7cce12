import { useJobProgress } from '../../api/use-job-progress';
import { JobProgressBar } from '../../components/JobProgressBar';

const kinds = ['question-import'] as const;

/**
 * The progress of a question-file import, from the main process's `job.progress` events: reading and
 * checking the rows, the pre-import backup, adding the questions. Cancel is offered while the file is
 * still being checked (nothing written yet); `onCancel` gets the job's id for `data.cancelJob`.
 */
export function QuestionImportProgress({ onCancel }: { onCancel: (jobId: string) => void }) {
  const job = useJobProgress(kinds);
  if (!job) return null;
  return <JobProgressBar job={job} onCancel={() => onCancel(job.jobId)} />;
}
