import type { HandlersFor } from '../../ipc/handlers';
import type { BankQueries } from './bank-queries';

export function bankHandlers(banks: BankQueries): HandlersFor<'banks.list'> {
  return {
    'banks.list': ({ includeArchived }) => banks.list(includeArchived),
  };
}
