import { overMax } from './limit-messages';
import { z } from 'zod';
import { emptySelfCheck, type SelfCheck, selfCheckKeys, maxQuestionsPerSession } from './self-check';

/**
 * The one declaration of an answer. The IPC input (`saveAnswerSchema`), the
 * rating panel's draft, the stored row's mapper, the progress hook, a
 * question's attempt list and the answers CSV all take their fields from here.
 */

export const recordIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const confidenceSchema = z.number().int().min(1).max(5);
export const positionSchema = z
  .number()
  .int()
  .min(0)
  .max(maxQuestionsPerSession - 1);

export const selfCheckSchema = z.strictObject(
  Object.fromEntries(selfCheckKeys.map((key) => [key, z.boolean()])) as Record<(typeof selfCheckKeys)[number], z.ZodBoolean>,
) satisfies z.ZodType<SelfCheck>;

/** Four hours: far beyond any answer, small enough to catch a clock bug. */
export const maxAnswerMs = 4 * 60 * 60 * 1000;
export const noteMax = 2000;

export const answerSchema = z.strictObject({
  id: recordIdSchema,
  sessionId: recordIdSchema,
  questionId: recordIdSchema,
  position: positionSchema,
  skipped: z.boolean(),
  /** 1–5; null when the question was skipped. */
  confidence: confidenceSchema.nullable(),
  /** Confidence given again after replaying the recording; the first (blind) rating is kept beside it. */
  reviewConfidence: confidenceSchema.nullable(),
  /** ISO 8601 time of the after-replay rating. */
  reviewedAt: z.string().nullable(),
  /** Confidence given again after reading the question's guidance and notes; the blind rating is kept beside it. */
  guidedConfidence: confidenceSchema.nullable(),
  /** ISO 8601 time of the after-guidance rating. */
  guidedAt: z.string().nullable(),
  timeUsedMs: z.number().int().min(0).max(maxAnswerMs),
  /** Null when the session was untimed. */
  timeLimitMs: z.number().int().positive().nullable(),
  /** The hard time limit ended the answer (the user did not): it counts as over the limit. */
  cutOffAtLimit: z.boolean().default(false),
  /** Delivery self-check: key → ticked (see selfCheckItems). */
  selfCheck: selfCheckSchema,
  note: z.string().max(noteMax, overMax('The note', noteMax)),
  struggled: z.boolean(),
  /** ISO 8601 time the answer was first rated; a correction keeps it. */
  answeredAt: z.string(),
});

/** One rated (or skipped) answer of one session position, as stored. */
export type SessionAnswer = z.output<typeof answerSchema>;

/**
 * The fields of a rating the user chooses, which another window or tab on the same session may change too
 * (issue 16, item 2). A save sends them as it loaded or last saved them (`base`), so the main process can
 * merge edits of different fields and refuse one field changed both here and there.
 */
export const ratingBaseSchema = answerSchema.pick({ skipped: true, confidence: true, selfCheck: true, note: true, struggled: true });
export type RatingBase = z.output<typeof ratingBaseSchema>;

/** The base of a position with no answer stored yet. */
export function emptyRatingBase(): RatingBase {
  return {
    skipped: false,
    confidence: null,
    selfCheck: emptySelfCheck(),
    note: '',
    struggled: false,
  };
}

/** The base of a stored answer (or of none). */
export function ratingBaseOf(answer: RatingBase | null): RatingBase {
  if (!answer) return emptyRatingBase();
  const { skipped, confidence, selfCheck, note, struggled } = answer;
  return { skipped, confidence, selfCheck, note, struggled };
}

/**
 * What the user gives when rating (or skipping); the rest is the server's. A rated answer needs a confidence, a
 * skipped one has none. `base` is optional so a client that predates it still saves (last write wins for it).
 */
export const answerInputSchema = answerSchema
  .pick({
    sessionId: true,
    position: true,
    skipped: true,
    confidence: true,
    timeUsedMs: true,
    cutOffAtLimit: true,
    selfCheck: true,
    note: true,
    struggled: true,
  })
  .extend({ base: ratingBaseSchema.optional() })
  .superRefine((value, ctx) => {
    if (value.skipped && value.confidence !== null)
      ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'A skipped question has no confidence rating' });
    if (value.skipped && value.cutOffAtLimit)
      ctx.addIssue({ code: 'custom', path: ['cutOffAtLimit'], message: 'A skipped question was not cut off at the limit' });
    if (!value.skipped && value.confidence === null)
      ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'Choose a confidence from 1 to 5' });
  });
export type AnswerInput = z.output<typeof answerInputSchema>;
/** What the rating panel edits; the runner adds the rest. */
export type RatingDraft = Pick<AnswerInput, 'confidence' | 'selfCheck' | 'note' | 'struggled'>;
