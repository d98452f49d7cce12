import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { exportBanks } from './export-banks';
import { backupBeforeImport } from '../data/backups';
import { commitImport, previewImport } from './import-banks';

export type ImportExportChannel = 'banks.export' | 'banks.previewImport' | 'banks.import';

export function importExportHandlers(deps: FeatureDeps): HandlersFor<ImportExportChannel> {
  const { db, now } = deps;
  return {
    'banks.export': (input) => exportBanks(db, input, now()),
    'banks.previewImport': (input) => previewImport(db, input),
    'banks.import': (input) => commitImport(db, input, now(), () => backupBeforeImport(deps)),
  };
}
