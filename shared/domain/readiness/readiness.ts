import { overMax } from '../limit-messages';
import { z } from 'zod';
import type { Interview, InterviewStage } from '../reflection/interview';
import { idSchema } from '../reflection/interview';
import type { SelfCheckKey } from '../self-check';

/**
 * Readiness for a dated interview (issue 10, items 1, 2 and 4): the upcoming
 * interview, its preparation plan and the facts about it. Every figure is a
 * count of named questions or answers, never a score.
 */

/** Where a plan question came from: picked by the user, matched to the job description, or struggled with in an earlier interview. */
export const planSources = ['picked', 'job_description', 'struggled'] as const;
export type PlanSource = (typeof planSources)[number];

export const planSourceLabels: Record<PlanSource, string> = {
  picked: 'Picked',
  job_description: 'From the job description',
  struggled: 'Struggled with before',
};

/** Recent confidence (mean of the last three ratings) at or above this counts as ready: 4 is "a good answer". */
export const readyConfidence = 4;

/** The most questions a plan holds: five 20-question sessions a day for the last two days is already more than anyone practises. */
export const maxPlanQuestions = 500;

export const savePlanSchema = z.strictObject({
  interviewId: idSchema,
  questions: z
    .array(z.strictObject({ questionId: idSchema, source: z.enum(planSources, 'Choose where the question came from') }))
    .max(maxPlanQuestions, overMax('A plan', maxPlanQuestions, 'questions'))
    .refine((list) => new Set(list.map((q) => q.questionId)).size === list.length, 'A question is in the plan twice'),
  /**
   * The question ids of the plan as this page last loaded or saved it: questions another window added or removed
   * since are merged with this change (shared/domain/list-merge), not overwritten. Without it, the list replaces the plan.
   */
  base: z.array(idSchema).max(maxPlanQuestions).optional(),
});
export type SavePlanInput = z.output<typeof savePlanSchema>;

/** The next interview, as home shows it. */
export interface UpcomingInterview {
  id: number;
  company: string;
  role: string;
  /** Null: not given. */
  stage: InterviewStage | null;
  /** The start when a time was given (ISO), else null. */
  heldAt: string | null;
  /** The interview's day, `YYYY-MM-DD`. */
  heldOn: string;
  /** Local calendar days from today to the interview's day: 0 today, 1 tomorrow. */
  daysLeft: number;
  planSize: number;
}

/** An interview whose date has passed and whose outcome is still "pending" (whole, so the outcome can be saved with it). */
export type AwaitingOutcome = Interview;

export interface UpcomingSummary {
  next: UpcomingInterview | null;
  /** Newest first. */
  awaitingOutcome: AwaitingOutcome[];
}

export interface PlanQuestion {
  questionId: number;
  text: string;
  category: string;
  tags: string[];
  bankName: string;
  source: PlanSource;
}

export interface Plan {
  interviewId: number;
  company: string;
  role: string;
  /** The start when a time was given (ISO), else null. */
  heldAt: string | null;
  /** The interview's day, `YYYY-MM-DD`. */
  heldOn: string;
  jobDescription: string;
  questions: PlanQuestion[];
}

/** A question offered for the plan, with the reason it was offered. */
export interface PlanSuggestion extends PlanQuestion {
  /** Job-description words it matched, or the earlier interview it was struggled with in. */
  reason: string;
}

export interface PlanSuggestions {
  jobDescription: PlanSuggestion[];
  struggled: PlanSuggestion[];
}

/** One plan question's facts. */
export interface QuestionReadiness extends PlanQuestion {
  /** Answers given (skips not counted). */
  attempts: number;
  /** Mean of the last three ratings; null when never rated. */
  recentConfidence: number | null;
  ready: boolean;
  lastAnsweredAt: string | null;
  /** No rated answer yet (`neverPractised` in shared/domain/progress/deadline-schedule.ts): counted apart from "due". */
  neverPractised: boolean;
  /** Deadline-aware due time; null when there is no schedule. For a never-practised plan question it is "now". */
  due: string | null;
  /** Practised and due for review by the end of today (never false for a never-practised question). */
  dueToday: boolean;
  /** Timed answers since the interview was logged, and how many went over the limit or were cut off at it. */
  timed: number;
  overLimit: number;
}

export interface FailingCheck {
  key: SelfCheckKey;
  label: string;
  /** Done self-checks (at least one item ticked) on plan answers since the interview was logged… */
  done: number;
  /** …and how many of them left this item unticked. */
  missed: number;
  /** The questions whose answers missed it. */
  questionIds: number[];
}

export interface Readiness {
  interview: UpcomingInterview;
  questions: QuestionReadiness[];
  practised: number;
  never: number;
  ready: number;
  /** Answers to plan questions since the interview was logged. */
  time: { timed: number; within: number; over: number };
  failingChecks: FailingCheck[];
  /** What to do today: due plan questions and never-practised ones, the session to start (at most 20, never-practised first). */
  today: { dueIds: number[]; neverIds: number[]; sessionIds: number[] };
}

/** A self-check item "keeps failing" when it was left unticked in at least two done self-checks and at least half of them. */
export function keepsFailing(missed: number, done: number): boolean {
  return missed >= 2 && missed * 2 >= done;
}
