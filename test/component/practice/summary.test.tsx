import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { SessionAnswer } from '../../../shared/domain/answers';
import { answerFixture, recordingFixture } from '../../helpers/answer-fixture';
import { fixUnknownDuration } from '../../../renderer/src/components/RecordingPlayer';
import { SummaryItem } from '../../../renderer/src/features/practice/summary/SummaryItem';
import { weakestOf } from '../../../renderer/src/features/practice/summary/weakest';
import { makeItem, noChecks } from './stage-harness';

function answer(overrides: Partial<SessionAnswer> = {}): SessionAnswer {
  return answerFixture({ selfCheck: { ...noChecks, structure: true }, note: 'Lost the thread', ...overrides });
}

const recording = recordingFixture;

describe('a question in the summary', () => {
  test('shows time against the limit, the ratings, the self-check, the note and a link to the notes', () => {
    render(
      <SummaryItem item={makeItem({ answer: answer() })} loadRecording={vi.fn()} onReRate={vi.fn()} notesHref="#/banks/questions/11" />,
    );
    expect(screen.getByText('1:40 of 2:00')).toBeTruthy();
    expect(screen.getByText('3 – Getting there')).toBeTruthy();
    expect(screen.getByText('Structured answer (STAR)')).toBeTruthy();
    expect(screen.getByText('Lost the thread')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open this question’s notes' }).getAttribute('href')).toBe('#/banks/questions/11');
  });

  test('highlights an overrun in words and colour', () => {
    render(
      <SummaryItem
        item={makeItem({ answer: answer({ timeUsedMs: 150_000 }) })}
        loadRecording={vi.fn()}
        onReRate={vi.fn()}
        notesHref={null}
      />,
    );
    expect(screen.getByText('Over time')).toBeTruthy();
    expect(screen.getByRole('listitem').className).toContain('has-overrun');
  });

  test('loads the recording on request, plays it at a chosen speed, then offers a re-rating kept beside the first', async () => {
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/webm' });
    const loadRecording = vi.fn().mockResolvedValue({ ok: true, value: blob });
    const onReRate = vi.fn().mockResolvedValue(null);
    URL.createObjectURL = vi.fn(() => 'blob:recording');
    URL.revokeObjectURL = vi.fn();
    render(
      <SummaryItem item={makeItem({ answer: answer(), recording })} loadRecording={loadRecording} onReRate={onReRate} notesHref={null} />,
    );
    expect(screen.queryByRole('group', { name: /how confident are you now/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /Load the recording \(1:35, 47 kB\)/ }));
    const player = await screen.findByLabelText('Recording of question 1');
    expect(loadRecording).toHaveBeenCalledWith(9);
    expect(player.getAttribute('src')).toBe('blob:recording');

    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '0.5' } });
    expect((player as HTMLMediaElement).playbackRate).toBe(0.5);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['0.5×', '0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);

    fireEvent.play(player);
    fireEvent.click(await screen.findByRole('radio', { name: '4 – Confident' }));
    await waitFor(() => expect(onReRate).toHaveBeenCalledWith(0, 4));
  });

  test('a WebM without a duration is seeked to its end once, then back to the start', () => {
    let duration = Infinity;
    const media = document.createElement('audio');
    Object.defineProperty(media, 'duration', { get: () => duration });
    let position = 0;
    Object.defineProperty(media, 'currentTime', {
      get: () => position,
      set: (value: number) => {
        position = value;
      },
    });
    fixUnknownDuration(media);
    expect(position).toBe(1e101);
    duration = 4.2;
    media.dispatchEvent(new Event('durationchange'));
    expect(position).toBe(0);
  });
});

describe('practising the weakest again', () => {
  test('takes skipped, struggled and low-rated answers, weakest first, using the after-replay rating', () => {
    const items = [
      makeItem({ position: 0, questionId: 1, answer: answer({ confidence: 5 }) }),
      makeItem({ position: 1, questionId: 2, answer: answer({ confidence: 2 }) }),
      makeItem({ position: 2, questionId: 3, answer: answer({ skipped: true, confidence: null }) }),
      makeItem({ position: 3, questionId: 4, answer: answer({ confidence: 4, struggled: true }) }),
      makeItem({ position: 4, questionId: 5, answer: answer({ confidence: 2, reviewConfidence: 5 }) }),
      makeItem({ position: 5, questionId: 6, answer: null }),
    ];
    expect(weakestOf(items)).toEqual([3, 4, 2]);
  });
});
