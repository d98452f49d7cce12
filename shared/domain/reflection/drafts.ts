import { overMax } from '../limit-messages';
import { z } from 'zod';
import { versionedChangesSchema } from '../row-version';
import { questionLimits } from '../questions';
import { calendarDateSchema } from './interview';

/**
 * Drafts of the five reflection steps. They are saved as the user types, so
 * every field may be empty or unset; only length and shape are checked. Lists
 * carry keys made in the renderer, so an autosave racing the next keystroke
 * can never duplicate or reorder a row, and server-made links (action items,
 * bank questions) point at a key rather than a position.
 */

/** Length limits of the reflection drafts' text, shared by the step forms (counters, messages) and the schemas below. */
export const reflectionLimits = {
  /** Each free-text note of a step (what attracted me, concerns, confidence notes, research notes). */
  noteMax: 2000,
  requirementMax: 500,
  requirementsMax: 100,
  struggledMax: 50,
  logisticsNoteMax: 500,
  discussedMax: 300,
  signatureMax: 120,
  subjectMax: 200,
  bodyMax: 5000,
  feedbackMax: 5000,
} as const;

const text = (max: number) => z.string().max(max, overMax('This note', max)).default('');
const rating = z.number().int().min(1).max(5).nullable().default(null);
const optionalDate = calendarDateSchema.nullable().default(null);
export const itemKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'Malformed item key');

export const roleConcerns = ['culture', 'scope', 'close_enough'] as const;
export type RoleConcern = (typeof roleConcerns)[number];
export const roleConcernLabels: Record<RoleConcern, string> = {
  culture: 'The culture',
  scope: 'Too little scope to use my skills',
  close_enough: '“Close enough” rather than the role I want',
};
export const applyAgainChoices = ['yes', 'unsure', 'no'] as const;

export const roleFitDraftSchema = z.strictObject({
  fitRating: rating,
  attracted: text(reflectionLimits.noteMax),
  concerns: z.array(z.enum(roleConcerns)).max(roleConcerns.length).default([]),
  concernNotes: text(reflectionLimits.noteMax),
  applyAgain: z.enum(applyAgainChoices).nullable().default(null),
});

export const requirementStatuses = ['met', 'partly', 'missing'] as const;
export type RequirementStatus = (typeof requirementStatuses)[number];
/** A requirement the user does not fully meet ("missing" or "partly"): it can become an action item and counts in patterns. */
export function isGap(status: RequirementStatus | null): status is 'missing' | 'partly' {
  return status === 'missing' || status === 'partly';
}

export const qualificationsDraftSchema = z.strictObject({
  requirements: z
    .array(
      z.strictObject({
        key: itemKeySchema,
        text: z.string().max(reflectionLimits.requirementMax, overMax('A requirement', reflectionLimits.requirementMax)),
        status: z.enum(requirementStatuses).nullable().default(null),
      }),
    )
    .max(reflectionLimits.requirementsMax, 'Up to 100 requirements')
    .default([]),
});

export const bodyLanguageItems = ['fidgeting', 'looking_down', 'eye_contact', 'posture', 'still_hands', 'smiling'] as const;
export type BodyLanguageItem = (typeof bodyLanguageItems)[number];
/** Worded as the behaviour interviewers hope to see, so "needs work" always means the same thing. */
export const bodyLanguageLabels: Record<BodyLanguageItem, string> = {
  fidgeting: 'Not fidgeting',
  looking_down: 'Not looking down at my notes or CV',
  eye_contact: 'Eye contact',
  posture: 'Posture',
  still_hands: 'Still hands',
  smiling: 'Smiling',
};
export const bodyLanguageMarks = ['good', 'work_on'] as const;

export const confidenceDraftSchema = z.strictObject({
  selfRating: rating,
  checklist: z.partialRecord(z.enum(bodyLanguageItems), z.enum(bodyLanguageMarks)).default({}),
  notes: text(reflectionLimits.noteMax),
});

export const logisticsIssues = ['dress_code', 'punctuality', 'video_setup', 'other'] as const;
export type LogisticsIssue = (typeof logisticsIssues)[number];
export const logisticsLabels: Record<LogisticsIssue, string> = {
  dress_code: 'Dress code',
  punctuality: 'Punctuality',
  video_setup: 'Video set-up',
  other: 'Something else',
};

export const improveDraftSchema = z.strictObject({
  struggled: z
    .array(
      z.strictObject({
        key: itemKeySchema,
        text: z.string().max(questionLimits.textMax, overMax('A question', questionLimits.textMax)),
        category: z.string().max(questionLimits.categoryMax, overMax('The category', questionLimits.categoryMax)).default(''),
      }),
    )
    .max(reflectionLimits.struggledMax, overMax('The list', reflectionLimits.struggledMax, 'questions'))
    .default([]),
  /** The next round with this company, when known: questions added here come due before it. */
  nextRoundOn: optionalDate,
  researchRating: rating,
  researchNotes: text(reflectionLimits.noteMax),
  logistics: z
    .array(
      z.strictObject({
        issue: z.enum(logisticsIssues),
        note: z.string().max(reflectionLimits.logisticsNoteMax, overMax('The note', reflectionLimits.logisticsNoteMax)).default(''),
      }),
    )
    .max(logisticsIssues.length)
    .refine((list) => new Set(list.map((l) => l.issue)).size === list.length, 'Each logistics issue once')
    .default([]),
});

export const emailDraftSchema = z.strictObject({
  subject: z.string().max(reflectionLimits.subjectMax, overMax('The subject', reflectionLimits.subjectMax)),
  body: z.string().max(reflectionLimits.bodyMax, overMax('The message', reflectionLimits.bodyMax)),
});
export type EmailDraft = z.output<typeof emailDraftSchema>;

export const respondDraftSchema = z.strictObject({
  /** One thing discussed in the interview, quoted in both emails. */
  discussed: text(reflectionLimits.discussedMax),
  signature: text(reflectionLimits.signatureMax),
  /** Null while the user has not edited it: the draft then follows the template. */
  thankYou: emailDraftSchema.nullable().default(null),
  feedbackRequest: emailDraftSchema.nullable().default(null),
  feedbackReceived: text(reflectionLimits.feedbackMax),
  feedbackReceivedOn: optionalDate,
});

export type RoleFitDraft = z.output<typeof roleFitDraftSchema>;
export type QualificationsDraft = z.output<typeof qualificationsDraftSchema>;
export type ConfidenceDraft = z.output<typeof confidenceDraftSchema>;
export type ImproveDraft = z.output<typeof improveDraftSchema>;
export type RespondDraft = z.output<typeof respondDraftSchema>;

// A type alias, not an interface: the row-version helpers take records of fields (`Record<string, unknown>`).
export type StepDrafts = {
  roleFit: RoleFitDraft;
  qualifications: QualificationsDraft;
  confidence: ConfidenceDraft;
  improve: ImproveDraft;
  respond: RespondDraft;
};
export type StepName = keyof StepDrafts;

export const stepDraftSchemas = {
  roleFit: roleFitDraftSchema,
  qualifications: qualificationsDraftSchema,
  confidence: confidenceDraftSchema,
  improve: improveDraftSchema,
  respond: respondDraftSchema,
} as const;

/** The steps in order: number shown to the user, storage name, and title. */
export const reflectionSteps = [
  { number: 1, name: 'roleFit', title: 'Was the role right for me?' },
  { number: 2, name: 'qualifications', title: 'Qualifications' },
  { number: 3, name: 'confidence', title: 'Confidence and body language' },
  { number: 4, name: 'improve', title: 'Improve next time' },
  { number: 5, name: 'respond', title: 'Respond to the interviewer' },
] as const satisfies readonly { number: number; name: StepName; title: string }[];

export const stepCount = reflectionSteps.length;
/** The position after the last step: the summary. */
export const summaryPosition = stepCount + 1;

export function emptyDrafts(): StepDrafts {
  return {
    roleFit: roleFitDraftSchema.parse({}),
    qualifications: qualificationsDraftSchema.parse({}),
    confidence: confidenceDraftSchema.parse({}),
    improve: improveDraftSchema.parse({}),
    respond: respondDraftSchema.parse({}),
  };
}

/**
 * A stored draft, read back leniently: a value this version cannot read
 * (hand-edited, or from a newer build) falls back to empty rather than
 * making the whole reflection unreadable.
 */
export function draftFromStored<N extends StepName>(name: N, stored: string | null): StepDrafts[N] {
  const schema = stepDraftSchemas[name];
  let value: unknown;
  try {
    value = stored ? JSON.parse(stored) : {};
  } catch {
    value = {};
  }
  const parsed = schema.safeParse(value);
  return (parsed.success ? parsed.data : schema.parse({})) as StepDrafts[N];
}

/**
 * Splits pasted requirements into one line each, dropping bullets and blank
 * lines. Job adverts often list requirements in one paragraph separated by
 * semicolons, so those split too.
 */
export function splitRequirementLines(pasted: string): string[] {
  return pasted
    .split(/\r?\n|•|;/)
    .map((line) => line.replace(/^\s*(?:[-*–—·]|\d+[.)])\s*/, '').trim())
    .filter((line) => line.length > 0)
    .map((line) => line.slice(0, 500));
}

/** What an autosave of the steps sends and what this computer keeps of unsaved typing (see row-version). */
export const stepDraftsChangesSchema = versionedChangesSchema(stepDraftSchemas);
