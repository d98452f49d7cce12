import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { BackupInfo } from '../../../shared/domain/data';
import { BackupList } from '../../../renderer/src/features/settings/BackupList';
import { CheckReport } from '../../../renderer/src/features/settings/CheckReport';
import { ExportImport } from '../../../renderer/src/features/settings/ExportImport';

const backup = (over: Partial<BackupInfo>): BackupInfo => ({
  fileName: 'daily-v5-2026-01-05T10-00-00-000Z.sqlite',
  path: '/data/backups/daily-v5-2026-01-05T10-00-00-000Z.sqlite',
  reason: 'daily',
  createdAt: '2026-01-05T10:00:00.000Z',
  schemaVersion: 5,
  bytes: 2_500_000,
  verified: true,
  problem: null,
  ...over,
});

describe('the backup list', () => {
  test('restoring asks first, says the current data is kept, and only then restores', async () => {
    const onRestore = vi.fn();
    const chosen = backup({
      reason: 'manual',
      fileName: 'manual-v5-2026-01-06T10-00-00-000Z.sqlite',
      createdAt: '2026-01-06T10:00:00.000Z',
    });
    render(<BackupList backups={[chosen, backup({})]} busy={false} onRestore={onRestore} onDelete={vi.fn()} />);
    const row = screen.getByRole('row', { name: /Made by you/ });
    await userEvent.click(within(row).getByRole('button', { name: /^Restore the backup from/ }));
    const dialog = screen.getByRole('alertdialog', { name: 'Restore this backup?' });
    expect(dialog).toHaveTextContent('Your current data is kept as a backup first');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onRestore).not.toHaveBeenCalled();

    await userEvent.click(within(row).getByRole('button', { name: /^Restore the backup from/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(onRestore).toHaveBeenCalledWith(chosen);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  test('a damaged backup says so and cannot be restored', () => {
    render(
      <BackupList
        backups={[backup({ verified: false, problem: 'not a database file' })]}
        busy={false}
        onRestore={vi.fn()}
        onDelete={vi.fn()}
      />,
    );
    expect(screen.getByText('Damaged: not a database file')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Restore the backup from/ })).toBeDisabled();
  });

  test('with no backups, explains that they are automatic', () => {
    render(<BackupList backups={[]} busy={false} onRestore={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.getByText(/makes one every day you use it/)).toBeInTheDocument();
  });
});

describe('export and import', () => {
  test('an import replaces nothing until confirmed', async () => {
    const onImport = vi.fn();
    render(
      <ExportImport
        busy={false}
        lastExport={null}
        onExportEverything={vi.fn()}
        onExportCsv={vi.fn()}
        onDownload={vi.fn()}
        onImport={onImport}
      />,
    );
    const file = new File(['tar bytes'], 'rehearse-everything.tar', { type: 'application/x-tar' });
    await userEvent.upload(screen.getByLabelText('Import everything from an archive'), file);
    const dialog = screen.getByRole('alertdialog', { name: 'Replace your data with rehearse-everything.tar?' });
    expect(dialog).toHaveTextContent('A backup of your current data is taken first');
    expect(onImport).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import and replace' }));
    expect(onImport).toHaveBeenCalledWith(file);
  });

  test('a finished export names the file and offers a copy elsewhere', async () => {
    const onDownload = vi.fn();
    const archive = {
      fileName: 'rehearse-everything-x.tar',
      path: '/d/exports/rehearse-everything-x.tar',
      bytes: 2048,
      counts: {},
      recordings: 2,
    };
    render(
      <ExportImport
        busy={false}
        lastExport={archive}
        onExportEverything={vi.fn()}
        onExportCsv={vi.fn()}
        onDownload={onDownload}
        onImport={vi.fn()}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Saved rehearse-everything-x.tar (2 kB, 2 recordings)');
    await userEvent.click(screen.getByRole('button', { name: 'Save a copy elsewhere…' }));
    expect(onDownload).toHaveBeenCalledWith(archive);
  });
});

test('the database check reads as plain sentences', () => {
  render(
    <CheckReport
      check={{
        checkedAt: '2026-01-05T10:00:00.000Z',
        ok: false,
        integrity: ['ok'],
        foreignKeyProblems: [{ table: 'answers', rowId: 4, parent: 'questions' }],
        rollupsMatch: false,
        repaired: ['The progress summaries did not match your answers and were rebuilt from them.'],
        bytes: 4096,
      }}
    />,
  );
  expect(screen.getByText('The check found problems.')).toBeInTheDocument();
  expect(screen.getByText(/1 row\(s\) point at something missing, e\.g\. in answers/)).toBeInTheDocument();
  expect(screen.getByText(/were rebuilt from them/)).toBeInTheDocument();
  expect(screen.getByText(/Restoring the newest verified backup/)).toBeInTheDocument();
});
