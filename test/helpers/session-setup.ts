import type { SessionSetup } from '../../shared/domain/sessions';

/** A complete set-up over `bankIds`; override what a test is about. */
export function setupFor(bankIds: number[], overrides: Partial<SessionSetup> = {}): SessionSetup {
  return {
    bankIds,
    categories: [],
    tags: [],
    count: 5,
    order: 'random',
    thinkSeconds: 20,
    answerTimeSource: 'question',
    answerSeconds: 120,
    pressure: 'soft',
    multiplier: 1,
    readAloud: false,
    voiceName: '',
    speechRate: 1,
    recording: 'off',
    includeQuestionsToAsk: false,
    ...overrides,
  };
}
