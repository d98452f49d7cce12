import type { Notice } from '../../../../shared/domain/app-info';
import type { CleanupReport } from '../recordings/recording-cleanup';

/**
 * Tells the user when recordings the database names are missing or damaged
 * in the data folder (deleted by hand, a disk error, or an import that
 * brought answers without their files). Nothing is deleted for it: the
 * answers keep their rows, only playback is unavailable. Leftovers of an
 * interrupted save are tidied silently: nothing the user kept was lost.
 */
export function startupNotice(report: CleanupReport): Notice | null {
  const n = report.missingRecordings;
  if (n === 0) return null;
  const answers = n === 1 ? '1 answer has' : `${n} answers have`;
  return {
    id: 'recordings-missing',
    level: 'warning',
    message: `${answers} lost ${n === 1 ? 'its recording' : 'their recordings'}: the ${n === 1 ? 'file is' : 'files are'} missing or damaged in the data folder. Nothing was deleted: the answers, ratings and notes are kept, only playback is unavailable.`,
  };
}
