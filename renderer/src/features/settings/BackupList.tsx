import { formatDateTime } from '../../../../shared/domain/dates/format';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useState } from 'react';
import { type BackupInfo, backupReasonLabels } from '../../../../shared/domain/data';
import { formatBytes } from './data-transfer';

interface Props {
  backups: BackupInfo[];
  busy: boolean;
  onRestore: (backup: BackupInfo) => void;
  onDelete: (backup: BackupInfo) => void;
}

/** The backups, newest first; restoring asks first and says what will happen to the current data. */
export function BackupList({ backups, busy, onRestore, onDelete }: Props) {
  const [confirming, setConfirming] = useState<{ backup: BackupInfo; action: 'restore' | 'delete' } | null>(null);

  if (backups.length === 0)
    return <p className="muted">No backups yet. Rehearse makes one every day you use it; you can also make one now.</p>;
  return (
    <>
      {confirming && (
        <ConfirmDialog
          level={3}
          title={confirming.action === 'restore' ? 'Restore this backup?' : 'Delete this backup?'}
          tone={confirming.action === 'restore' ? 'primary' : 'danger'}
          confirmLabel={confirming.action === 'restore' ? 'Restore' : 'Delete'}
          busy={busy}
          onConfirm={() => {
            (confirming.action === 'restore' ? onRestore : onDelete)(confirming.backup);
            setConfirming(null);
          }}
          onCancel={() => setConfirming(null)}
        >
          <p>
            {confirming.action === 'restore'
              ? `Everything will be as it was on ${formatDateTime(confirming.backup.createdAt)}. Your current data is kept as a backup first, so you can go back.`
              : `The backup from ${formatDateTime(confirming.backup.createdAt)} will be removed from this computer.`}
          </p>
        </ConfirmDialog>
      )}
      <table className="backup-table">
        <caption className="visually-hidden">Backups, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Why</th>
            <th scope="col">Size</th>
            <th scope="col">Check</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.fileName}>
              <th scope="row">{formatDateTime(b.createdAt)}</th>
              <td>{backupReasonLabels[b.reason]}</td>
              <td>{formatBytes(b.bytes)}</td>
              <td>{b.verified ? 'Verified' : <span className="error-message">Damaged{b.problem ? `: ${b.problem}` : ''}</span>}</td>
              <td className="row-actions">
                <button
                  type="button"
                  disabled={busy || !b.verified}
                  aria-label={`Restore the backup from ${formatDateTime(b.createdAt)}`}
                  onClick={() => setConfirming({ backup: b, action: 'restore' })}
                >
                  Restore…
                </button>{' '}
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Delete the backup from ${formatDateTime(b.createdAt)}`}
                  onClick={() => setConfirming({ backup: b, action: 'delete' })}
                >
                  Delete…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
