import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import { emptyNotes, type StarNotes } from '../../../shared/domain/questions';
import type { SaveOutcome, VersionedChanges } from '../../../shared/domain/row-version';
import { NotesEditor } from '../../../renderer/src/features/banks/NotesEditor';
import { autosaveDelayMs, retryDelaysMs } from '../../../renderer/src/lib/autosave/autosaver';

type Save = (write: VersionedChanges<StarNotes>) => Promise<Result<SaveOutcome<StarNotes>>>;
/** The main process's answer to a write based on the current version: the notes with the changes applied. */
let stored = emptyNotes;
let version = 0;
const saved = (write: VersionedChanges<StarNotes>): Result<SaveOutcome<StarNotes>> => {
  stored = { ...stored, ...write.changes };
  version += 1;
  return { ok: true, value: { status: 'saved', version, savedAt: '2026-03-02T10:00:00.000Z', values: stored } };
};

beforeEach(() => {
  vi.useFakeTimers();
  stored = emptyNotes;
  version = 0;
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

function renderEditor(save: Save, props: Partial<Parameters<typeof NotesEditor>[0]> = {}) {
  return render(
    <NotesEditor questionId={7} notes={emptyNotes} version={0} suggestedSeconds={120} star readOnly={false} onSave={save} {...props} />,
  );
}

/** The word count and speaking-time line (its words span several text nodes). */
const meter = () => document.querySelector('.notes-meter')?.textContent ?? '';

const type = (label: string, text: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value: text } });

describe('NotesEditor', () => {
  test('counts words and estimates speaking time live, against the suggested length', () => {
    renderEditor(vi.fn<Save>(async (write) => saved(write)));
    type('Situation', 'We had three weeks to launch.');
    expect(meter()).toMatch(/^6 words — about 5 s to say at 130 words a minute, against a suggested 2 min: shorter than suggested/);
    type('Action', 'word '.repeat(254));
    expect(meter()).toMatch(/^260 words — about 2 min to say .* about right/);
    type('Result', 'word '.repeat(60));
    expect(meter()).toMatch(/^320 words — about 2 min 30 s .* longer than suggested/);
    expect(screen.getByRole('textbox', { name: 'Action' })).toHaveAccessibleDescription(/\(254 words\)/);
  });

  test('saves only the changed notes, latest text, after a pause in typing, and says so politely', async () => {
    const save = vi.fn<Save>(async (write) => saved(write));
    renderEditor(save);
    type('Situation', 'A');
    type('Situation', 'At');
    type('Task', 'Ship it');
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ baseVersion: 0, base: { situation: '', task: '' }, changes: { situation: 'At', task: 'Ship it' } });
    expect(screen.getByRole('status')).toHaveTextContent(/^Notes saved at/);
    type('Situation', 'At work');
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    // The next write is based on the version and text the first one stored.
    expect(save).toHaveBeenLastCalledWith({ baseVersion: 1, base: { situation: 'At' }, changes: { situation: 'At work' } });
  });

  test('saves at once on blur, and on unmount, so nothing typed is lost', async () => {
    const save = vi.fn<Save>(async (write) => saved(write));
    const { unmount } = renderEditor(save);
    type('Result', 'Signed on time');
    fireEvent.blur(screen.getByRole('textbox', { name: 'Result' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenLastCalledWith({ baseVersion: 0, base: { result: '' }, changes: { result: 'Signed on time' } });
    type('Other notes', 'Mention the retro');
    unmount();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(stored).toEqual({ ...emptyNotes, result: 'Signed on time', free: 'Mention the retro' });
  });

  test('a failed save keeps the text, says so, retries by itself and on "Try again now"', async () => {
    const save = vi.fn<Save>(async () => ({ ok: false, error: { code: 'storage_error', message: 'The disk is full.' } }));
    renderEditor(save);
    type('Task', 'Kept');
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Notes not saved yet: The disk is full. Your text is kept on this computer and Rehearse keeps trying.',
    );
    expect(screen.getByRole('textbox', { name: 'Task' })).toHaveValue('Kept');
    await act(() => vi.advanceTimersByTimeAsync(retryDelaysMs[0]));
    expect(save).toHaveBeenCalledTimes(2);
    save.mockImplementation(async (write) => saved(write));
    fireEvent.click(screen.getByRole('button', { name: 'Try again now' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenLastCalledWith({ baseVersion: 0, base: { task: '' }, changes: { task: 'Kept' } });
    expect(screen.getByRole('status')).toHaveTextContent(/^Notes saved at/);
    expect(screen.queryByRole('button', { name: 'Try again now' })).toBeNull();
  });

  test('input the main process refuses is not retried by itself, and newer typing wins', async () => {
    const save = vi.fn<Save>(async () => ({ ok: false, error: { code: 'invalid_input', message: 'Task is too long.' } }));
    renderEditor(save);
    type('Task', 'Too long');
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Task is too long. Your text is kept on this computer and is saved with your next change.',
    );
    await act(() => vi.advanceTimersByTimeAsync(retryDelaysMs.at(-1)!));
    expect(save).toHaveBeenCalledTimes(1);
    save.mockImplementation(async (write) => saved(write));
    type('Task', 'Short');
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    expect(save).toHaveBeenLastCalledWith({ baseVersion: 0, base: { task: '' }, changes: { task: 'Short' } });
  });

  test('a conflict shows both texts, sends nothing more until the user chooses, and each choice does what it says', async () => {
    const theirs = { ...emptyNotes, action: 'Their action' };
    const save = vi.fn<Save>(async (write) =>
      write.baseVersion === 3 ? saved(write) : { ok: true, value: { status: 'conflict', version: 3, fields: ['action'], saved: theirs } },
    );
    renderEditor(save);
    type('Action', 'My action');
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    expect(screen.getByRole('status')).toHaveTextContent('Notes not saved: the same text was changed in another window.');
    const notice = screen.getByRole('region', { name: 'Changed in another window' });
    expect(notice).toHaveTextContent('Yours (this window, not saved)My action');
    expect(notice).toHaveTextContent('Theirs (saved in another window)Their action');
    type('Action', 'My action, longer');
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs * 4));
    expect(save).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenLastCalledWith({ baseVersion: 3, base: { action: 'Their action' }, changes: { action: 'My action, longer' } });
    expect(screen.queryByRole('region', { name: 'Changed in another window' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(/^Notes saved at/);
  });

  test('"Use theirs" puts the other window\'s text in the field and keeps the user\'s other changes', async () => {
    const theirs = { ...emptyNotes, action: 'Their action' };
    const save = vi.fn<Save>(async (write) =>
      write.baseVersion === 3 ? saved(write) : { ok: true, value: { status: 'conflict', version: 3, fields: ['action'], saved: theirs } },
    );
    renderEditor(save);
    type('Action', 'My action');
    type('Result', 'My result');
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    fireEvent.click(screen.getByRole('button', { name: 'Use theirs' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('textbox', { name: 'Action' })).toHaveValue('Their action');
    expect(save).toHaveBeenLastCalledWith({ baseVersion: 3, base: { result: '' }, changes: { result: 'My result' } });
  });

  test('typing kept on this computer from a page that went away is restored and saved on the next load', async () => {
    localStorage.setItem(
      'rehearse.unsaved.question.7.notes',
      JSON.stringify({ baseVersion: 0, base: { free: '' }, changes: { free: 'Typed just before the reload' } }),
    );
    const save = vi.fn<Save>(async (write) => saved(write));
    renderEditor(save, { star: false });
    expect(screen.getByRole('textbox', { name: 'My notes' })).toHaveValue('Typed just before the reload');
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenCalledWith({ baseVersion: 0, base: { free: '' }, changes: { free: 'Typed just before the reload' } });
    expect(localStorage.getItem('rehearse.unsaved.question.7.notes')).toBeNull();
  });

  test('an archived question shows its notes read-only and saves nothing', async () => {
    const save = vi.fn<Save>(async (write) => saved(write));
    renderEditor(save, { readOnly: true, notes: { ...emptyNotes, free: 'Old' }, star: false });
    expect(screen.getByRole('textbox', { name: 'My notes' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
