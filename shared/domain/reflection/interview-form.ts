import { overMaxMessage } from '../limit-messages';
import { isCalendarDay } from '../dates/format';
import { localDayKey } from '../progress/calendar';
import { overLimit, textLength } from '../text-limits';
import { interviewLimits, interviewStages, type InterviewOutcome, type InterviewStage } from './interview';
import type { InterviewWhen } from './interview-when';

/** A message per field, keyed by the form's field name. */
type FieldErrors = Partial<Record<string, string>>;

/**
 * The fields every interview form asks for — company, role, the day and time, the stage and the job
 * description — as typed, shared by home's "log an upcoming interview" and the interview log's editor
 * (reached from Reflection and from a preparation plan).
 */
// A type, not an interface: the renderer keeps unsaved typing of these values (kept-typing's TypedValues record).
export type InterviewCoreValues = {
  company: string;
  role: string;
  /** `YYYY-MM-DD` from a date input, or empty. */
  date: string;
  /** `HH:MM` from a time input, or empty: not given (nothing is assumed in its place). */
  time: string;
  /** Empty: not given. */
  stage: InterviewStage | '';
  jobDescription: string;
};

/**
 * A blank form. Nothing is filled in for the user (walk 5, finding 3): a time, stage or format left
 * empty is saved as "not given", never as a default that would later read as something they said.
 */
export const blankInterviewCore: InterviewCoreValues = {
  company: '',
  role: '',
  date: '',
  time: '',
  stage: '',
  jobDescription: '',
};

/** What the form is for: an interview still to come (home, first run) or any interview in the log. */
export interface InterviewCheck {
  /** Today's local calendar day, `YYYY-MM-DD`. */
  today: string;
  /** True when the day must not have passed (logging an upcoming interview). */
  upcoming: boolean;
  /** The outcome chosen, where the form asks for one: an interview still to come cannot have one yet. */
  outcome?: InterviewOutcome;
}

/**
 * The form's day and time as stored: `heldOn` the day, `heldAt` the ISO instant of that wall-clock
 * time in the user's zone only when a time was typed (else null). Null when the day, or a typed
 * time, is not real.
 */
export function whenOf(values: Pick<InterviewCoreValues, 'date' | 'time'>): InterviewWhen | null {
  if (!isCalendarDay(values.date)) return null;
  if (!values.time) return { heldOn: values.date, heldAt: null };
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(values.time);
  if (!match) return null;
  const [y, m, d] = values.date.split('-').map(Number) as [number, number, number];
  return { heldOn: values.date, heldAt: new Date(y, m - 1, d, Number(match[1]), Number(match[2])).toISOString() };
}

/** A stored interview's day and time as the form shows them in the user's zone; the time empty when none was given. */
export function dateAndTimeOf(when: InterviewWhen): Pick<InterviewCoreValues, 'date' | 'time'> {
  if (when.heldAt === null) return { date: when.heldOn, time: '' };
  const at = new Date(when.heldAt);
  if (Number.isNaN(at.getTime())) return { date: when.heldOn, time: '' };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: localDayKey(at), time: `${pad(at.getHours())}:${pad(at.getMinutes())}` };
}

/**
 * The form's own check before anything is sent, one message per field (keys `company`, `role`,
 * `date`, `time`, `jobDescription`, `outcome`); empty when it may be saved. The main process checks
 * again (lengths, text rules) and names any field it refuses. A job description over its limit is
 * named by the TextField's own over-limit message, so it only needs to stop the save here.
 */
export function interviewFieldIssues(values: InterviewCoreValues, check: InterviewCheck): FieldErrors {
  const issues: FieldErrors = {};
  if (!values.company.trim()) issues.company = 'Enter the company name';
  if (!values.role.trim()) issues.role = 'Enter the role';
  if (!values.date) issues.date = 'Enter the date of the interview';
  else if (!isCalendarDay(values.date)) issues.date = 'Enter a real date, like 2027-03-14';
  else if (check.upcoming && values.date < check.today)
    issues.date = 'That date has passed: pick today or a later day, as this is for an interview still to come';
  else if (check.outcome && check.outcome !== 'pending' && values.date > check.today)
    issues.outcome = 'This interview is still to come, so it has no outcome yet: choose “Pending”, or correct the date';
  if (values.time && !whenOf({ date: '2000-01-01', time: values.time })) issues.time = 'Enter a time like 09:30, or leave it empty';
  if (overLimit(values.jobDescription, interviewLimits.jobDescriptionMax))
    issues.jobDescription = overMaxMessage(
      'The job description',
      interviewLimits.jobDescriptionMax,
      'characters',
      textLength(values.jobDescription),
    );
  return issues;
}

/** Maps the main process's field paths onto the form's (`heldOn` is the date input, `heldAt` the date and time). */
export const interviewFieldKey = (path: string): string => (path === 'heldAt' || path === 'heldOn' ? 'date' : path);

/** Whether nothing has been typed in the form. */
export function isBlankInterview(values: InterviewCoreValues): boolean {
  return !values.company.trim() && !values.role.trim() && !values.date && !values.time && !values.stage && !values.jobDescription.trim();
}

/**
 * Values read back from this computer's copy of unsaved typing: each field kept only when it is
 * text, anything else (damaged, from an older version) falls back to the blank form's.
 */
export function interviewCoreFrom(stored: unknown): InterviewCoreValues {
  const values = { ...blankInterviewCore };
  if (typeof stored !== 'object' || stored === null) return values;
  const record = stored as Record<string, unknown>;
  for (const key of ['company', 'role', 'date', 'time', 'jobDescription'] as const) {
    if (typeof record[key] === 'string') values[key] = record[key];
  }
  if (typeof record.stage === 'string' && (interviewStages as readonly string[]).includes(record.stage))
    values.stage = record.stage as InterviewStage;
  return values;
}

/** The stored shape of the form's stage and time: not given is null. */
export function stageOf(values: Pick<InterviewCoreValues, 'stage'>): InterviewStage | null {
  return values.stage === '' ? null : values.stage;
}
