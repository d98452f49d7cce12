import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { Preferences, PreferencesPatch } from '../../../../shared/domain/settings';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useTheme } from '../../lib/ThemeProvider';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DataSection } from './DataSection';
import { AnalyseOlderRecordings } from './AnalyseOlderRecordings';
import { DiagnosticsButton } from './DiagnosticsButton';
import { PreferencesForm } from './PreferencesForm';

export function SettingsPage() {
  const [loaded, reload] = useApiQuery('settings.get', {});
  const [saved, setSaved] = useState<Preferences | null>(null);
  const [error, setError] = useState<ErrorData | null>(null);
  const [status, setStatus] = useState('');
  const { setTheme } = useTheme();
  const [info] = useApiQuery('app.info', {});

  const preferences = saved ?? (loaded.status === 'ready' ? loaded.value : null);

  async function save(patch: PreferencesPatch) {
    if (!preferences) return;
    // Show the choice at once; the saved value (or the old one, on error) replaces it.
    setSaved({ ...preferences, ...patch });
    const result = await api.settings.update(patch);
    if (!result.ok) {
      setSaved(preferences);
      setError(result.error);
      setStatus('');
      return;
    }
    setError(null);
    setSaved(result.value);
    setTheme(result.value.theme);
    setStatus('Saved.');
  }

  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      {loaded.status === 'error' && <ErrorMessage error={loaded.error} onRetry={reload} />}
      {error && <ErrorMessage error={error} />}
      {preferences && <PreferencesForm preferences={preferences} onChange={(patch) => void save(patch)} />}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      {info.status === 'ready' && (
        <section aria-labelledby="data-heading" className="card">
          <h2 id="data-heading">Your data</h2>
          <p>
            Everything stays on this computer, in <code>{info.value.dataDir}</code>. Nothing is sent anywhere.
          </p>
          <p className="muted">
            Rehearse {info.value.version} ({info.value.mode} mode)
          </p>
          <DataSection />
          <AnalyseOlderRecordings />
          <DiagnosticsButton />
        </section>
      )}
    </section>
  );
}
