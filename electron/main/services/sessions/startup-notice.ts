import type { Notice } from '../../../../shared/domain/app-info';
import type { CleanupReport } from '../recordings/recording-cleanup';

/**
 * Tells the user when start-up had to drop recordings whose files were gone
 * or damaged (e.g. deleted by hand, or a disk error). Leftovers of an
 * interrupted save are tidied silently: nothing the user kept was lost.
 */
export function startupNotice(report: CleanupReport): Notice | null {
  if (report.removedRows === 0) return null;
  const what = report.removedRows === 1 ? '1 recording was' : `${report.removedRows} recordings were`;
  return {
    id: 'recordings-missing',
    level: 'warning',
    message: `${what} missing or damaged in the data folder, so ${report.removedRows === 1 ? 'it was' : 'they were'} removed from ${report.removedRows === 1 ? 'its answer' : 'their answers'}. The ratings are kept.`,
  };
}
