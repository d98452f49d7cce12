import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useState } from 'react';
import type { ExportedArchive } from '../../../../shared/domain/data';
import { formatBytes } from './data-transfer';

interface Props {
  busy: boolean;
  lastExport: ExportedArchive | null;
  onExportEverything: () => void;
  onExportCsv: () => void;
  onDownload: (archive: ExportedArchive) => void;
  onImport: (file: File) => void;
}

/** Export everything / answers as CSV / import everything, with a confirmation before an import replaces the data. */
export function ExportImport({ busy, lastExport, onExportEverything, onExportCsv, onDownload, onImport }: Props) {
  const [chosen, setChosen] = useState<File | null>(null);
  return (
    <div className="stack">
      <p>
        <button type="button" disabled={busy} onClick={onExportEverything}>
          Export everything
        </button>{' '}
        <button type="button" disabled={busy} onClick={onExportCsv}>
          Export answers as CSV
        </button>
      </p>
      <p className="muted">
        “Export everything” writes one archive with all your banks, sessions, reflections, schedules and recordings, to move to another
        computer. The CSV has one row per answer, for spreadsheets.
      </p>
      {lastExport && (
        <div className="card" role="status">
          <p>
            Saved <code>{lastExport.fileName}</code> ({formatBytes(lastExport.bytes)}
            {lastExport.recordings > 0 ? `, ${lastExport.recordings} recordings` : ''}) in your data folder’s <code>exports</code> folder.
          </p>
          {(lastExport.missingRecordings ?? 0) > 0 && (
            <p>
              {lastExport.missingRecordings === 1
                ? '1 answer’s recording was already missing from the data folder, so that answer is in the archive without it.'
                : `${lastExport.missingRecordings} answers’ recordings were already missing from the data folder, so those answers are in the archive without them.`}
            </p>
          )}
          <button type="button" disabled={busy} onClick={() => onDownload(lastExport)}>
            Save a copy elsewhere…
          </button>
        </div>
      )}
      <label>
        Import everything from an archive
        <input
          type="file"
          accept=".tar,application/x-tar"
          disabled={busy}
          onChange={(e) => setChosen(e.currentTarget.files?.[0] ?? null)}
        />
      </label>
      {chosen && (
        <ConfirmDialog
          level={3}
          title={`Replace your data with ${chosen.name}?`}
          tone="primary"
          confirmLabel="Import and replace"
          busy={busy}
          onConfirm={() => {
            onImport(chosen);
            setChosen(null);
          }}
          onCancel={() => setChosen(null)}
        >
          <p>
            Everything in Rehearse on this computer is replaced by the archive’s contents. A backup of your current data is taken first, so
            you can restore it from the list above.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
