import type { SessionAnswer } from '../../shared/domain/answers';
import { emptySelfCheck } from '../../shared/domain/sessions';

/** A complete rated answer; tests override what they are about, so a new answer field is added here once. */
export function answerFixture(overrides: Partial<SessionAnswer> = {}): SessionAnswer {
  return {
    id: 1,
    sessionId: 1,
    questionId: 1,
    position: 0,
    skipped: false,
    confidence: 3,
    reviewConfidence: null,
    reviewedAt: null,
    guidedConfidence: null,
    guidedAt: null,
    timeUsedMs: 100_000,
    timeLimitMs: 120_000,
    cutOffAtLimit: false,
    selfCheck: emptySelfCheck(),
    note: '',
    struggled: false,
    answeredAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}
