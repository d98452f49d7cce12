/**
 * Days said relative to today — "today", "tomorrow", "in 6 days", "overdue by 3 days" — counted in
 * the user's local calendar days (a review due at 00:30 tomorrow is "tomorrow", not "in 0 days").
 * Part of the one date-wording module with ./format.ts.
 */
import { daysBetween } from '../progress/calendar';
import { dayOf, isCalendarDay } from './format';

/** A calendar day (`YYYY-MM-DD`, taken as is) or an instant (its local day). */
export type DayOrInstant = string | Date;

const dayKeyOf = (value: DayOrInstant): string => (typeof value === 'string' && isCalendarDay(value) ? value : dayOf(value));

/** Whole local calendar days from `now`'s day to `value`'s day: 0 today, 1 tomorrow, -1 yesterday. */
export function daysFromToday(value: DayOrInstant, now: Date = new Date()): number {
  return daysBetween(dayOf(now), dayKeyOf(value));
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** `daysLeft` in words: "today", "tomorrow", "in 6 days", "yesterday", "3 days ago". */
export function relativeDayPhrase(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  if (daysLeft === -1) return 'yesterday';
  return daysLeft > 0 ? `in ${days(daysLeft)}` : `${days(-daysLeft)} ago`;
}

/** When something happened or happens, from the local calendar: "today", "3 days ago", "in 3 days". */
export function relativeDay(value: DayOrInstant, now: Date = new Date()): string {
  return relativeDayPhrase(daysFromToday(value, now));
}

/**
 * When something is due: "due today", "due tomorrow", "due in 3 days", and for a day already past
 * "overdue by 1 day" / "overdue by 3 days" (never "3 days ago", which reads as something done).
 */
export function dueText(value: DayOrInstant, now: Date = new Date()): string {
  const n = daysFromToday(value, now);
  if (n < 0) return `overdue by ${days(-n)}`;
  if (n === 0) return 'due today';
  return n === 1 ? 'due tomorrow' : `due in ${days(n)}`;
}
