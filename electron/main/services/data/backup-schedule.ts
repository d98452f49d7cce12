import type { Emit } from '../../../../shared/contract/events';
import type { BackupInfo } from '../../../../shared/domain/data';
import { type AppLog, errorKind } from '../../logging/app-log';
import type { NoticeBoard } from '../app/notices';
import { type BackupDeps, createBackup, listBackups } from './backups';

export const dailyBackupAfterMs = 24 * 60 * 60 * 1000;

/** Takes the daily backup when there is none yet, or the newest backup of any kind is a day old. */
export function backupIfDue(deps: BackupDeps): BackupInfo | null {
  const newest = listBackups(deps.dataDir)[0];
  if (newest && deps.now().getTime() - new Date(newest.createdAt).getTime() < dailyBackupAfterMs) return null;
  return createBackup(deps, 'daily');
}

export interface ScheduleOptions {
  /** Delay of the first check after start, so start-up is not slowed. */
  firstCheckMs?: number;
  /** How often to look again while the app runs; a backup is taken once the newest is a day old. */
  checkEveryMs?: number;
}

/**
 * Daily backups while the app is used: soon after start, then whenever the
 * newest backup turns a day old. Timers never keep the process alive, and the
 * schedule stops itself once the database is closed. Returns a stop function.
 */
export function startBackupSchedule(
  deps: BackupDeps & { notices: NoticeBoard; emit?: Emit; log?: AppLog },
  options: ScheduleOptions = {},
): () => void {
  const { firstCheckMs = 10_000, checkEveryMs = 60 * 60 * 1000 } = options;
  let timer: NodeJS.Timeout | null = null;
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const tick = () => {
    if (!deps.db.open) return stop();
    try {
      // Open windows list backups: tell them a new one exists.
      if (backupIfDue(deps)) deps.emit?.('data.changed', { domains: ['data'] });
    } catch (error) {
      deps.log?.error('backup.daily.failed', errorKind(error));
      deps.notices.add({
        id: 'daily-backup-failed',
        level: 'warning',
        message: `Rehearse could not take today’s backup (${(error as Error).message}). Your data is unchanged; try “Back up now” in Settings.`,
      });
    }
    schedule(checkEveryMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  schedule(firstCheckMs);
  return stop;
}
