import type { ConfidenceTrend } from './trend';

/**
 * Types of the Progress area. Averages are null where there is nothing to
 * average; every rating, "over the limit" and "self-check done" follows
 * answer-facts.ts (docs/ratings.md).
 */

/** How far back the charts look. */
export const progressRanges = ['12w', '26w', '52w', 'all'] as const;
export type ProgressRange = (typeof progressRanges)[number];
export const rangeWeeks: Record<ProgressRange, number | null> = { '12w': 12, '26w': 26, '52w': 52, all: null };
export const rangeLabels: Record<ProgressRange, string> = {
  '12w': 'Last 12 weeks',
  '26w': 'Last 6 months',
  '52w': 'Last year',
  all: 'Everything',
};

/** One week of the confidence chart: the Monday starting it, and the ratings behind the average. */
export interface WeekPoint {
  week: string;
  rated: number;
  average: number | null;
}

export interface WeekActivity {
  week: string;
  sessions: number;
  answers: number;
  timed: number;
  over: number;
}

export interface CategorySummary {
  category: string;
  rated: number;
  average: number | null;
}

export interface Totals {
  answers: number;
  rated: number;
  skipped: number;
  sessions: number;
  average: number | null;
}

export interface TimeAgainstLimit {
  /** Rated answers that had a time limit. */
  timed: number;
  over: number;
  /** Mean overrun of the answers that ran past the limit by time (cut-off ones end at it), in milliseconds. */
  averageOverMs: number | null;
}

export interface Rhythm {
  currentStreakDays: number;
  longestStreakDays: number;
  practisedToday: boolean;
  daysPractisedLast30: number;
}

export interface Calibration {
  /** Answers rated 4 or 5 before replay. */
  confident: number;
  confidentTimed: number;
  confidentOver: number;
  /** Confident answers whose delivery self-check was done (an item ticked), and those of them with an item left unticked. */
  confidentChecked: number;
  confidentMissed: number;
  /** Answers rated again after replaying the recording. */
  rerated: number;
  /** Mean of (after replay − blind); negative means lower after watching. */
  averageGap: number | null;
  raised: number;
  lowered: number;
}

export interface WeakQuestion {
  questionId: number;
  text: string;
  category: string;
  bankName: string;
  /** Mean counted rating of the last three rated answers; below readyConfidence to be listed. */
  recentAverage: number;
  rated: number;
  lastAnsweredAt: string | null;
  due: string | null;
}

/**
 * Today's queue, in the one vocabulary every card, list and button uses
 * (`neverPractised` in shared/domain/progress/deadline-schedule.ts):
 * "due" is a practised question whose (deadline-aware) review falls by the end
 * of today; "never practised" is a question in the queue (an upcoming
 * interview's plan, or struggled in a reflection) that has no rated answer yet.
 * The due queue and "practise these questions" hold both: `dueToday + neverPractised`.
 */
export interface DueSummary {
  /** Live practised questions due for review by the end of today. */
  dueToday: number;
  /** Live never-practised questions waiting in today's queue. */
  neverPractised: number;
  /** Practised questions due for review within the next seven days, today's included. */
  dueThisWeek: number;
  /** The next review time after today, when today's queue is empty. */
  nextDueAt: string | null;
}

export interface Dashboard {
  range: ProgressRange;
  /** Local day the figures were computed for. */
  today: string;
  totals: Totals;
  weeks: WeekPoint[];
  /** "Confidence over time" for all questions at the grain asked for (or chosen from the data). */
  confidence: ConfidenceTrend;
  activity: WeekActivity[];
  categories: CategorySummary[];
  time: TimeAgainstLimit;
  rhythm: Rhythm;
  calibration: Calibration;
  weakest: WeakQuestion[];
  due: DueSummary;
}
