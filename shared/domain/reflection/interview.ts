import { overMax } from '../limit-messages';
import { z } from 'zod';
import { addDays, localDayKey } from '../progress/calendar';
import { nameSchema } from '../text-rules';

export const interviewStages = ['screening', 'first', 'second', 'final', 'assessment_centre'] as const;
export const interviewFormats = ['in_person', 'video', 'phone'] as const;
export const interviewOutcomes = ['pending', 'offer', 'rejected', 'withdrew', 'no_response'] as const;

export type InterviewStage = (typeof interviewStages)[number];
export type InterviewFormat = (typeof interviewFormats)[number];
export type InterviewOutcome = (typeof interviewOutcomes)[number];

/** Said where a fact the user left out would be shown in a sentence or a table cell. */
export const notGiven = 'Not given';

export const stageLabels: Record<InterviewStage, string> = {
  screening: 'Screening',
  first: 'First round',
  second: 'Second round',
  final: 'Final round',
  assessment_centre: 'Assessment centre',
};
export const formatLabels: Record<InterviewFormat, string> = { in_person: 'In person', video: 'Video', phone: 'Phone' };
export const outcomeLabels: Record<InterviewOutcome, string> = {
  pending: 'Pending',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrew: 'Withdrew',
  no_response: 'No response',
};

/** Database ids arrive from the renderer as untrusted numbers. */
export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A calendar date, `YYYY-MM-DD`, that exists (no 30 February). */
export const calendarDateSchema = z.iso
  .date({ error: 'Enter a date as YYYY-MM-DD', abort: true })
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'That date does not exist');

/** An instant with its offset, as `new Date(local).toISOString()` gives it; years 1970–2100 catch typos like 20266. */
export const instantSchema = z.iso
  .datetime({ offset: true, error: 'Enter the date and time of the interview', abort: true })
  .refine((value) => {
    const time = Date.parse(value);
    return Number.isFinite(time) && time >= Date.UTC(1970, 0, 1) && time < Date.UTC(2101, 0, 1);
  }, 'Enter a real date between 1970 and 2100');

/** Length limits of the interview log's text, shared by the forms (counters, messages) and the schema below. */
export const interviewLimits = {
  companyMax: 120,
  roleMax: 120,
  interviewerNameMax: 120,
  /** RFC 5321's longest forward path, less the angle brackets. */
  emailMax: 254,
  jobDescriptionMax: 20_000,
  notesMax: 5000,
  /** The interview log's search box. */
  searchMax: 120,
} as const;

/** Company and role are names: the text rules apply (NFC, no control or direction-override characters). */
const requiredText = (what: string, missing: string, max: number) => nameSchema(what, max, { required: missing });

/** Optional address; empty means "not known". */
export const optionalEmailSchema = z
  .string()
  .trim()
  .max(interviewLimits.emailMax, overMax('The email address', interviewLimits.emailMax))
  .refine((value) => value === '' || z.email().safeParse(value).success, 'Enter a valid email address, like name@company.com');

/** The interview log record: strict, unlike reflection drafts, because lists and emails rely on it. */
export const interviewFieldsSchema = z.strictObject({
  company: requiredText('The company name', 'Enter the company name', interviewLimits.companyMax),
  role: requiredText('The role', 'Enter the role you interviewed for', interviewLimits.roleMax),
  /**
   * Only what the user said (walk 5, finding 3): the time, stage and format may be left out, and are then
   * null ("not given"), never a default that reads like an answer. With a time, `heldAt` is the instant it
   * starts; without one, `heldOn` is its day on the user's calendar (one of the two is required: the
   * channel checks it, and a `heldOn` beside a `heldAt` is ignored, the instant having its own day).
   */
  heldAt: instantSchema.nullable().default(null),
  heldOn: calendarDateSchema.optional(),
  stage: z.enum(interviewStages, 'Choose the interview stage').nullable().default(null),
  format: z.enum(interviewFormats, 'Choose how the interview was held').nullable().default(null),
  interviewerName: z
    .string()
    .trim()
    .max(interviewLimits.interviewerNameMax, overMax('The name', interviewLimits.interviewerNameMax))
    .default(''),
  interviewerEmail: optionalEmailSchema.default(''),
  jobDescription: z
    .string()
    .max(interviewLimits.jobDescriptionMax, overMax('The job description', interviewLimits.jobDescriptionMax))
    .default(''),
  outcome: z.enum(interviewOutcomes, 'Choose the outcome').default('pending'),
  notes: z.string().max(interviewLimits.notesMax, overMax('Notes', interviewLimits.notesMax)).default(''),
});

export type InterviewFields = z.output<typeof interviewFieldsSchema>;
export type InterviewFieldsInput = z.input<typeof interviewFieldsSchema>;

/** A logged interview. `heldOn` is always its day (for one with a time, the local day of `heldAt`). */
export interface Interview extends Omit<InterviewFields, 'heldOn'> {
  heldOn: string;
  id: number;
  createdAt: string;
  updatedAt: string;
}

/** Where the user's reflection on an interview stands. */
export type ReflectionStatus = 'not_started' | 'in_progress' | 'finished';

/** One row of the interview log. */
export interface InterviewSummary extends Interview {
  reflectionStatus: ReflectionStatus;
  /** The step the user was on, 1–5, or 6 for the summary; null before starting. */
  currentStep: number | null;
  thankYouSentOn: string | null;
  /** True when no thank-you note was marked sent and a day has passed since the interview. */
  thankYouReminder: boolean;
  openActionCount: number;
}

export const interviewFiltersSchema = z.strictObject({
  outcome: z.enum(interviewOutcomes).optional(),
  stage: z.enum(interviewStages).optional(),
  /** Case-insensitive match on company or role. */
  search: z.string().trim().max(interviewLimits.searchMax).default(''),
});

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The reminders about one interview the user can dismiss (issue 10, item 7):
 * the thank-you note not marked sent, and "How did it go?" (record the
 * outcome). A dismissal holds for that interview and date: rescheduled, the
 * interview is a new occasion and its reminders come back.
 */
export const reminderKinds = ['thank_you', 'outcome'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/**
 * A thank-you note is due within a day; after that, until marked sent, the
 * interview shows a reminder. Never after a rejection: a thank-you is still
 * possible (the draft is written for it) but nothing nags about it. Without a
 * time, the interview may have ended as late as the end of its day, so "over a
 * day" starts two days after it.
 */
export function thankYouReminderDue(
  when: { heldAt: string | null; heldOn: string },
  thankYouSentOn: string | null,
  outcome: InterviewOutcome,
  now: Date,
): boolean {
  if (thankYouSentOn || outcome === 'rejected') return false;
  if (when.heldAt === null) return localDayKey(now) >= addDays(when.heldOn, 2);
  const held = Date.parse(when.heldAt);
  return Number.isFinite(held) && now.getTime() - held >= dayMs;
}
