import { randomBytes } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { JobStep } from '../../../../shared/contract/events';
import { type JobReport, noReport } from '../../events/job-report';
import type { RestoreReport } from '../../../../shared/domain/data';
import { latestVersion, migrate, readUserVersion } from '../../storage/migrate';
import { type BackupDeps, backupDir, checkBackupFile, createBackup, findBackup } from './backups';
import { clearRecordingsUnsettled, markRecordingsUnsettled, settleRecordings } from './recordings-pool';
import { compactDatabase } from '../../storage/compact';
import { replaceContentsFrom } from './replace-contents';

/** Removes a scratch database and any journal SQLite left beside it. */
export function removeDatabaseFile(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Brings a copy of a database file up to this app's schema version, so data
 * saved by an older version can be restored or imported. Refuses a newer one.
 */
export function migrateCopy(file: string, fromVersion: number): void {
  if (fromVersion > latestVersion) {
    throw new AppError(
      'conflict',
      `This data was saved by a newer version of Rehearse (database version ${fromVersion}). Update Rehearse to use it.`,
    );
  }
  if (fromVersion === latestVersion) return;
  const db = new BetterSqlite3(file);
  try {
    migrate(db, file);
  } finally {
    db.close();
  }
}

/** The steps of a restore, in order; a kill between any two is finished or undone at the next start. */
export const restoreSteps = [
  'copy',
  'migrate-copy',
  'keep-aside',
  'mark-unsettled',
  'replace',
  'settle-recordings',
  'clear-mark',
  'compact',
] as const;
export type RestoreStep = (typeof restoreSteps)[number];

/**
 * Called before and after each step. For tests that stop a real process at
 * one exact step and kill it (test/unit/reliability/restore-kill.test.ts);
 * the app passes none.
 */
export type RestoreObserver = (step: RestoreStep, when: 'before' | 'after') => void;

/**
 * Restores a backup: checks it again, works on a private copy (migrated when
 * it is from an older version, so the backup itself is never changed), keeps
 * the current database aside as a `pre-restore` backup, then replaces the
 * live contents in one transaction on the same connection, and moves the
 * recording files to match.
 *
 * All or nothing across a kill: before the replace commits, the live data is
 * untouched (start-up removes the scratch copy); from the moment the rows may
 * change until the files match them, a marker in the data folder makes the
 * next start settle the files before anything else looks at them.
 */
/** The restore steps the user sees in the progress bar; the bookkeeping ones in between are not shown. */
const progressStep: Partial<Record<RestoreStep, JobStep>> = {
  copy: 'copying',
  'migrate-copy': 'migrating',
  'keep-aside': 'backing-up',
  replace: 'replacing',
  'settle-recordings': 'recordings',
};

export function restoreBackup(deps: BackupDeps, fileName: string, observe?: RestoreObserver, report: JobReport = noReport): RestoreReport {
  report.step('checking');
  const chosen = findBackup(deps.dataDir, fileName);
  const check = checkBackupFile(chosen.path);
  if (!check.ok || check.schemaVersion === null) {
    throw new AppError('conflict', `This backup is damaged and cannot be restored (${check.problem ?? 'unreadable'}). Choose another one.`);
  }
  if (check.schemaVersion > readUserVersion(deps.db)) {
    throw new AppError('conflict', 'This backup was made by a newer version of Rehearse. Update Rehearse to restore it.');
  }
  const step = <T>(name: RestoreStep, run: () => T): T => {
    observe?.(name, 'before');
    const shown = progressStep[name];
    if (shown) report.step(shown);
    const result = run();
    observe?.(name, 'after');
    return result;
  };
  const work = join(backupDir(deps.dataDir), `.restore-${randomBytes(8).toString('hex')}.sqlite`);
  try {
    step('copy', () => copyFileSync(chosen.path, work));
    step('migrate-copy', () => migrateCopy(work, check.schemaVersion!));
    const keptAside = step('keep-aside', () => createBackup(deps, 'pre-restore'));
    step('mark-unsettled', () => markRecordingsUnsettled(deps.dataDir));
    let counts: Record<string, number>;
    try {
      counts = step('replace', () => replaceContentsFrom(deps.db, work));
      // Same turn as the commit: pages loaded before may hold ids that now name other records.
      deps.generation?.replaced('restore');
    } catch (error) {
      clearRecordingsUnsettled(deps.dataDir); // rolled back: rows and files still match
      throw error;
    }
    step('settle-recordings', () => settleRecordings(deps.db, deps.dataDir));
    step('clear-mark', () => clearRecordingsUnsettled(deps.dataDir));
    // The rows deleted by the replace left their pages free: give them back, so an old backup restores to its size.
    step('compact', () => compactDatabase(deps.db));
    return { restored: chosen, keptAside, counts };
  } finally {
    removeDatabaseFile(work);
  }
}
