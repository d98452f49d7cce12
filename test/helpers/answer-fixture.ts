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

/** A saved recording of 95 s (48,000 bytes, shown as "1:35, 47 kB"), no delivery facts yet. */
export const recordingFixture = {
  id: 9,
  mimeType: 'audio/webm;codecs=opus',
  byteSize: 48_000,
  durationMs: 95_000,
  createdAt: '2026-03-01T10:00:00.000Z',
  delivery: null,
};
