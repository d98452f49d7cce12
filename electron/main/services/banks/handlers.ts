import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { importExportHandlers, type ImportExportChannel } from '../import-export/handlers';
import { type QuestionChannel, questionHandlers } from '../questions/handlers';
import { bankQueries, requireBank } from './bank-queries';
import { bankDeletionImpact, createBank, removeBank, restoreBank, updateBank } from './bank-writes';

type BankChannel = 'banks.list' | 'banks.get' | 'banks.create' | 'banks.update' | 'banks.deletionImpact' | 'banks.remove' | 'banks.restore';

/** The question-bank feature: banks, their questions, search, and import/export, wired with one call from app-core. */
export function bankHandlers(deps: FeatureDeps): HandlersFor<BankChannel | QuestionChannel | ImportExportChannel> {
  const { db, now } = deps;
  return {
    'banks.list': ({ includeArchived }) => bankQueries(db).list(includeArchived),
    'banks.get': ({ id }) => requireBank(db, id),
    'banks.create': (input) => createBank(db, input, now()),
    'banks.update': ({ id, base, ...patch }) => updateBank(db, id, patch, now(), base),
    'banks.deletionImpact': ({ id }) => bankDeletionImpact(db, id),
    'banks.remove': ({ id }) => removeBank(db, id, now()),
    'banks.restore': ({ id }) => restoreBank(db, id, now()),
    ...questionHandlers(deps),
    ...importExportHandlers(deps),
  };
}
