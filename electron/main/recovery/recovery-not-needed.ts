import { AppError } from '../../../shared/contract/result';
import type { HandlersFor } from '../ipc/handlers';

// Its own file so that app-core.ts (which wires it) and recovery-handlers.ts (which opens an
// app core once the user has chosen) do not import each other.

export type RecoveryChannel = 'app.recoverFromBackup' | 'app.startFresh';

/** In a healthy app the two recovery channels have nothing to do. */
export function recoveryNotNeeded(): HandlersFor<RecoveryChannel> {
  const refuse = () => {
    throw new AppError('conflict', 'Your data opened normally: there is nothing to recover.');
  };
  return { 'app.recoverFromBackup': refuse, 'app.startFresh': refuse };
}
