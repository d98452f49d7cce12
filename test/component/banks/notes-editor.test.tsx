import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import { emptyNotes, type StarNotes } from '../../../shared/domain/questions';
import { NotesEditor } from '../../../renderer/src/features/banks/NotesEditor';
import { autosaveDelayMs } from '../../../renderer/src/features/banks/use-autosave';

type Save = (notes: StarNotes) => Promise<Result<{ updatedAt: string }>>;
const saved = (): Result<{ updatedAt: string }> => ({ ok: true, value: { updatedAt: '2026-03-02T10:00:00.000Z' } });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function renderEditor(save: Save, props: Partial<Parameters<typeof NotesEditor>[0]> = {}) {
  return render(<NotesEditor notes={emptyNotes} suggestedSeconds={120} star readOnly={false} onSave={save} {...props} />);
}

/** The word count and speaking-time line (its words span several text nodes). */
const meter = () => document.querySelector('.notes-meter')?.textContent ?? '';

const type = (label: string, text: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value: text } });

describe('NotesEditor', () => {
  test('counts words and estimates speaking time live, against the suggested length', () => {
    renderEditor(vi.fn<Save>(async () => saved()));
    type('Situation', 'We had three weeks to launch.');
    expect(meter()).toMatch(/^6 words — about 5 s to say at 130 words a minute, against a suggested 2 min: shorter than suggested/);
    type('Action', 'word '.repeat(254));
    expect(meter()).toMatch(/^260 words — about 2 min to say .* about right/);
    type('Result', 'word '.repeat(60));
    expect(meter()).toMatch(/^320 words — about 2 min 30 s .* longer than suggested/);
    expect(screen.getByRole('textbox', { name: 'Action' })).toHaveAccessibleDescription(/\(254 words\)/);
  });

  test('saves only the latest notes after a pause in typing, and says so politely', async () => {
    const save = vi.fn<Save>(async () => saved());
    renderEditor(save);
    type('Situation', 'A');
    type('Situation', 'At');
    type('Task', 'Ship it');
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ ...emptyNotes, situation: 'At', task: 'Ship it' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Saved at/);
  });

  test('saves at once on blur, and on unmount, so nothing typed is lost', async () => {
    const save = vi.fn<Save>(async () => saved());
    const { unmount } = renderEditor(save);
    type('Result', 'Signed on time');
    fireEvent.blur(screen.getByRole('textbox', { name: 'Result' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenLastCalledWith({ ...emptyNotes, result: 'Signed on time' });
    type('Other notes', 'Mention the retro');
    unmount();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({ ...emptyNotes, result: 'Signed on time', free: 'Mention the retro' });
  });

  test('a failed save keeps the text, says so, and is retried with the next change', async () => {
    const save = vi.fn<Save>(async () => ({ ok: false, error: { code: 'storage_error', message: 'The disk is full.' } }));
    renderEditor(save);
    type('Task', 'Kept');
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    expect(screen.getByRole('status')).toHaveTextContent('Not saved yet: The disk is full. Your text is still here');
    expect(screen.getByRole('textbox', { name: 'Task' })).toHaveValue('Kept');
    save.mockImplementation(async () => saved());
    type('Task', 'Kept, and more');
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    expect(save).toHaveBeenLastCalledWith({ ...emptyNotes, task: 'Kept, and more' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Saved at/);
  });

  test('an archived question shows its notes read-only and saves nothing', async () => {
    const save = vi.fn<Save>(async () => saved());
    renderEditor(save, { readOnly: true, notes: { ...emptyNotes, free: 'Old' }, star: false });
    expect(screen.getByRole('textbox', { name: 'My notes' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
