import { act, fireEvent, render, type RenderResult, screen } from '@testing-library/react';
import { type Mock, vi } from 'vitest';
import { emptySelfCheck, type Pressure, type SessionItem } from '../../../shared/domain/sessions';
import { QuestionStage, type QuestionStageProps } from '../../../renderer/src/features/practice/runner/QuestionStage';

/** A fake monotonic clock behind performance.now(), moved separately from the (fake) timers. */
export function useFakeClock(start = 10_000) {
  let now = start;
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return {
    now: () => now,
    /** Moves the clock by `ms` and lets timers due in `timerMs` fire (less than `ms` = late, throttled ticks). */
    advance(ms: number, timerMs = ms) {
      now += ms;
      act(() => vi.advanceTimersByTime(timerMs));
    },
    /** Runs the clock for `ms` with ticks arriving late by `lateMs` each (a busy or background window). */
    run(ms: number, lateMs = 0) {
      const end = now + ms;
      while (now < end) {
        const step = Math.min(200 + lateMs, end - now);
        now += step;
        act(() => vi.advanceTimersByTime(200));
      }
    },
    restore() {
      vi.useRealTimers();
      vi.restoreAllMocks();
    },
  };
}

export function makeItem(overrides: Partial<SessionItem> = {}): SessionItem {
  return {
    position: 0,
    questionId: 11,
    bankId: 2,
    bankName: 'Competency',
    text: 'Tell me about a time you disagreed with your manager.',
    category: 'Conflict',
    thinkLimitMs: 10_000,
    answerLimitMs: 120_000,
    hasNotes: false,
    answer: null,
    recording: null,
    ...overrides,
  };
}

export interface StageSpies {
  onAnswerStart: Mock<() => void>;
  onPauseChange: Mock<(paused: boolean) => void>;
  onFinished: Mock<(timeUsedMs: number, endedAtDeadline: boolean) => void>;
  onSkip: Mock<(timeUsedMs: number) => void>;
  onEndSession: Mock<() => void>;
}

export function renderStage(
  item: SessionItem,
  pressure: Pressure = 'soft',
  extra: Partial<QuestionStageProps> = {},
): RenderResult & StageSpies {
  const props: StageSpies = {
    onAnswerStart: vi.fn(),
    onPauseChange: vi.fn(),
    onFinished: vi.fn(),
    onSkip: vi.fn(),
    onEndSession: vi.fn(),
  };
  const view = render(
    <QuestionStage
      item={item}
      index={0}
      total={3}
      ratedCount={0}
      skippedCount={0}
      pressure={pressure}
      selfView={null}
      recordingLabel={null}
      {...props}
      {...extra}
    />,
  );
  return { ...view, ...props };
}

export const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });
export const timer = () => screen.getByRole('timer');
export const announcer = () => screen.getByTestId('timer-announcer');
export const noChecks = emptySelfCheck();
