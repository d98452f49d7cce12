import { randomBytes } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { type JobReport, noReport } from '../../events/job-report';
import type { RestoreReport } from '../../../../shared/domain/data';
import { migrate, readUserVersion } from '../../storage/migrate';
import { migrations } from '../../storage/migrations/index';
import { type BackupDeps, backupDir, checkBackupFile, createBackup, findBackup } from './backups';
import { settleRecordings } from './recordings-pool';
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
  if (fromVersion > migrations.length) {
    throw new AppError(
      'conflict',
      `This data was saved by a newer version of Rehearse (database version ${fromVersion}). Update Rehearse to use it.`,
    );
  }
  if (fromVersion === migrations.length) return;
  const db = new BetterSqlite3(file);
  try {
    migrate(db, file, migrations);
  } finally {
    db.close();
  }
}

/**
 * Restores a backup: checks it again, works on a private copy (migrated when
 * it is from an older version, so the backup itself is never changed), keeps
 * the current database aside as a `pre-restore` backup, then replaces the
 * live contents in one transaction on the same connection.
 */
export function restoreBackup(deps: BackupDeps, fileName: string, report: JobReport = noReport): RestoreReport {
  report.step('checking');
  const chosen = findBackup(deps.dataDir, fileName);
  const check = checkBackupFile(chosen.path);
  if (!check.ok || check.schemaVersion === null) {
    throw new AppError('conflict', `This backup is damaged and cannot be restored (${check.problem ?? 'unreadable'}). Choose another one.`);
  }
  if (check.schemaVersion > readUserVersion(deps.db)) {
    throw new AppError('conflict', 'This backup was made by a newer version of Rehearse. Update Rehearse to restore it.');
  }
  const work = join(backupDir(deps.dataDir), `.restore-${randomBytes(8).toString('hex')}.sqlite`);
  try {
    report.step('copying');
    copyFileSync(chosen.path, work);
    report.step('migrating');
    migrateCopy(work, check.schemaVersion);
    report.step('backing-up');
    const keptAside = createBackup(deps, 'pre-restore');
    report.step('replacing');
    const counts = replaceContentsFrom(deps.db, work);
    report.step('recordings');
    settleRecordings(deps.db, deps.dataDir);
    return { restored: chosen, keptAside, counts };
  } finally {
    removeDatabaseFile(work);
  }
}
