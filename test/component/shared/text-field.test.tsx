import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import { emptyNotes, questionLimits, type StarNotes } from '../../../shared/domain/questions';
import type { SaveOutcome, VersionedChanges } from '../../../shared/domain/row-version';
import { storyLimits } from '../../../shared/domain/stories/stories';
import { elide, limitMessage } from '../../../shared/domain/text-limits';
import { TextField } from '../../../renderer/src/components/TextField';
import { NotesEditor } from '../../../renderer/src/features/banks/NotesEditor';
import { autosaveDelayMs } from '../../../renderer/src/lib/autosave/autosaver';

/** A controlled TextField, as forms use it. */
function Harness({ limit, initial = '', rows }: { limit: number; initial?: string; rows?: number }) {
  const [value, setValue] = useState(initial);
  return <TextField label="Title" value={value} limit={limit} rows={rows} onChange={setValue} />;
}

const paste = (name: string, text: string) => fireEvent.change(screen.getByRole('textbox', { name }), { target: { value: text } });

describe('TextField: nothing typed is cut (issue 12)', () => {
  test('a paste over the limit stays whole, with a counter and a message naming the field and the limit', () => {
    render(<Harness limit={storyLimits.titleMax} />);
    const box = screen.getByRole('textbox', { name: 'Title' });
    expect(box).not.toHaveAttribute('maxlength');
    const long = `${'a'.repeat(125)}🙂 end`;
    paste('Title', long);
    expect(box).toHaveValue(long);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/131 of 120 characters/);
    expect(box).toHaveAccessibleDescription(/Title is 131 characters; the limit is 120\. Shorten it by 11 to save it/);
  });

  test('no counter far from the limit; a counter from 80 % of it; no message until over it', () => {
    render(<Harness limit={100} rows={3} />);
    const box = screen.getByRole('textbox', { name: 'Title' });
    paste('Title', 'x'.repeat(79));
    expect(box).not.toHaveAccessibleDescription(/characters/);
    paste('Title', 'x'.repeat(80));
    expect(box).toHaveAccessibleDescription('80 of 100 characters');
    expect(box).not.toHaveAttribute('aria-invalid');
    paste('Title', 'x'.repeat(100));
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  test('a limit is measured as the contract measures it (stored NFC form)', () => {
    // "e" + combining acute is two code units typed, one stored.
    expect(limitMessage('Title', 'e\u0301'.repeat(120), 120)).toBeNull();
    expect(limitMessage('Title', 'é'.repeat(121), 120)).toMatch(/^Title is 121 characters; the limit is 120/);
  });

  test('elide marks the cut with … and never splits an emoji', () => {
    expect(elide('short', 40)).toBe('short');
    const cut = elide(`${'a'.repeat(38)}🙂🙂`, 40);
    expect(cut).toBe(`${'a'.repeat(38)}…`);
    expect(cut.length).toBeLessThanOrEqual(40);
  });
});

type Save = (write: VersionedChanges<StarNotes>) => Promise<Result<SaveOutcome<StarNotes>>>;

describe('autosave holds back only the field over its limit', () => {
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

  const editor = (save: Save) => (
    <NotesEditor questionId={9} notes={emptyNotes} version={0} suggestedSeconds={120} star readOnly={false} onSave={save} />
  );

  test('the other parts save; the long part stays in its box and on this computer, and saves once shortened', async () => {
    const save = vi.fn<Save>(async (write) => saved(write));
    const { unmount } = render(editor(save));
    const long = 'word '.repeat(1100); // 5,500 characters: over the 5,000 of a STAR part
    paste('Situation', long);
    paste('Task', 'Close the books');
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ baseVersion: 0, base: { task: '' }, changes: { task: 'Close the books' } });
    expect(screen.getByRole('textbox', { name: 'Situation' })).toHaveValue(long);
    expect(screen.getByRole('status')).toHaveTextContent(/^Situation not saved: over the length limit .* everything else is saved\.$/);
    expect(screen.getByRole('textbox', { name: 'Situation' })).toHaveAccessibleDescription(
      new RegExp(`Situation is 5,500 characters; the limit is ${questionLimits.notesPartMax.toLocaleString('en-GB')}`),
    );

    // The page goes away and comes back: the long text is still there, from this computer's copy.
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(0));
    render(editor(save));
    expect(screen.getByRole('textbox', { name: 'Situation' })).toHaveValue(long);
    expect(stored.situation).toBe('');

    paste('Situation', long.slice(0, 4000));
    await act(() => vi.advanceTimersByTimeAsync(autosaveDelayMs));
    expect(stored).toEqual({ ...emptyNotes, situation: long.slice(0, 4000), task: 'Close the books' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Notes saved at/);
  });
});
