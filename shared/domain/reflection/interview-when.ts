import { type DateFormatOptions, type DateTimeStyle, type DayStyle, formatCalendarDay, formatDate, formatDateTime } from '../dates/format';
import { localDayKey } from '../progress/calendar';
import { formatLabels, type InterviewFormat, type InterviewStage, stageLabels } from './interview';

/**
 * When an interview is held, as the user gave it (walk 5, finding 3): always a day, and a start time
 * only when one was given. Like a calendar's all-day event, an interview without a time has no instant:
 * it is "on" its day, from its start to its end, and is never shown or counted as if it began at 09:00.
 */
export interface InterviewWhen {
  /** The instant it starts, ISO; null when no time was given. */
  heldAt: string | null;
  /** Its day on the user's calendar, `YYYY-MM-DD` (for one with a time, the local day of `heldAt`). */
  heldOn: string;
}

/** The day of an interview stored with a time or without one (`held_at` or `held_on`, exactly one set). */
export function heldOnOf(heldAt: string | null, heldOn: string | null): string {
  return heldOn ?? localDayKey(new Date(heldAt ?? Number.NaN));
}

/**
 * Whether the interview is still to come: with a time, until that instant; without one, until its day
 * is over (on the day itself it is "today", not yet an interview to ask the outcome of).
 */
export function isUpcoming(when: InterviewWhen, now: Date): boolean {
  return when.heldAt !== null ? Date.parse(when.heldAt) > now.getTime() : when.heldOn >= localDayKey(now);
}

/**
 * An interview's date in words, with its time only when one was given: "4 Dec 2026, 14:30" or
 * "4 Dec 2026". `style` is the time's style when there is one; the day alone uses the same length.
 */
export function formatInterviewWhen(when: InterviewWhen, style: DateTimeStyle = 'medium', options: DateFormatOptions = {}): string {
  if (when.heldAt !== null) return formatDateTime(when.heldAt, style, options);
  return formatCalendarDay(when.heldOn, style === 'long' ? 'long' : style === 'dayMonth' ? 'dayMonth' : 'medium', options);
}

/** An interview's day without its time: "4 Dec 2026", where only the day matters (e.g. a plan suggestion's source). */
export function formatInterviewDay(when: InterviewWhen, style: DayStyle = 'medium', options: DateFormatOptions = {}): string {
  return when.heldAt !== null ? formatDate(when.heldAt, style, options) : formatCalendarDay(when.heldOn, style, options);
}

/**
 * SQL that is true for an interview still to come (the same rule as {@link isUpcoming}), for a table
 * aliased `alias`, with the parameters `@now` (ISO instant) and `@today` (`YYYY-MM-DD`, the local day).
 */
export const upcomingSql = (alias: string): string =>
  // A CASE, not an OR: \`held_at > @now\` is NULL for a day without a time, and NOT NULL would match nothing.
  `(CASE WHEN ${alias}.held_at IS NULL THEN ${alias}.held_on >= @today ELSE ${alias}.held_at > @now END)`;

/** SQL ordering key of an interview by when it is held: its start, or its day (a day sorts before the times on it). */
export const heldSortSql = (alias: string): string => `coalesce(${alias}.held_at, ${alias}.held_on)`;

/**
 * "4 Dec 2026, 14:30 · Second round · Video": when, the stage and the format, leaving out what the
 * user did not give (never a default in its place).
 */
export function interviewFactsLine(
  interview: InterviewWhen & { stage: InterviewStage | null; format?: InterviewFormat | null },
  options: DateFormatOptions = {},
): string {
  return [
    formatInterviewWhen(interview, 'medium', options),
    interview.stage ? stageLabels[interview.stage] : null,
    interview.format ? formatLabels[interview.format] : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
