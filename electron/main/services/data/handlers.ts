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
  | 'data.discardImport';

export function dataHandlers(deps: FeatureDeps): HandlersFor<DataChannel> {
  removeLeftovers(deps.dataDir);
  const uploads = importUploads(deps.dataDir);

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
    'data.backupNow': () => exclusive('backing up', () => createBackup(deps, 'manual')),
    'data.restoreBackup': ({ fileName }) => exclusive('restoring a backup', () => restoreBackup(deps, fileName)),
    'data.deleteBackup': ({ fileName }) => {
      findBackup(deps.dataDir, fileName);
      deleteBackupFile(deps.dataDir, fileName);
      return null;
    },
    'data.checkDatabase': () => exclusive('checking the database', () => checkLiveDatabase(deps.db, deps.databaseFile, deps.now())),
    'data.exportEverything': () => exclusive('exporting', () => exportEverything(deps)),
    'data.exportAnswersCsv': () => exclusive('exporting', () => exportAnswersCsv(deps)),
    'data.readExport': ({ fileName, offset, length }) => readExportChunk(deps.dataDir, fileName, offset, length),
    'data.beginImport': ({ bytes }) => uploads.begin(bytes),
    'data.appendImport': ({ uploadId, index, data }) => uploads.append(uploadId, index, data),
    'data.finishImport': ({ uploadId }) =>
      exclusive('importing', () => uploads.finish(uploadId, (archive) => importEverything(deps, archive))),
    'data.discardImport': ({ uploadId }) => {
      uploads.discard(uploadId);
      return null;
    },
  };
}
