import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { ErrorData } from '../../../shared/contract/result';
import { ConflictNotice } from '../../../renderer/src/components/ConflictNotice';
import { type BankFields, BankForm } from '../../../renderer/src/features/banks/BankForm';
import { ActionItemRows } from '../../../renderer/src/features/reflection/ActionItemRows';
import type { ActionItem } from '../../../shared/domain/reflection/action-items';

// The one conflict resolution (issue 16, item 2): the notice itself, and through real forms the hook that wires it.

/** What the main process answers when `field` was changed elsewhere to `saved` (see changed-elsewhere.ts). */
const conflictOn = (fields: Record<string, unknown>): ErrorData => ({
  code: 'conflict',
  message: 'Changed in another window since you opened this page.',
  issues: Object.entries(fields).map(([path, saved]) => ({ path, message: `${path} was changed in another window`, saved })),
});

const start: BankFields = { name: 'Audit', description: '', purpose: 'answer' };

function bankForm(onSubmit: (fields: BankFields, base: BankFields) => Promise<ErrorData | null>) {
  render(<BankForm initial={start} submitLabel="Save bank" takenNames={[]} onSubmit={onSubmit} draftKey="banks.test" />);
  return userEvent.setup();
}

describe('ConflictNotice', () => {
  test('each field in its own named group with theirs beside mine; empty values say so; one choice per click', async () => {
    const onChoose = vi.fn();
    render(
      <ConflictNotice
        kind="form"
        fields={[
          { field: 'name', label: 'Bank name', mine: 'Mine', saved: 'Theirs' },
          { field: 'description', label: 'Description', mine: '', saved: 'Their text' },
        ]}
        onChoose={onChoose}
      />,
    );
    const name = screen.getByRole('group', { name: 'Bank name' });
    expect(name).toHaveTextContent('Yours (this window, not saved)Mine');
    expect(name).toHaveTextContent('Theirs (saved in another window)Theirs');
    expect(screen.getByRole('group', { name: 'Description' })).toHaveTextContent('Yours (this window, not saved)(empty)');
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Use theirs' })[1]!);
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('description', 'saved');
  });

  test('takes focus when asked (a form the user saved), never while text saves as it is typed', () => {
    const { rerender } = render(
      <ConflictNotice kind="typing" fields={[{ field: 'a', label: 'A', mine: '1', saved: '2' }]} onChoose={vi.fn()} />,
    );
    expect(document.activeElement).toBe(document.body);
    rerender(<ConflictNotice kind="form" takeFocus fields={[{ field: 'a', label: 'A', mine: '1', saved: '2' }]} onChoose={vi.fn()} />);
    expect(document.activeElement).toHaveTextContent('Changed in another window');
  });
});

describe('a form with a conflict (useEditConflict)', () => {
  test('"Keep mine" saves again against the stored value; the field nobody else changed goes with it', async () => {
    const onSubmit = vi.fn<(f: BankFields, b: BankFields) => Promise<ErrorData | null>>();
    onSubmit.mockResolvedValueOnce(conflictOn({ name: 'Audit final' })).mockResolvedValue(null);
    const user = bankForm(onSubmit);
    await user.clear(screen.getByRole('textbox', { name: 'Bank name' }));
    await user.type(screen.getByRole('textbox', { name: 'Bank name' }), 'Audit, revised');
    await user.type(screen.getByLabelText('Description (optional)'), 'Mine only');
    await user.click(screen.getByRole('button', { name: 'Save bank' }));

    const notice = await screen.findByRole('region', { name: 'Changed in another window' });
    expect(document.activeElement).toHaveTextContent('Changed in another window');
    expect(screen.queryByRole('alert')).toBeNull(); // not a validation message
    expect(screen.getByRole('textbox', { name: 'Bank name' })).toHaveValue('Audit, revised');
    expect(notice).toHaveTextContent('Theirs (saved in another window)Audit final');

    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit).toHaveBeenLastCalledWith(
      { name: 'Audit, revised', description: 'Mine only', purpose: 'answer' },
      { ...start, name: 'Audit final' },
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Changed in another window' })).toBeNull());
    expect(document.activeElement).toHaveAccessibleName('Save bank');
  });

  test('"Use theirs" puts the stored value in the field and saves the rest as typed; a choice per field when several clash', async () => {
    const onSubmit = vi.fn<(f: BankFields, b: BankFields) => Promise<ErrorData | null>>();
    onSubmit.mockResolvedValueOnce(conflictOn({ name: 'Audit final', purpose: 'ask' })).mockResolvedValue(null);
    const user = bankForm(onSubmit);
    await user.clear(screen.getByRole('textbox', { name: 'Bank name' }));
    await user.type(screen.getByRole('textbox', { name: 'Bank name' }), 'Mine');
    await user.type(screen.getByLabelText('Description (optional)'), 'Kept');
    await user.click(screen.getByRole('button', { name: 'Save bank' }));

    const notice = await screen.findByRole('region', { name: 'Changed in another window' });
    const purpose = within(notice).getByRole('group', { name: 'These are' });
    expect(purpose).toHaveTextContent('Theirs (saved in another window)Questions I ask the interviewer');
    await user.click(screen.getAllByRole('button', { name: 'Use theirs' })[0]!);
    expect(screen.getByRole('textbox', { name: 'Bank name' })).toHaveValue('Audit final');
    expect(onSubmit).toHaveBeenCalledTimes(1); // one field still to decide: nothing sent yet
    expect(document.activeElement).toHaveTextContent('Changed in another window');

    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit).toHaveBeenLastCalledWith(
      { name: 'Audit final', description: 'Kept', purpose: 'answer' },
      { name: 'Audit final', description: '', purpose: 'ask' },
    );
  });

  test('a checkbox ticked against another window’s untick shows the same choice, and "Use theirs" unticks it', async () => {
    const item: ActionItem = {
      ...{ id: 1, kind: 'skill', title: 'Learn SQL', dueOn: null, done: false, doneAt: null, sourceKey: null, interview: null },
      ...{ createdAt: '', updatedAt: '' },
    };
    const onSave = vi
      .fn()
      .mockResolvedValueOnce(conflictOn({ done: false, title: 'Learn SQL well' }))
      .mockResolvedValue(null);
    render(<ActionItemRows items={[item]} today="2026-03-01" emptyText="none" onSave={onSave} onDelete={vi.fn()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Done: Learn SQL' }));
    expect(await screen.findByRole('group', { name: 'Done' })).toHaveTextContent('Yours (this window, not saved)Done');
    await user.click(screen.getAllByRole('button', { name: 'Use theirs' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Use theirs' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave).toHaveBeenLastCalledWith(
      item,
      { kind: 'skill', title: 'Learn SQL well', dueOn: null, done: false },
      { kind: 'skill', title: 'Learn SQL well', dueOn: null, done: false },
    );
    expect(screen.getByRole('checkbox', { name: 'Done: Learn SQL' })).not.toBeChecked();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Done: Learn SQL' }));
  });
});
