import type { SessionAnswer } from '../answers';
import type { RecordingInfo } from '../sessions';

/** Every attempt at one question, newest first, and its review schedule. */

/** One answer in a question's history, with its recording when there is one. */
export type Attempt = SessionAnswer & { recording: RecordingInfo | null };

export const reviewStateNames = ['new', 'learning', 'review', 'relearning'] as const;
export type ReviewStateName = (typeof reviewStateNames)[number];

export interface QuestionSchedule {
  /** When the question comes back: deadline-aware (an upcoming interview's plan may bring it sooner), as in the due queue. */
  due: string;
  /** No rated answer yet (`neverPractised`): it waits for a first try, not for a review. */
  neverPractised: boolean;
  /** In the plan of an upcoming interview, which may bring its review forward. */
  inPlan: boolean;
  state: ReviewStateName;
  reps: number;
  lapses: number;
  lastReview: string | null;
  /** Kept due before this date (a company's next round). */
  deadline: string | null;
}

export interface QuestionStats {
  questionId: number;
  text: string;
  category: string;
  bankName: string;
  archived: boolean;
  answers: number;
  rated: number;
  average: number | null;
  recentAverage: number | null;
  timed: number;
  over: number;
  lastAnsweredAt: string | null;
  due: string | null;
}

export interface QuestionHistory {
  stats: QuestionStats;
  schedule: QuestionSchedule | null;
  attempts: Attempt[];
  /** All attempts, when more exist than were sent. */
  totalAttempts: number;
}

export const questionSorts = ['weakest', 'recent', 'most', 'due'] as const;
export type QuestionSort = (typeof questionSorts)[number];
export const questionSortLabels: Record<QuestionSort, string> = {
  weakest: 'Weakest first',
  recent: 'Practised most recently',
  most: 'Practised most often',
  due: 'Due soonest',
};

export interface QuestionStatsPage {
  total: number;
  rows: QuestionStats[];
}
