import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { flushAll } from '../../../renderer/src/lib/autosave/leave-flush';
import { RatingPanel } from '../../../renderer/src/features/practice/runner/RatingPanel';
import { draftFrom, type RatingSaveResult } from '../../../renderer/src/features/practice/runner/rating-draft';
import type { RatingDraft } from '../../../shared/domain/answers';
import { makeItem, press } from './stage-harness';

function renderPanel(overrides: Partial<Parameters<typeof RatingPanel>[0]> = {}) {
  const onChange = vi.fn((_draft: RatingDraft): Promise<RatingSaveResult> => Promise.resolve({ ok: true, answer: null }));
  const onNext = vi.fn();
  const onEndSession = vi.fn();
  render(
    <RatingPanel
      sessionId={1}
      item={makeItem()}
      timeUsedMs={135_000}
      initial={draftFrom(null)}
      saveState={{ kind: 'idle' }}
      isLast={false}
      ratedCount={1}
      skippedCount={0}
      onChange={onChange}
      onRebase={vi.fn()}
      onKeptSkip={vi.fn()}
      onNext={onNext}
      onEndSession={onEndSession}
      {...overrides}
    />,
  );
  return { onChange, onNext, onEndSession };
}

describe('rating an answer', () => {
  test('the guidance is not offered before the blind rating, and one key (G) away after it', () => {
    renderPanel({ item: { ...makeItem(), hasNotes: true } });
    expect(screen.queryByRole('button', { name: /guidance/i })).toBeNull();
    press('3');
    const toggle = screen.getByRole('button', { name: /Check against the guidance and my notes/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-keyshortcuts')).toBe('G');
    expect(document.getElementById('guidance-panel')?.hidden).toBe(true);
  });

  test('shows the time used against the limit, highlighting an overrun', () => {
    renderPanel();
    const time = screen.getByText(/Time used: 2:15 of 2:00 \(0:15 over\)/);
    expect(time.className).toContain('overrun');
  });

  test('after a hard deadline, the focused heading says time ran out', () => {
    renderPanel({ endedAtDeadline: true });
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Time is up. How did that go?');
    expect(document.activeElement).toBe(heading);
  });

  test('keys 1–5 choose the confidence and save it at once; Enter goes on', () => {
    const { onChange, onNext } = renderPanel();
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveProperty('disabled', true);
    press('Enter');
    expect(onNext).not.toHaveBeenCalled();
    press('4');
    expect(screen.getByRole('radio', { name: '4 – Confident' })).toHaveProperty('checked', true);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ confidence: 4 }));
    press('Enter');
    expect(onNext).toHaveBeenCalledWith(expect.objectContaining({ confidence: 4 }));
  });

  test('self-check ticks and the struggled flag save with the rating; the note saves when the field is left', () => {
    const { onChange } = renderPanel();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kept eye contact' }));
    expect(onChange).not.toHaveBeenCalled();
    press('2');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ confidence: 2, selfCheck: expect.objectContaining({ eyeContact: true }) }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'I struggled with this question' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ struggled: true }));
    const note = screen.getByRole('textbox', { name: 'Note (optional)' });
    const calls = onChange.mock.calls.length;
    fireEvent.change(note, { target: { value: 'Rambled 3 times' } });
    // Typing digits in the note is text, not a confidence.
    press('3', note);
    expect(onChange.mock.calls.length).toBe(calls);
    fireEvent.blur(note);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ note: 'Rambled 3 times', confidence: 2 }));
  });

  test('a failed save is announced with a retry', () => {
    const { onChange } = renderPanel({
      saveState: { kind: 'failed', message: 'disk full' },
      initial: { ...draftFrom(null), confidence: 3 },
    });
    expect(screen.getByRole('alert').textContent).toContain('disk full');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ confidence: 3 }));
  });

  test('Esc asks before ending, saying an unrated answer will not be kept', () => {
    const { onEndSession } = renderPanel();
    press('Escape');
    expect(screen.getByRole('alertdialog').textContent).toContain('no rating yet');
    fireEvent.click(screen.getByRole('button', { name: 'End session' }));
    expect(onEndSession).toHaveBeenCalled();
  });

  test('a note typed just before the panel goes (Next elsewhere, End session) is still sent', () => {
    const { onChange } = renderPanel();
    press('3');
    fireEvent.change(screen.getByRole('textbox', { name: 'Note (optional)' }), { target: { value: 'Too long on the intro' } });
    const calls = onChange.mock.calls.length;
    cleanup();
    expect(onChange.mock.calls.length).toBe(calls + 1);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ note: 'Too long on the intro', confidence: 3 }));
  });

  test('a note typed just before the page closes goes out with the one leave-flush, in the pagehide handler itself', async () => {
    const { onChange } = renderPanel();
    onChange.mockResolvedValue({ ok: true, answer: null });
    press('5');
    fireEvent.change(screen.getByRole('textbox', { name: 'Note (optional)' }), { target: { value: 'Strong close' } });
    const flushed = flushAll({ leaving: true });
    // Synchronously: a keepalive request must start before the page is gone.
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ note: 'Strong close', confidence: 5 }));
    await expect(flushed).resolves.toBe(true);
    const calls = onChange.mock.calls.length;
    cleanup();
    expect(onChange.mock.calls.length, 'nothing is left to send twice').toBe(calls);
  });
});
