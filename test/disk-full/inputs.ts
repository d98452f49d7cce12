// Inputs the fixtures and the scenarios share.

export const setup = {
  thinkSeconds: 0,
  answerTimeSource: 'fixed',
  answerSeconds: 60,
  pressure: 'untimed',
  multiplier: 1,
  readAloud: false,
  voiceName: '',
  speechRate: 1,
  recording: 'off',
  includeQuestionsToAsk: false,
  categories: [],
  tags: [],
  order: 'random',
} as const;

export const answer = (sessionId: number, note: string) => ({
  sessionId,
  position: 0,
  skipped: false,
  confidence: 3,
  timeUsedMs: 1000,
  note,
  struggled: false,
  selfCheck: { eyeContact: true, posture: true, pace: true, fillerWords: true, structure: true, answeredQuestion: true },
});

export const interview = (company: string) => ({
  company,
  role: 'Engineer',
  heldAt: '2026-01-01T10:00:00.000Z',
  stage: 'first',
  format: 'video',
});
