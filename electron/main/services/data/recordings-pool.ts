import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
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
