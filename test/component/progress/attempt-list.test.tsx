import { render, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type { Attempt } from '../../../shared/domain/progress/question-history';
import { AttemptList } from '../../../renderer/src/features/progress/AttemptList';

const attempt = (over: Partial<Attempt>): Attempt => ({
  answerId: 1,
  sessionId: 1,
  answeredAt: '2026-01-05T10:00:00.000Z',
  skipped: false,
  confidence: 4,
  reviewConfidence: null,
  timeUsedMs: 150_000,
  timeLimitMs: 120_000,
  selfCheck: { eyeContact: true, pace: false },
  note: 'Forgot the result',
  struggled: false,
  recording: null,
  ...over,
});

test('each attempt shows its ratings, time against the limit, self-check, note and recording', () => {
  render(
    <AttemptList
      attempts={[
        attempt({
          answerId: 2,
          reviewConfidence: 2,
          recording: { id: 9, mimeType: 'audio/webm', byteSize: 40_000, durationMs: 95_000, createdAt: '2026-01-05T10:00:00.000Z' },
        }),
        attempt({ answerId: 1, skipped: true, confidence: null, timeLimitMs: null, timeUsedMs: 5_000, selfCheck: {}, note: '' }),
      ]}
      loadRecording={vi.fn()}
    />,
  );
  const [first, second] = screen.getAllByRole('listitem');
  expect(within(first!).getByText('4 of 5; 2 after replaying the recording')).toBeInTheDocument();
  expect(within(first!).getByText('2 min 30 s of 2 min — 30 s over')).toBeInTheDocument();
  expect(within(first!).getByText('1 of 2: Kept eye contact')).toBeInTheDocument();
  expect(within(first!).getByText('Forgot the result')).toBeInTheDocument();
  expect(within(first!).getByRole('button', { name: /Load the recording/ })).toBeInTheDocument();
  expect(within(second!).getByText('Skipped')).toBeInTheDocument();
  expect(within(second!).getByText('5 s (untimed)')).toBeInTheDocument();
  expect(within(second!).getByText('No self-check')).toBeInTheDocument();
});
