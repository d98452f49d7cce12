import { z } from 'zod';
import { type ActionItem, actionCreateSchema, actionFiltersSchema, actionUpdateSchema } from '../domain/reflection/action-items';
import { itemKeySchema, stepDraftsChangesSchema, type StepDrafts, summaryPosition } from '../domain/reflection/drafts';
import type { SaveOutcome } from '../domain/row-version';
import type { ExportedFile } from '../domain/reflection/markdown';
import {
  calendarDateSchema,
  idSchema,
  type Interview,
  interviewFieldsSchema,
  interviewFiltersSchema,
  type InterviewSummary,
  reminderKinds,
} from '../domain/reflection/interview';
import { type InterviewDraft, interviewDraftSchema } from '../domain/reflection/interview-draft';
import type { MockConfidence } from '../domain/reflection/mock-confidence';
import type { Pattern } from '../domain/reflection/patterns';
import { type AddedQuestion, emailKinds, type InterviewReflection } from '../domain/reflection/reflection';
import { type SessionReflection, sessionReflectionInputSchema } from '../domain/reflection/session-reflection';
import { questionLimits } from '../domain/questions';
import { channel } from './channel';
import { noInput } from './empty';

const byInterview = z.strictObject({ interviewId: idSchema });
/** The step drafts the user changed; drafts may be partial, so only shape and length are checked. */
const saveStepSchema = z.strictObject({
  interviewId: idSchema,
  save: stepDraftsChangesSchema,
});

export const reflectionChannels = {
  'reflection.listInterviews': channel(interviewFiltersSchema).returns<InterviewSummary[]>(),
  /**
   * Creates an interview, or updates the one named by `id`. With `base` (an update only: the fields as the form loaded
   * them), only the fields that differ from it are written, so another window's edits to other fields are kept; a
   * field changed elsewhere meanwhile is a `conflict` naming it, and nothing is written (issue 16, item 2).
   */
  'reflection.saveInterview': channel(
    interviewFieldsSchema
      .extend({ id: idSchema.optional(), base: interviewFieldsSchema.optional() })
      .refine((input) => input.base === undefined || input.id !== undefined, {
        path: ['base'],
        message: 'Only an edit of a logged interview has a base to compare with',
      })
      .refine((input) => input.heldAt !== null || input.heldOn !== undefined, {
        path: ['heldOn'],
        message: 'Enter the date of the interview',
      }),
  ).returns<Interview>(),
  /** The interview typed on the first-run screen or home's log form but not logged yet; null when there is none. */
  'reflection.getInterviewDraft': channel(noInput).returns<InterviewDraft | null>(),
  /** Replaces that draft (null, or nothing typed, removes it); answers what is kept. */
  'reflection.saveInterviewDraft': channel(z.strictObject({ draft: interviewDraftSchema.nullable() })).returns<InterviewDraft | null>(),
  /** Deletes an interview with its reflection and the action items that came from it. */
  'reflection.deleteInterview': channel(z.strictObject({ id: idSchema })).returns<null>(),
  'reflection.get': channel(byInterview).returns<InterviewReflection>(),
  /**
   * Saves the step drafts the user changed (one or more steps), as they type, against the reflection's row version:
   * merged with another window's changes to other steps, refused as a conflict (nothing written) when the same step
   * was changed since (shared/domain/row-version).
   */
  'reflection.saveStep': channel(saveStepSchema).returns<SaveOutcome<StepDrafts>>(),
  /** Where the user is: 1–5 for a step, 6 for the summary (which marks the reflection finished). */
  'reflection.setStep': channel(z.strictObject({ interviewId: idSchema, step: z.number().int().min(1).max(summaryPosition) })).returns<{
    currentStep: number;
    finishedAt: string | null;
  }>(),
  /** Records (or, with null, clears) the date an email was sent. */
  'reflection.markEmailSent': channel(
    z.strictObject({ interviewId: idSchema, kind: z.enum(emailKinds), sentOn: calendarDateSchema.nullable() }),
  ).returns<{ thankYouSentOn: string | null; feedbackRequestSentOn: string | null }>(),
  /**
   * Dismisses a reminder about an interview until its date changes (`reminderKinds`). Idempotent.
   * Errors: not_found when the interview is no longer in the log.
   */
  'reflection.dismissReminder': channel(z.strictObject({ interviewId: idSchema, kind: z.enum(reminderKinds) })).returns<null>(),
  /** Adds a struggled question to the "From my interviews" bank and schedules it before the next round when known. */
  'reflection.addStruggledQuestion': channel(
    z.strictObject({
      interviewId: idSchema,
      itemKey: itemKeySchema,
      text: z.string().trim().min(1, 'Write the question first').max(2000, 'Keep the question under 2,000 characters'),
      category: z
        .string()
        .trim()
        .max(questionLimits.categoryMax, `Keep the category under ${questionLimits.categoryMax} characters`)
        .default(''),
      nextRoundOn: calendarDateSchema.nullable().default(null),
    }),
  ).returns<AddedQuestion>(),
  'reflection.listActions': channel(actionFiltersSchema).returns<ActionItem[]>(),
  'reflection.createAction': channel(actionCreateSchema).returns<ActionItem>(),
  'reflection.saveAction': channel(actionUpdateSchema).returns<ActionItem>(),
  'reflection.deleteAction': channel(z.strictObject({ id: idSchema })).returns<null>(),
  'reflection.patterns': channel(noInput).returns<Pattern[]>(),
  'reflection.recentConfidence': channel(noInput).returns<MockConfidence>(),
  'reflection.exportMarkdown': channel(byInterview).returns<ExportedFile>(),
  /** The short reflection closing a mock interview; null until one was saved. */
  'reflection.getForSession': channel(z.strictObject({ sessionId: idSchema })).returns<SessionReflection | null>(),
  'reflection.saveForSession': channel(sessionReflectionInputSchema).returns<SessionReflection>(),
};
