import { formatDateTime } from '../../../shared/domain/dates/format';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useEffect, useRef, useState } from 'react';
import type { ErrorData } from '../../../shared/contract/result';
import type { RecoveryInfo } from '../../../shared/domain/app-info';
import { ErrorMessage } from '../components/ErrorMessage';
import './recovery.css';

export type RecoveryChoice = 'backup' | 'fresh';

interface Props {
  recovery: RecoveryInfo;
  /** The choice being carried out, if any. */
  busy: RecoveryChoice | null;
  error: ErrorData | null;
  onChoose: (choice: RecoveryChoice) => void;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Shown instead of the app when the database could not be opened: says what
 * happened in plain words and lets the user restore the newest verified
 * backup or start fresh. Either way the damaged file is kept.
 */
export function RecoveryScreen({ recovery, busy, error, onChoose }: Props) {
  const [confirmingFresh, setConfirmingFresh] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const backupDate = recovery.backup ? formatDateTime(recovery.backup.createdAt) : null;

  return (
    <main className="recovery stack" aria-labelledby="recovery-title">
      <h1 id="recovery-title" ref={headingRef} tabIndex={-1}>
        Rehearse could not open your data
      </h1>
      {recovery.missing ? (
        <p>
          Your practice history is kept in one database file, and that file is missing from the data folder (
          <code className="recovery-path">{recovery.damagedFile}</code>): it may have been deleted or moved. Your backups are still there.
          Rehearse has not started with empty data: choose below.
        </p>
      ) : (
        <>
          <p>Your practice history is kept in one database file, and that file is damaged: {recovery.problem}. Nothing has been deleted.</p>
          <p>
            Whichever you choose below, the damaged file is moved aside and kept (renamed to start with <code>rehearse.corrupt-</code>) in
            the same folder as <code className="recovery-path">{recovery.damagedFile}</code>.
          </p>
        </>
      )}

      <section className="card stack" aria-labelledby="recovery-backup">
        <h2 id="recovery-backup">Restore the latest backup</h2>
        {recovery.backup ? (
          <>
            <p>
              A backup taken {backupDate} was checked and found whole ({formatBytes(recovery.backup.bytes)}). Anything you saved after that
              will not be in it.
            </p>
            <button type="button" className="primary" disabled={busy !== null} onClick={() => onChoose('backup')}>
              Restore the backup from {backupDate}
            </button>
          </>
        ) : (
          <p>There is no backup that passed its check, so there is nothing to restore.</p>
        )}
      </section>

      <section className="card stack" aria-labelledby="recovery-fresh">
        <h2 id="recovery-fresh">Start fresh</h2>
        <p>
          Start again with no practice history. The starter question banks come back;{' '}
          {recovery.missing ? 'your backups stay in the backups folder.' : 'the damaged file is still kept.'}
        </p>
        {confirmingFresh ? (
          <ConfirmDialog
            level={3}
            title="Start with empty data?"
            confirmLabel="Yes, start fresh"
            busy={busy !== null}
            onConfirm={() => onChoose('fresh')}
            onCancel={() => setConfirmingFresh(false)}
          >
            <p>Your practice history will not be in Rehearse; the damaged file stays where it is.</p>
          </ConfirmDialog>
        ) : (
          <button type="button" disabled={busy !== null} onClick={() => setConfirmingFresh(true)}>
            Start fresh…
          </button>
        )}
      </section>

      <p role="status" aria-live="polite">
        {busy === 'backup' ? 'Restoring the backup…' : busy === 'fresh' ? 'Starting fresh…' : ''}
      </p>
      {error && <ErrorMessage error={error} />}
    </main>
  );
}
