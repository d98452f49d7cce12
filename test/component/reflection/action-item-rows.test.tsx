import { formatCalendarDay } from '../../../shared/domain/dates/format';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { ActionItem } from '../../../shared/domain/reflection/action-items';
import { ActionItemRows } from '../../../renderer/src/features/reflection/ActionItemRows';

const item = (patch: Partial<ActionItem>): ActionItem => ({
  id: 1,
  kind: 'skill',
  title: 'Learn SQL',
  dueOn: '2026-03-01',
  done: false,
  doneAt: null,
  sourceKey: null,
  interview: { id: 4, company: 'Acme', role: 'Analyst' },
  createdAt: '',
  updatedAt: '',
  ...patch,
});

describe('ActionItemRows', () => {
  test('shows kind, due date (overdue flagged) and where it came from; ticking saves it as done', async () => {
    const onSave = vi.fn(async () => null);
    render(<ActionItemRows items={[item({})]} today="2026-03-10" emptyText="none" onSave={onSave} onDelete={vi.fn()} />);
    expect(screen.getByText(`due ${formatCalendarDay('2026-03-01')} (overdue)`, { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Analyst at Acme' }).getAttribute('href')).toBe('#/reflection/interview/4');
    const box = screen.getByRole('checkbox', { name: 'Done: Learn SQL' }) as HTMLInputElement;
    await userEvent.setup().click(box);
    expect(box.checked).toBe(true);
    // The item as shown is the base, so only "done" is written (another window's edit of the title is kept).
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ id: 1 }),
      { kind: 'skill', title: 'Learn SQL', dueOn: '2026-03-01', done: true },
      { kind: 'skill', title: 'Learn SQL', dueOn: '2026-03-01', done: false },
    );
  });

  test('a failed save unticks the box and says why', async () => {
    const onSave = vi.fn(async () => ({ code: 'storage_error' as const, message: 'Disk full.' }));
    render(<ActionItemRows items={[item({})]} today="2026-03-01" emptyText="none" onSave={onSave} onDelete={vi.fn()} />);
    const box = screen.getByRole('checkbox', { name: 'Done: Learn SQL' }) as HTMLInputElement;
    await userEvent.setup().click(box);
    expect(box.checked).toBe(false);
    expect(screen.getByRole('alert').textContent).toBe('Disk full.');
  });

  test('edits inline, showing the main process’s field message', async () => {
    const onSave = vi.fn(async () => ({
      code: 'invalid_input' as const,
      message: 'x',
      issues: [{ path: 'title', message: 'Describe the action' }],
    }));
    render(<ActionItemRows items={[item({})]} today="2026-03-01" emptyText="none" onSave={onSave} onDelete={vi.fn()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit “Learn SQL”' }));
    await user.clear(screen.getByLabelText('What to do'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Describe the action')).toBeTruthy();
  });

  test('deletes only after a second, explicit click', async () => {
    const onDelete = vi.fn(async () => null);
    render(<ActionItemRows items={[item({})]} today="2026-03-01" emptyText="none" onSave={vi.fn()} onDelete={onDelete} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete “Learn SQL”' }));
    expect(onDelete).not.toHaveBeenCalled();
    // Focus starts on the safe choice; deleting takes its own click.
    expect(document.activeElement?.textContent).toBe('Keep it');
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    await user.click(screen.getByRole('button', { name: 'Delete “Learn SQL”' }));
    await user.click(screen.getByRole('button', { name: 'Delete “Learn SQL” for good' }));
    expect(onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 1 }));
  });

  test('says so when there is nothing to show', () => {
    render(<ActionItemRows items={[]} today="2026-03-01" emptyText="No open action items." onSave={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.getByText('No open action items.')).toBeTruthy();
  });
});
