import { formatDateTime } from '../../../../shared/domain/dates/format';
import { useRef, useState } from 'react';
import type { ErrorData, Result } from '../../../../shared/contract/result';
import type { BackupInfo, DatabaseCheck, ExportedArchive } from '../../../../shared/domain/data';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useJobProgress } from '../../api/use-job-progress';
import { ErrorMessage } from '../../components/ErrorMessage';
import { JobProgressBar, type ProgressView } from '../../components/JobProgressBar';
import { BackupList } from './BackupList';
import { CheckReport } from './CheckReport';
import { downloadExport, formatBytes, importArchive } from './data-transfer';
import { ExportImport } from './ExportImport';
import './data-section.css';

/** Backups, restore, export and import of everything, and the database check: the "Your data" part of Settings. */
export function DataSection() {
  const [status, reloadStatus] = useApiQuery('data.status', {});
  const [backups, reloadBackups] = useApiQuery('data.listBackups', {});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ErrorData | null>(null);
  const [check, setCheck] = useState<DatabaseCheck | null>(null);
  const [lastExport, setLastExport] = useState<ExportedArchive | null>(null);
  // The upload of an archive happens here in the page; everything after it is a job in the main process.
  const [upload, setUpload] = useState<ProgressView | null>(null);
  const uploadAbort = useRef<AbortController | null>(null);
  const job = useJobProgress();

  /** Runs one operation at a time, reporting its outcome in words. */
  async function run<T>(working: string, action: () => Promise<Result<T>>, done: (value: T) => string): Promise<void> {
    setBusy(true);
    setError(null);
    setMessage(working);
    const result = await action();
    setBusy(false);
    if (result.ok) setMessage(done(result.value));
    else if (result.error.code === 'cancelled') setMessage(result.error.message);
    else {
      setMessage('');
      setError(result.error);
    }
    reloadStatus();
    reloadBackups();
  }

  const restore = (backup: BackupInfo) =>
    run(
      'Restoring…',
      () => api.data.restoreBackup({ fileName: backup.fileName }),
      (r) => `Restored the backup from ${formatDateTime(r.restored.createdAt)}. Your previous data was kept as a backup.`,
    );

  return (
    <div className="data-section stack">
      {status.status === 'ready' && (
        <p className="muted">
          Database {formatBytes(status.value.databaseBytes)}, {status.value.recordings} recordings (
          {formatBytes(status.value.recordingBytes)}).{' '}
          {status.value.lastBackup ? `Last backup: ${formatDateTime(status.value.lastBackup.createdAt)}.` : 'No backup yet.'}
        </p>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
      {upload && <JobProgressBar job={upload} onCancel={() => uploadAbort.current?.abort()} />}
      {!upload && job && <JobProgressBar job={job} onCancel={() => void api.data.cancelJob({ jobId: job.jobId })} />}
      {error && <ErrorMessage error={error} />}

      <h3>Backups</h3>
      <p className="muted">
        Rehearse backs up your data every day you use it, and before every import, restore and update; it keeps the last week daily, then
        one a week for two months and one a month for a year. Backups you make yourself are kept until you delete them.
      </p>
      <p>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(
              'Backing up…',
              () => api.data.backupNow({}),
              () => 'Backup made and verified.',
            )
          }
        >
          Back up now
        </button>
      </p>
      {backups.status === 'error' && <ErrorMessage error={backups.error} onRetry={reloadBackups} />}
      {backups.status === 'ready' && (
        <BackupList
          backups={backups.value}
          busy={busy}
          onRestore={(b) => void restore(b)}
          onDelete={(b) =>
            void run(
              'Deleting…',
              () => api.data.deleteBackup({ fileName: b.fileName }),
              () => 'Backup deleted.',
            )
          }
        />
      )}

      <h3>Export and import</h3>
      <ExportImport
        busy={busy}
        lastExport={lastExport}
        onExportEverything={() =>
          void run(
            'Exporting everything…',
            () => api.data.exportEverything({}),
            (a) => {
              setLastExport(a);
              return 'Export finished.';
            },
          )
        }
        onExportCsv={() =>
          void run(
            'Exporting answers…',
            () => api.data.exportAnswersCsv({}),
            (a) => {
              setLastExport(a);
              return `Exported ${a.counts.answers ?? 0} answers.`;
            },
          )
        }
        onDownload={(a) =>
          void run(
            'Preparing the download…',
            () => downloadExport(api.data, a.fileName, a.fileName.endsWith('.csv') ? 'text/csv' : 'application/x-tar'),
            () => '',
          )
        }
        onImport={(file) => {
          const abort = new AbortController();
          uploadAbort.current = abort;
          const uploading = (done: number) =>
            setUpload(done < file.size ? { kind: 'import', step: 'uploading', done, total: file.size, cancellable: true } : null);
          uploading(0);
          void run(
            'Importing…',
            () => importArchive(api.data, file, uploading, abort.signal),
            (r) => {
              const missing =
                r.missingRecordings === 0
                  ? ''
                  : ` ${r.missingRecordings === 1 ? '1 answer came' : `${r.missingRecordings} answers came`} without ${r.missingRecordings === 1 ? 'its recording' : 'their recordings'} (the archive did not hold the file); ${r.missingRecordings === 1 ? 'it is' : 'they are'} kept without playback.`;
              return `Imported ${r.counts.answers ?? 0} answers, ${r.counts.questions ?? 0} questions and ${r.recordings} recordings.${missing} Your previous data was backed up first.`;
            },
          ).then(() => setUpload(null));
        }}
      />

      <h3>Check database</h3>
      <p>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(
              'Checking…',
              () => api.data.checkDatabase({}),
              (c) => {
                setCheck(c);
                return '';
              },
            )
          }
        >
          Check database
        </button>
      </p>
      {check && <CheckReport check={check} />}
    </div>
  );
}
