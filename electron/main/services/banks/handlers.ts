import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { bankQueries } from './bank-queries';

export function bankHandlers({ db }: FeatureDeps): HandlersFor<'banks.list'> {
  const banks = bankQueries(db);
  return {
    'banks.list': ({ includeArchived }) => banks.list(includeArchived),
  };
}
