import { useId, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { ExportFormat } from '../../../../shared/domain/import-export/document';
import { ErrorMessage } from '../../components/ErrorMessage';

const formats: { value: ExportFormat; label: string }[] = [
  { value: 'json', label: 'Rehearse JSON — a complete copy to import again' },
  { value: 'csv', label: 'CSV — for spreadsheets' },
  { value: 'markdown', label: 'Markdown — to read or print' },
  { value: 'anki', label: 'Anki CSV — flashcards' },
];

interface Props {
  /** What is exported, for the button: “this bank” or “all banks”. */
  what: string;
  /** Exports and starts the download; answers a message for the status line, or an error. */
  onExport: (format: ExportFormat) => Promise<{ ok: true; message: string } | { ok: false; error: ErrorData }>;
}

export function ExportControls({ what, onExport }: Props) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('json');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setStatus('');
    const result = await onExport(format);
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) setStatus(result.message);
  }

  return (
    <div className="export-controls">
      <label htmlFor={`${id}-format`}>Export format</label>
      <div className="button-row">
        <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {formats.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void run()} disabled={busy}>
          Export {what}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
    </div>
  );
}
