import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { SessionDetail, SessionListEntry, SessionSetup } from '../../../shared/domain/sessions';
import { RecentSessions } from '../../../renderer/src/features/practice/home/RecentSessions';
import { UnfinishedOffer } from '../../../renderer/src/features/practice/home/UnfinishedOffer';
import { ResumeCard } from '../../../renderer/src/features/practice/runner/ResumeCard';
import { EndSessionConfirm } from '../../../renderer/src/features/practice/runner/EndSessionConfirm';
import { answerFixture } from '../../helpers/answer-fixture';
import { makeItem } from './stage-harness';

/*
 * Walker's walk: a quick practice with question 3 skipped showed "2 of 3 answered" on its summary but
 * "3 of 3 answered" in home's recent sessions. A skip is saved, but it is not an answer: every place that
 * counts a session's answers names the skips apart.
 */

const entry: SessionListEntry = {
  id: 7,
  status: 'completed',
  startedAt: '2026-11-30T19:46:00.000Z',
  endedAt: '2026-11-30T19:50:00.000Z',
  questionCount: 3,
  answeredCount: 2,
  skippedCount: 1,
  averageConfidence: 4.5,
};

describe('a session with a skipped question', () => {
  test("home's recent sessions say 2 of 3 answered, 1 skipped", () => {
    render(<RecentSessions sessions={[entry]} />);
    expect(screen.getByRole('listitem').textContent).toContain('2 of 3 answered, 1 skipped · average confidence 4.5');
  });

  test('the unfinished offer names the skip, and ending a session of skips alone still leads to its summary', () => {
    const noop = () => {};
    const { rerender } = render(
      <UnfinishedOffer session={{ ...entry, status: 'in_progress' }} onResume={noop} onEnd={noop} busy={false} />,
    );
    expect(screen.getByText(/2 of 3 answered, 1 skipped/)).toBeTruthy();
    rerender(<UnfinishedOffer session={{ ...entry, status: 'in_progress', answeredCount: 0 }} onResume={noop} onEnd={noop} busy={false} />);
    expect(screen.getByRole('button', { name: 'End it and see the summary' })).toBeTruthy();
    rerender(
      <UnfinishedOffer
        session={{ ...entry, status: 'in_progress', answeredCount: 0, skippedCount: 0 }}
        onResume={noop}
        onEnd={noop}
        busy={false}
      />,
    );
    expect(screen.getByText(/: nothing answered yet\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End it' })).toBeTruthy();
  });

  test('reopening it mid-way says what was answered and what was skipped', () => {
    const detail: SessionDetail = {
      id: 7,
      setup: { bankIds: [1], categories: [], tags: [], count: 3 } as unknown as SessionSetup,
      status: 'in_progress',
      startedAt: entry.startedAt,
      endedAt: null,
      items: [
        makeItem({ position: 0, questionId: 11, answer: answerFixture({ position: 0, confidence: 4 }) }),
        makeItem({ position: 1, questionId: 12, answer: answerFixture({ position: 1, confidence: null, skipped: true }) }),
        makeItem({ position: 2, questionId: 13, answer: null }),
      ],
    };
    render(<ResumeCard detail={detail} position={2} onResume={() => {}} onEnd={() => {}} />);
    expect(screen.getByText(/So far: 1 of 3 answered, 1 skipped; those are saved\./)).toBeTruthy();
  });
});

describe('ending a session early says what it keeps, skips apart', () => {
  const kept = (ratedCount: number, skippedCount: number) => {
    const { unmount } = render(
      <EndSessionConfirm ratedCount={ratedCount} skippedCount={skippedCount} losing={null} onConfirm={() => {}} onCancel={() => {}} />,
    );
    const text = screen.getByRole('alertdialog').textContent ?? '';
    unmount();
    return text;
  };

  test.each([
    [0, 0, 'Nothing has been rated yet, so there will be no summary.'],
    [0, 1, 'Nothing has been rated yet; the question you skipped stays skipped.'],
    [1, 0, 'The answer you rated is kept.'],
    [2, 1, 'The 2 answers you rated are kept, and the question you skipped stays skipped.'],
    [3, 2, 'The 3 answers you rated are kept, and the 2 questions you skipped stay skipped.'],
  ])('%i rated, %i skipped: "%s"', (rated, skipped, sentence) => {
    expect(kept(rated, skipped)).toContain(sentence);
  });
});
