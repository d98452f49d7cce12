import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { ConfirmDialog } from '../../../renderer/src/components/ConfirmDialog';

describe('ConfirmDialog', () => {
  test('is named by its title, described by its text, and starts on the safe choice', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <ConfirmDialog title="Delete this?" confirmLabel="Delete" onConfirm={onConfirm} onCancel={onCancel}>
        <p>It cannot be undone.</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this?' });
    expect(dialog).toHaveAccessibleDescription('It cannot be undone.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  test('Escape cancels and is marked handled, so page shortcuts ignore it', () => {
    const onCancel = vi.fn();
    const seen: boolean[] = [];
    const onWindowKey = (e: KeyboardEvent) => seen.push(e.defaultPrevented);
    window.addEventListener('keydown', onWindowKey);
    render(
      <ConfirmDialog title="End now?" confirmLabel="End" onConfirm={vi.fn()} onCancel={onCancel}>
        <p>Rated answers are kept.</p>
      </ConfirmDialog>,
    );
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    window.removeEventListener('keydown', onWindowKey);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([true]);
  });

  test('without onConfirm it only informs, and busy disables its choices', () => {
    const { rerender } = render(
      <ConfirmDialog title="Cannot delete" confirmLabel="Delete" cancelLabel="OK" onCancel={vi.fn()}>
        <p>It is the last bank.</p>
      </ConfirmDialog>,
    );
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    rerender(
      <ConfirmDialog title="Restore?" confirmLabel="Restore" tone="primary" busy onConfirm={vi.fn()} onCancel={vi.fn()}>
        <p>Current data is kept first.</p>
      </ConfirmDialog>,
    );
    expect(screen.getByRole('button', { name: 'Restore' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  });
});
