import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { isPartialFileName, isRecordingFileName, recordingsDir } from './recording-files';

export interface CleanupReport {
  /** Temporary files of uploads a crash or a closed window interrupted. */
  removedPartials: string[];
  /** Finished files no row claims: a crash between the rename and the insert, or a deleted session. */
  removedOrphans: string[];
  /**
   * Rows whose file is missing or not the size that was written (deleted by
   * hand, a disk error, or an import that brought rows without their files).
   * The rows are kept — they hold the answer's metadata and a file may yet
   * come back — and the user is told.
   */
  missingRecordings: number;
}

/**
 * Tidies `recordings/` at start-up, before any upload can run: leftovers of
 * interrupted uploads and finished files no row claims are deleted (only
 * names this app creates). Rows are never deleted here: a row whose file is
 * missing or damaged is counted, so the user can be told, and kept.
 */
export function reconcileRecordings(db: Database, dataDir: string): CleanupReport {
  const dir = recordingsDir(dataDir);
  const report: CleanupReport = { removedPartials: [], removedOrphans: [], missingRecordings: 0 };
  const rows = db
    .prepare<[], { id: number; file_name: string; byte_size: number }>('SELECT id, file_name, byte_size FROM recordings')
    .all();

  report.missingRecordings = rows.filter((row) => {
    const file = join(dir, row.file_name);
    return !existsSync(file) || statSync(file).size !== row.byte_size;
  }).length;

  if (!existsSync(dir)) return report;
  const claimed = new Set(rows.map((row) => row.file_name));
  for (const name of readdirSync(dir)) {
    if (isPartialFileName(name)) {
      rmSync(join(dir, name), { force: true });
      report.removedPartials.push(name);
    } else if (isRecordingFileName(name) && !claimed.has(name)) {
      rmSync(join(dir, name), { force: true });
      report.removedOrphans.push(name);
    }
  }
  return report;
}
