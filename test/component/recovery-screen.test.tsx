import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import type { RecoveryInfo } from '../../shared/domain/app-info';
import { RecoveryScreen } from '../../renderer/src/app/RecoveryScreen';

const withBackup: RecoveryInfo = {
  problem: 'the file is not a readable database (it may have been overwritten or only partly copied)',
  damagedFile: '/home/jane/.config/Rehearse/rehearse.sqlite',
  backup: { fileName: 'daily-v5-2026-02-27T08-00-00-000Z.sqlite', createdAt: '2026-02-27T08:00:00.000Z', bytes: 3 * 1024 * 1024 },
};

test('says what happened in plain words, where the damaged file stays, and offers the verified backup', async () => {
  const onChoose = vi.fn();
  const user = userEvent.setup();
  render(<RecoveryScreen recovery={withBackup} busy={null} error={null} onChoose={onChoose} />);

  expect(screen.getByRole('heading', { level: 1, name: 'Rehearse could not open your data' })).toHaveFocus();
  expect(screen.getByText(/not a readable database.*Nothing has been deleted/)).toBeInTheDocument();
  expect(screen.getByText(withBackup.damagedFile)).toBeInTheDocument();
  expect(screen.getByText(/3\.0 MB/)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: /Restore the backup from/ }));
  expect(onChoose).toHaveBeenCalledWith('backup');
});

test('starting fresh asks once more, by keyboard too, and can be cancelled', async () => {
  const onChoose = vi.fn();
  const user = userEvent.setup();
  render(<RecoveryScreen recovery={{ ...withBackup, backup: null }} busy={null} error={null} onChoose={onChoose} />);

  expect(screen.queryByRole('button', { name: /Restore/ })).toBeNull();
  expect(screen.getByText(/no backup that passed its check/)).toBeInTheDocument();

  await user.tab();
  expect(screen.getByRole('button', { name: 'Start fresh…' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(onChoose).not.toHaveBeenCalled();
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  await user.click(screen.getByRole('button', { name: 'Start fresh…' }));
  await user.click(screen.getByRole('button', { name: 'Yes, start fresh' }));
  expect(onChoose).toHaveBeenCalledWith('fresh');
});

test('while a choice runs the buttons wait and the status says so; a failure is announced', () => {
  const { rerender } = render(<RecoveryScreen recovery={withBackup} busy="backup" error={null} onChoose={() => undefined} />);
  expect(screen.getByRole('button', { name: /Restore the backup/ })).toBeDisabled();
  expect(screen.getByRole('status')).toHaveTextContent('Restoring the backup…');

  rerender(
    <RecoveryScreen
      recovery={withBackup}
      busy={null}
      error={{ code: 'storage_error', message: 'The backup no longer passes its check.' }}
      onChoose={() => undefined}
    />,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('The backup no longer passes its check.');
  expect(screen.getByRole('button', { name: /Restore the backup/ })).toBeEnabled();
});
