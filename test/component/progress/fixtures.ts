import type { Dashboard } from '../../../shared/domain/progress/dashboard';

/** Recharts' `responsive` charts watch their size; jsdom has no ResizeObserver. */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

export const emptyDashboard: Dashboard = {
  range: '12w',
  today: '2026-01-14',
  totals: { answers: 0, rated: 0, skipped: 0, sessions: 0, average: null },
  weeks: [
    { week: '2026-01-05', rated: 0, average: null },
    { week: '2026-01-12', rated: 0, average: null },
  ],
  confidence: { grain: 'session', auto: true, points: [] },
  activity: [
    { week: '2026-01-05', sessions: 0, answers: 0, timed: 0, over: 0 },
    { week: '2026-01-12', sessions: 0, answers: 0, timed: 0, over: 0 },
  ],
  categories: [],
  time: { timed: 0, over: 0, averageOverMs: null },
  rhythm: { currentStreakDays: 0, longestStreakDays: 0, practisedToday: false, daysPractisedLast30: 0 },
  calibration: {
    confident: 0,
    confidentTimed: 0,
    confidentOver: 0,
    confidentChecked: 0,
    confidentMissed: 0,
    rerated: 0,
    averageGap: null,
    raised: 0,
    lowered: 0,
  },
  weakest: [],
  due: { dueToday: 0, neverPractised: 0, dueThisWeek: 0, nextDueAt: null },
};

export const busyDashboard: Dashboard = {
  ...emptyDashboard,
  totals: { answers: 9, rated: 8, skipped: 1, sessions: 3, average: 3.25 },
  weeks: [
    { week: '2026-01-05', rated: 3, average: 2 },
    { week: '2026-01-12', rated: 5, average: 4 },
  ],
  // Three sessions, two of them on the same day: three points.
  confidence: {
    grain: 'session',
    auto: true,
    points: [
      { key: '1', day: '2026-01-06', startedAt: '2026-01-06T09:00:00.000Z', rated: 3, average: 2 },
      { key: '2', day: '2026-01-13', startedAt: '2026-01-13T09:00:00.000Z', rated: 2, average: 3.5 },
      { key: '3', day: '2026-01-13', startedAt: '2026-01-13T17:00:00.000Z', rated: 3, average: 4.3333 },
    ],
  },
  activity: [
    { week: '2026-01-05', sessions: 1, answers: 4, timed: 3, over: 1 },
    { week: '2026-01-12', sessions: 2, answers: 5, timed: 5, over: 2 },
  ],
  categories: [
    { category: '', rated: 2, average: 3 },
    { category: 'Behavioural', rated: 6, average: 3.3333 },
  ],
  time: { timed: 8, over: 3, averageOverMs: 25_000 },
  rhythm: { currentStreakDays: 2, longestStreakDays: 4, practisedToday: false, daysPractisedLast30: 6 },
  calibration: {
    confident: 5,
    confidentTimed: 4,
    confidentOver: 2,
    confidentChecked: 5,
    confidentMissed: 1,
    rerated: 3,
    averageGap: -1,
    raised: 0,
    lowered: 2,
  },
  weakest: [
    {
      questionId: 7,
      text: 'Tell me about a failure',
      category: 'Behavioural',
      bankName: 'Mine',
      recentAverage: 1.5,
      rated: 2,
      lastAnsweredAt: '2026-01-13T10:00:00.000Z',
      due: '2026-01-14T10:30:00.000Z',
    },
  ],
  due: { dueToday: 2, neverPractised: 0, dueThisWeek: 3, nextDueAt: null },
};
