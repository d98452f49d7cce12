import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { isPartialFileName, isRecordingFileName, recordingsDir } from './recording-files';

export interface CleanupReport {
  /** Temporary files of uploads a crash or a closed window interrupted. */
  removedPartials: string[];
  /** Finished files no row claims: a crash between the rename and the insert, or a deleted session. */
  removedOrphans: string[];
  /** Rows whose file is missing or not the size that was written; dropped so no answer points at a broken file. */
  removedRows: number;
}

/**
 * Brings `recordings/` and the `recordings` table back into agreement at
 * start-up, before any upload can run: every row names a complete file and
 * every file has a row. Only names this app creates are ever deleted.
 */
export function reconcileRecordings(db: Database, dataDir: string): CleanupReport {
  const dir = recordingsDir(dataDir);
  const report: CleanupReport = { removedPartials: [], removedOrphans: [], removedRows: 0 };
  const rows = db
    .prepare<[], { id: number; file_name: string; byte_size: number }>('SELECT id, file_name, byte_size FROM recordings')
    .all();

  const broken = rows.filter((row) => {
    const file = join(dir, row.file_name);
    return !existsSync(file) || statSync(file).size !== row.byte_size;
  });
  if (broken.length > 0) {
    const remove = db.prepare<{ id: number }>('DELETE FROM recordings WHERE id = @id');
    db.transaction(() => broken.forEach((row) => remove.run({ id: row.id })))();
    report.removedRows = broken.length;
  }

  if (!existsSync(dir)) return report;
  const claimed = new Set(rows.filter((row) => !broken.includes(row)).map((row) => row.file_name));
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
