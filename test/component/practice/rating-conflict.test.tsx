import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type { ErrorData } from '../../../shared/contract/result';
import type { RatingDraft, SessionAnswer } from '../../../shared/domain/answers';
import { RatingPanel } from '../../../renderer/src/features/practice/runner/RatingPanel';
import { draftFrom, type RatingSaveResult, type SaveState } from '../../../renderer/src/features/practice/runner/rating-draft';
import { makeItem, press } from './stage-harness';

// The rating panel when another tab on the same session saved this position meanwhile (issue 16, item 2).

const conflict = (issues: { path: string; saved: unknown }[]): RatingSaveResult => ({
  ok: false,
  error: { code: 'conflict', message: 'Changed in another window', issues: issues.map((i) => ({ ...i, message: 'changed' })) } as ErrorData,
});

function renderPanel(answers: RatingSaveResult[], saveState: SaveState = { kind: 'conflict' }) {
  const onChange = vi.fn((_draft: RatingDraft): Promise<RatingSaveResult> =>
    Promise.resolve(answers.shift() ?? { ok: true, answer: null }),
  );
  const onRebase = vi.fn();
  const onNext = vi.fn();
  render(
    <RatingPanel
      sessionId={1}
      item={makeItem()}
      timeUsedMs={60_000}
      initial={draftFrom(null)}
      saveState={saveState}
      isLast={false}
      ratedCount={0}
      skippedCount={0}
      onChange={onChange}
      onRebase={onRebase}
      onKeptSkip={vi.fn()}
      onNext={onNext}
      onEndSession={vi.fn()}
    />,
  );
  return { onChange, onRebase, onNext };
}

const settle = () => act(() => Promise.resolve());

test('a refused rating shows both, takes focus, never says Saved; keys wait for the choice; "Use theirs" takes it and saves once', async () => {
  const { onChange, onRebase, onNext } = renderPanel([conflict([{ path: 'confidence', saved: 4 }])]);
  press('2');
  await settle();
  const notice = screen.getByRole('region', { name: 'Changed in another window' });
  expect(document.activeElement).toBe(within(notice).getByRole('heading', { name: 'Changed in another window' }));
  const group = within(notice).getByRole('group', { name: 'Confidence' });
  expect(group.textContent).toContain('2 – Shaky');
  expect(group.textContent).toContain('4 – Confident');
  expect(screen.getByRole('status').textContent).not.toContain('Saved');
  expect(screen.getByRole('status').textContent).toContain('Not saved');

  // A later key while choosing changes "Yours" but sends nothing against the stale base; Enter does not go on.
  press('5');
  press('Enter');
  expect(onChange).toHaveBeenCalledTimes(1);
  expect(onNext).not.toHaveBeenCalled();
  expect(group.textContent).toContain('5 – Very confident');

  fireEvent.click(within(group).getByRole('button', { name: 'Use theirs' }));
  await settle();
  expect(onRebase).toHaveBeenCalledWith({ skipped: false, confidence: 4 }, false);
  expect(screen.getByRole('radio', { name: '4 – Confident' })).toHaveProperty('checked', true);
  expect(onChange).toHaveBeenCalledTimes(2);
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ confidence: 4 }));
  expect(screen.queryByRole('region', { name: 'Changed in another window' })).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next question' }));
});

test('two fields in conflict: "Keep mine" on one and "Use theirs" on the other, then one save with both choices', async () => {
  const { onChange, onRebase } = renderPanel([
    conflict([
      { path: 'confidence', saved: 1 },
      { path: 'note', saved: 'Their note' },
    ]),
  ]);
  press('3');
  fireEvent.change(screen.getByRole('textbox', { name: 'Note (optional)' }), { target: { value: 'My note' } });
  fireEvent.blur(screen.getByRole('textbox', { name: 'Note (optional)' }));
  await settle();
  // The first save (3, no note) was answered after the note was typed: the refusal came with the note's save queued.
  const notice = screen.getByRole('region', { name: 'Changed in another window' });
  fireEvent.click(within(within(notice).getByRole('group', { name: 'Confidence' })).getByRole('button', { name: 'Keep mine' }));
  expect(onRebase).toHaveBeenLastCalledWith({ skipped: false, confidence: 1 }, false);
  const calls = onChange.mock.calls.length;
  fireEvent.click(within(within(notice).getByRole('group', { name: 'Note' })).getByRole('button', { name: 'Use theirs' }));
  await settle();
  expect(onRebase).toHaveBeenLastCalledWith({ note: 'Their note' }, false);
  expect(onChange.mock.calls.length).toBe(calls + 1);
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ confidence: 3, note: 'Their note' }));
  expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toHaveProperty('value', 'Their note');
});

test('a save merged with another tab brings its change of an untouched field into the panel and says so', async () => {
  const stored = { ...draftFrom(null), confidence: 3, note: 'From the other tab', skipped: false } as unknown as SessionAnswer;
  const { onRebase } = renderPanel([{ ok: true, answer: stored }], { kind: 'saved' });
  press('3');
  await settle();
  expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toHaveProperty('value', 'From the other tab');
  expect(onRebase).toHaveBeenCalledWith({ note: 'From the other tab' }, true);
  expect(screen.getByRole('status').textContent).toBe("Saved. Another window's change to the note is shown here too.");
});
