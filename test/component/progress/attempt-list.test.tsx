import { render, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type { Attempt } from '../../../shared/domain/progress/question-history';
import { emptySelfCheck } from '../../../shared/domain/sessions';
import { answerFixture } from '../../helpers/answer-fixture';
import { AttemptList } from '../../../renderer/src/features/progress/AttemptList';

const attempt = (over: Partial<Attempt>): Attempt => ({
  ...answerFixture({ confidence: 4, timeUsedMs: 150_000, selfCheck: { ...emptySelfCheck(), eyeContact: true }, note: 'Forgot the result' }),
  recording: null,
  ...over,
});

test('each attempt shows its ratings, time against the limit, self-check, note and recording', () => {
  render(
    <AttemptList
      attempts={[
        attempt({
          id: 2,
          reviewConfidence: 2,
          recording: {
            id: 9,
            mimeType: 'audio/webm',
            byteSize: 40_000,
            durationMs: 95_000,
            createdAt: '2026-01-05T10:00:00.000Z',
            delivery: null,
          },
        }),
        attempt({ id: 1, skipped: true, confidence: null, timeLimitMs: null, timeUsedMs: 5_000, selfCheck: emptySelfCheck(), note: '' }),
      ]}
      loadRecording={vi.fn()}
    />,
  );
  const [first, second] = screen.getAllByRole('listitem');
  expect(within(first!).getByText('4 of 5; 2 after replaying the recording')).toBeInTheDocument();
  expect(within(first!).getByText('2 min 30 s of 2 min — 30 s over')).toBeInTheDocument();
  expect(within(first!).getByText('1 of 6: Kept eye contact')).toBeInTheDocument();
  expect(within(first!).getByText('Forgot the result')).toBeInTheDocument();
  expect(within(first!).getByRole('button', { name: /Load the recording/ })).toBeInTheDocument();
  expect(within(second!).getByText('Skipped')).toBeInTheDocument();
  expect(within(second!).getByText('5 s (untimed)')).toBeInTheDocument();
  expect(within(second!).getByText('No self-check')).toBeInTheDocument();
});
