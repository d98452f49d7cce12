import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fsyncFile, fsyncDirectory } from '../../storage/durable-files';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { isRecordingFileName, recordingsDir } from '../recordings/recording-files';
import { backupDir } from './backups';

/**
 * Recordings are files, not rows, so database backups do not hold them. When
 * a restore or import leaves a recording file unclaimed (start-up would delete
 * it as an orphan), it is moved here instead; when a later restore claims a
 * file again, it is moved back. So restoring and then undoing the restore
 * loses no recording.
 */
export const setAsideDir = (dataDir: string) => join(backupDir(dataDir), 'recordings');

export interface SettledRecordings {
  setAside: number;
  broughtBack: number;
  missing: number;
}

/**
 * Moves every recording file the live rows do not claim into the pool, and
 * brings every claimed file that is in the pool back. Idempotent: running it
 * again (after a kill part-way) finishes the same work.
 */
export function settleRecordings(db: Database, dataDir: string): SettledRecordings {
  const live = recordingsDir(dataDir);
  const pool = setAsideDir(dataDir);
  const claimed = new Set(
    db
      .prepare<[], { file_name: string }>('SELECT file_name FROM recordings')
      .all()
      .map((r) => r.file_name),
  );
  const result: SettledRecordings = { setAside: 0, broughtBack: 0, missing: 0 };
  mkdirSync(live, { recursive: true });

  for (const name of readdirSync(live)) {
    if (!isRecordingFileName(name) || claimed.has(name)) continue;
    mkdirSync(pool, { recursive: true });
    renameSync(join(live, name), join(pool, name));
    result.setAside++;
  }
  for (const name of claimed) {
    if (existsSync(join(live, name))) continue;
    if (existsSync(join(pool, name))) {
      renameSync(join(pool, name), join(live, name));
      result.broughtBack++;
    } else {
      result.missing++;
    }
  }
  return result;
}

/**
 * Written (and flushed) before the rows are swapped, removed once the files
 * match them. Found at start-up, it means a restore, an import or a recovery
 * was cut short between the two: the files are settled before start-up's
 * recording clean-up runs, which would otherwise delete the files of the
 * other state as orphans and drop rows whose files still wait in the pool
 * (issue 17).
 */
const unsettledMarker = (dataDir: string) => join(dataDir, '.recordings-unsettled');

/** Notes, durably, that the recordings are about to stop matching the rows. */
export function markRecordingsUnsettled(dataDir: string): void {
  const marker = unsettledMarker(dataDir);
  writeFileSync(marker, 'A restore, import or recovery replaced the data; recordings are settled at the next start.\n');
  fsyncFile(marker);
  fsyncDirectory(dataDir);
}

export function clearRecordingsUnsettled(dataDir: string): void {
  rmSync(unsettledMarker(dataDir), { force: true });
}

/**
 * Start-up, before the recording clean-up: finishes the settling an
 * interrupted restore, import or recovery left undone. Returns what it moved,
 * or null when nothing was interrupted.
 */
export function settleInterruptedReplace(db: Database, dataDir: string): SettledRecordings | null {
  if (!existsSync(unsettledMarker(dataDir))) return null;
  const settled = settleRecordings(db, dataDir);
  clearRecordingsUnsettled(dataDir);
  return settled;
}

/**
 * Runs `replace` (which swaps the live rows in one transaction) and settles
 * the recording files to match, with the marker around both so a kill at any
 * instant is finished at the next start. A replace that throws changed no row.
 */
export function replaceWithRecordings<T>(db: Database, dataDir: string, replace: () => T): T {
  markRecordingsUnsettled(dataDir);
  let result: T;
  try {
    result = replace();
  } catch (error) {
    clearRecordingsUnsettled(dataDir);
    throw error;
  }
  settleRecordings(db, dataDir);
  clearRecordingsUnsettled(dataDir);
  return result;
}
