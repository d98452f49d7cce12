import { type ReactNode, useEffect, useState } from 'react';
import type { ErrorData } from '../../../shared/contract/result';
import type { RecoveryInfo } from '../../../shared/domain/app-info';
import { api } from '../api/client';
import { type RecoveryChoice, RecoveryScreen } from './RecoveryScreen';

type GateState = { status: 'checking' } | { status: 'open' } | { status: 'recovery'; recovery: RecoveryInfo };

/**
 * Asks the main process once whether the data opened; if not, shows the
 * recovery screen until the user has chosen, then the app itself.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ status: 'checking' });
  const [busy, setBusy] = useState<RecoveryChoice | null>(null);
  const [error, setError] = useState<ErrorData | null>(null);

  useEffect(() => {
    void api.app.info({}).then((result) => {
      // If the main process does not answer, the app shows that error itself.
      setState(result.ok && result.value.recovery ? { status: 'recovery', recovery: result.value.recovery } : { status: 'open' });
    });
  }, []);

  const choose = (choice: RecoveryChoice) => {
    setBusy(choice);
    setError(null);
    void (choice === 'backup' ? api.app.recoverFromBackup({}) : api.app.startFresh({})).then((result) => {
      setBusy(null);
      if (result.ok) setState({ status: 'open' });
      else setError(result.error);
    });
  };

  if (state.status === 'checking') return null;
  if (state.status === 'recovery') return <RecoveryScreen recovery={state.recovery} busy={busy} error={error} onChoose={choose} />;
  return children;
}
