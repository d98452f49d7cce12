import { z } from 'zod';
import { interviewLimits, interviewStages } from './interview';

/**
 * An interview typed but not logged yet (walk 5, finding 4): on the first-run screen (whose Start never
 * waits for the optional interview) or in home's log form. It is kept in the data folder by the main
 * process, so another browser profile, cleared site data or a restart does not lose it, and home offers
 * to finish logging it. Every field is as typed: a day that has passed or a missing company is allowed
 * here (home names what is missing); only shapes and lengths are checked, like any outside input.
 */
/**
 * A draft holds what was typed, even past the interview's own limits (those are checked when it is logged,
 * with the field's message: walker's walk saw the autosave refused at 121 characters). It is bounded only as
 * outside input, at ten times those limits; the table's CHECKs (migration 018) hold the same numbers.
 */
export const interviewDraftLimits = {
  companyMax: interviewLimits.companyMax * 10,
  roleMax: interviewLimits.roleMax * 10,
  jobDescriptionMax: interviewLimits.jobDescriptionMax * 10,
} as const;

export const interviewDraftSchema = z.strictObject({
  company: z.string().max(interviewDraftLimits.companyMax, `Keep the company under ${interviewDraftLimits.companyMax} characters`),
  role: z.string().max(interviewDraftLimits.roleMax, `Keep the role under ${interviewDraftLimits.roleMax} characters`),
  /** As a date input gives it: empty or `YYYY-MM-DD`. */
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD')]),
  /** As a time input gives it: empty (not given) or `HH:MM`. */
  time: z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 09:30')]),
  stage: z.union([z.literal(''), z.enum(interviewStages, 'Choose the interview stage')]),
  jobDescription: z
    .string()
    .max(
      interviewDraftLimits.jobDescriptionMax,
      `Keep the job description under ${interviewDraftLimits.jobDescriptionMax.toLocaleString('en-GB')} characters`,
    ),
});

export type InterviewDraft = z.output<typeof interviewDraftSchema>;
