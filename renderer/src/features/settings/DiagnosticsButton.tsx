import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { api } from '../../api/client';
import { diagnosticsText } from '../../api/diagnostics-text';
import { copyText } from '../../lib/copy-text';
import { CopyOutcome } from '../../components/CopyOutcome';

/**
 * "Copy diagnostic information": versions, platform, database version, row
 * counts and recent log lines — never the user's questions, answers or
 * reflections — for a problem report. Where the clipboard is refused, the
 * text is shown, selected, to copy by hand.
 */
export function DiagnosticsButton() {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorData | null>(null);
  const [shown, setShown] = useState<string | null>(null);

  async function copy() {
    setError(null);
    const result = await api.app.diagnostics({});
    if (!result.ok) return setError(result.error);
    const text = diagnosticsText(result.value);
    if (await copyText(text)) {
      setShown(null);
      setStatus('Diagnostic information copied. It holds no questions, answers or reflections.');
    } else {
      setShown(text);
      setStatus('The clipboard is not available here: the text is shown below, selected, to copy.');
    }
  }

  return (
    <div className="stack">
      <h3>Problem reports</h3>
      <p>
        <button type="button" onClick={() => void copy()}>
          Copy diagnostic information
        </button>
      </p>
      <CopyOutcome status={status} error={error} shown={shown} label="Diagnostic information" rows={8} />
    </div>
  );
}
