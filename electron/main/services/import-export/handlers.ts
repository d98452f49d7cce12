import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { exportBanks } from './export-banks';
import { backupBeforeImport } from '../data/backups';
import { commitImport } from './import-banks';
import { previewImport } from './import-preview';

export type ImportExportChannel = 'banks.export' | 'banks.previewImport' | 'banks.import';

export function importExportHandlers(deps: FeatureDeps): HandlersFor<ImportExportChannel> {
  const { db, now, jobs } = deps;
  return {
    'banks.export': (input) => exportBanks(db, input, now()),
    'banks.previewImport': (input) => previewImport(db, input),
    // Cancellable while the file is read and checked (nothing written yet); not once the backup starts.
    'banks.import': (input) =>
      jobs.run('question-import', 'questions', true, (report) => commitImport(db, input, now(), () => backupBeforeImport(deps), report)),
  };
}
