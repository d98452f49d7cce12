import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import type { ErrorData } from '../../../shared/contract/result';
import type { RecoveryInfo } from '../../../shared/domain/app-info';
import { api } from '../api/client';
import { readThroughCache } from '../api/queries';
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

  const client = useQueryClient();

  useEffect(() => {
    // Through the cache: main.tsx started this read beside the opening page's, and NoticeBanner reuses it.
    void readThroughCache(client, 'app.info', {}).then((result) => {
      // If the main process does not answer, the app shows that error itself.
      setState(result.ok && result.value.recovery ? { status: 'recovery', recovery: result.value.recovery } : { status: 'open' });
    });
  }, [client]);

  const choose = (choice: RecoveryChoice) => {
    setBusy(choice);
    setError(null);
    void (choice === 'backup' ? api.app.recoverFromBackup({}) : api.app.startFresh({})).then((result) => {
      setBusy(null);
      if (!result.ok) return setError(result.error);
      // Reads made before the choice (the opening page's, refused while the data was closed) are dropped.
      client.clear();
      setState({ status: 'open' });
    });
  };

  if (state.status === 'checking') return null;
  if (state.status === 'recovery') return <RecoveryScreen recovery={state.recovery} busy={busy} error={error} onChoose={choose} />;
  return children;
}
