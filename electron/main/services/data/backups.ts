import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupsToDelete } from '../../../../shared/domain/backup-thinning';
import { type BackupInfo, type BackupReason, backupReasons } from '../../../../shared/domain/data';
import { storageFailureSentence } from '../../storage/failure-sentences';
import { AppError } from '../../../../shared/contract/result';
import { type JobReport, noReport } from '../../events/job-report';
import { timestampForFile } from '../../storage/file-names';
import { readUserVersion } from '../../storage/migrate';
import { checkDatabaseCopy, UnverifiedCopyError, writeVerifiedCopy } from '../../storage/verified-copy';
import { readVerification, recordVerification } from './backup-verification';
import type { DataGeneration } from './data-generation';

export interface BackupDeps {
  db: Database;
  dataDir: string;
  now: () => Date;
  /** Renewed when a restore or import replaces every row; absent in tests that use no pages. */
  generation?: Pick<DataGeneration, 'replaced'>;
}

export const backupFolderName = 'backups';
export const backupDir = (dataDir: string) => join(dataDir, backupFolderName);

// One naming scheme for every backup, the start-up pre-migration copy included:
// <reason>-v<schema version>-<timestamp from file-names.ts>[-<n>].sqlite
const namePattern = new RegExp(
  `^(${backupReasons.join('|')})-v(\\d+)-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)(?:-(\\d+))?\\.sqlite$`,
);

/** `2026-01-05T10-00-00-000Z` → `2026-01-05T10:00:00.000Z` */
function isoFromFileTimestamp(stamp: string): string {
  return stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
}

export function parseBackupName(fileName: string): { reason: BackupReason; schemaVersion: number; createdAt: string } | null {
  const match = namePattern.exec(fileName);
  if (!match) return null;
  return { reason: match[1] as BackupReason, schemaVersion: Number(match[2]), createdAt: isoFromFileTimestamp(match[3]!) };
}

/** Opens a backup read-only and runs quick_check; never writes to it (storage/verified-copy.ts). */
export const checkBackupFile = checkDatabaseCopy;

function infoFor(dataDir: string, fileName: string): BackupInfo | null {
  const parsed = parseBackupName(fileName);
  if (!parsed) return null;
  const path = join(backupDir(dataDir), fileName);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return null;
  let verification = readVerification(dataDir, fileName, stat);
  if (!verification) {
    // Backups not taken by createBackup (the start-up pre-migration copy) are checked once, when first listed.
    const check = checkBackupFile(path);
    verification = recordVerification(dataDir, fileName, stat, check.ok, check.problem);
  }
  return { fileName, path, ...parsed, bytes: stat.size, verified: verification.ok, problem: verification.problem };
}

/** Every backup in the data folder, newest first, each with its verification. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => infoFor(dataDir, name))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

/** The newest backup that passed quick_check: what start-up recovery restores from. */
export function latestVerifiedBackup(dataDir: string): BackupInfo | null {
  return listBackups(dataDir).find((b) => b.verified) ?? null;
}

export function findBackup(dataDir: string, fileName: string): BackupInfo {
  const info = parseBackupName(fileName) ? infoFor(dataDir, fileName) : null;
  if (!info) throw new AppError('not_found', `There is no backup called ${fileName}.`);
  return info;
}

/**
 * Writes a verified copy of the live database (storage/verified-copy.ts:
 * VACUUM INTO a partial name, fsync, quick_check, rename) under the backup
 * naming scheme, records its check, then thins older automatic backups. Must
 * not run inside a transaction (SQLite refuses VACUUM there).
 */
export function createBackup(deps: BackupDeps, reason: BackupReason, report: JobReport = noReport): BackupInfo {
  const dir = backupDir(deps.dataDir);
  mkdirSync(dir, { recursive: true });
  const stem = `${reason}-v${readUserVersion(deps.db)}-${timestampForFile(deps.now())}`;
  let fileName = `${stem}.sqlite`;
  for (let n = 2; existsSync(join(dir, fileName)); n++) fileName = `${stem}-${n}.sqlite`;
  try {
    // One step: writeVerifiedCopy copies and verifies in one call.
    report.step('copying');
    writeVerifiedCopy(deps.db, join(dir, fileName));
  } catch (error) {
    if (error instanceof UnverifiedCopyError) throw new AppError('storage_error', `The backup could not be verified (${error.problem}).`);
    // A disk or file-system failure goes up as it is: the dispatcher gives it its plain sentence.
    if (error instanceof AppError || storageFailureSentence(error, null)) throw error;
    throw new AppError('storage_error', `The backup could not be written: ${(error as Error).message}`);
  }
  recordVerification(deps.dataDir, fileName, statSync(join(dir, fileName)), true, null);
  report.step('finishing');
  thinBackups(deps.dataDir, deps.now());
  return findBackup(deps.dataDir, fileName);
}

/** Deletes automatic backups the thinning policy no longer keeps; returns their names. */
export function thinBackups(dataDir: string, now: Date): string[] {
  const all = listBackups(dataDir);
  const doomed = backupsToDelete(
    all.map((b) => ({ fileName: b.fileName, createdAt: b.createdAt, manual: b.reason === 'manual' })),
    now,
  );
  for (const name of doomed) deleteBackupFile(dataDir, name);
  return doomed;
}

export function deleteBackupFile(dataDir: string, fileName: string): void {
  if (!parseBackupName(fileName)) throw new AppError('not_found', `There is no backup called ${fileName}.`);
  rmSync(join(backupDir(dataDir), fileName), { force: true });
  recordVerification(dataDir, fileName, null, false, null);
}

/**
 * For the question-bank import (and anything else that replaces user data):
 * a verified backup taken first. Call it before the import's transaction.
 */
export function backupBeforeImport(deps: BackupDeps): BackupInfo {
  return createBackup(deps, 'pre-import');
}
