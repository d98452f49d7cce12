import type { ActionItem } from './action-items';
import type { StepDrafts } from './drafts';
import type { Interview } from './interview';

export const emailKinds = ['thank_you', 'feedback_request'] as const;
export type EmailKind = (typeof emailKinds)[number];

/** A struggled question (by its draft key) that was added to the "From my interviews" bank. */
export interface AddedQuestion {
  itemKey: string;
  questionId: number;
  bankId: number;
  /** The date it was scheduled to come due by, when a next round was known. */
  dueBy: string | null;
}

/** Everything the reflection screens show for one interview. */
export interface InterviewReflection {
  interview: Interview;
  drafts: StepDrafts;
  /** 1–5 while walking the steps, 6 on the summary; 1 before the user started. */
  currentStep: number;
  started: boolean;
  finishedAt: string | null;
  thankYouSentOn: string | null;
  feedbackRequestSentOn: string | null;
  thankYouReminder: boolean;
  actionItems: ActionItem[];
  addedQuestions: AddedQuestion[];
  /** The day (`YYYY-MM-DD`) of a later interview logged with the same company, which questions should come due before. */
  nextInterviewOn: string | null;
  updatedAt: string | null;
  /** The reflection row's version, which every autosave of the steps names as its base (0 before the first save). */
  version: number;
}

/** The reflection bank's name; questions struggled with in real interviews go here. */
export const interviewBankName = 'From my interviews';
export const interviewBankDescription = 'Questions I struggled with in real interviews, to practise before the next round.';
