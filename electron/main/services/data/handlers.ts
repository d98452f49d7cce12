import { AppError } from '../../../../shared/contract/result';
import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { exportAnswersCsv } from './answers-csv';
import { exportEverything } from './archive-export';
import { importEverything } from './archive-import';
import { createBackup, deleteBackupFile, findBackup, listBackups } from './backups';
import { checkLiveDatabase } from './check-database';
import { dataStatus } from './data-status';
import { readExportChunk } from './exports';
import { importUploads } from './import-uploads';
import { removeLeftovers } from './leftovers';
import { restoreBackup } from './restore';

type DataChannel =
  | 'data.status'
  | 'data.listBackups'
  | 'data.backupNow'
  | 'data.restoreBackup'
  | 'data.deleteBackup'
  | 'data.checkDatabase'
  | 'data.exportEverything'
  | 'data.exportAnswersCsv'
  | 'data.readExport'
  | 'data.beginImport'
  | 'data.appendImport'
  | 'data.finishImport'
  | 'data.discardImport'
  | 'data.cancelJob';

export function dataHandlers(deps: FeatureDeps): HandlersFor<DataChannel> {
  removeLeftovers(deps.dataDir);
  const uploads = importUploads(deps.dataDir, () => deps.now().getTime());
  const { jobs } = deps;

  // One long data operation at a time: an export reading while an import replaces everything would mix two states.
  let busy: string | null = null;
  async function exclusive<T>(what: string, run: () => T | Promise<T>): Promise<T> {
    if (busy) throw new AppError('conflict', `Please wait: Rehearse is still ${busy}.`);
    busy = what;
    try {
      return await run();
    } finally {
      busy = null;
    }
  }

  return {
    'data.status': () => dataStatus(deps.dataDir, deps.databaseFile),
    'data.listBackups': () => listBackups(deps.dataDir),
    // Backup, restore and the check are single SQLite statements or one transaction on the live
    // database: better-sqlite3 cannot interrupt them, and a half-done restore is what we must never
    // leave, so they report steps but cannot be cancelled.
    'data.backupNow': () =>
      exclusive('backing up', () => jobs.run('backup', 'copying', false, (report) => createBackup(deps, 'manual', report))),
    'data.restoreBackup': ({ fileName }) =>
      exclusive('restoring a backup', () =>
        jobs.run('restore', 'checking', false, (report) => restoreBackup(deps, fileName, undefined, report)),
      ),
    'data.deleteBackup': ({ fileName }) => {
      findBackup(deps.dataDir, fileName);
      deleteBackupFile(deps.dataDir, fileName);
      return null;
    },
    'data.checkDatabase': () =>
      exclusive('checking the database', () =>
        jobs.run('check', 'integrity', false, (report) => checkLiveDatabase(deps.db, deps.databaseFile, deps.now(), report)),
      ),
    // Exports write only into a private folder until the last step, so stopping them loses nothing.
    'data.exportEverything': () =>
      exclusive('exporting', () => jobs.run('export', 'tables', true, (report) => exportEverything(deps, report))),
    'data.exportAnswersCsv': () =>
      exclusive('exporting', () => jobs.run('export', 'tables', true, (report) => exportAnswersCsv(deps, report))),
    'data.readExport': ({ fileName, offset, length }) => readExportChunk(deps.dataDir, fileName, offset, length),
    'data.beginImport': ({ bytes }) => uploads.begin(bytes),
    'data.appendImport': ({ uploadId, index, data }) => uploads.append(uploadId, index, data),
    // An import can be stopped while it checks the archive into scratch files; it commits (no more
    // cancelling) just before it backs up and replaces the live data.
    'data.finishImport': ({ uploadId }) =>
      exclusive('importing', () =>
        uploads.finish(uploadId, (archive) => jobs.run('import', 'reading', true, (report) => importEverything(deps, archive, report))),
      ),
    'data.discardImport': ({ uploadId }) => {
      uploads.discard(uploadId);
      return null;
    },
    'data.cancelJob': ({ jobId }) => ({ cancelling: jobs.cancel(jobId) }),
  };
}
