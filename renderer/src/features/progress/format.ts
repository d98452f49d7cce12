import type { TrendGrain, TrendPoint } from '../../../../shared/domain/progress/trend';

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const fullDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dayMonthTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const weekdayDate = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const shortMonth = new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' });

/** `2026-01-05` (a local calendar day) as a Date at local noon, so no time zone shifts it to another day. */
function fromDayKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** "5 Jan" for the week starting that Monday; the year is added when it is not this year. */
export function weekLabel(week: string, withYear = false): string {
  return (withYear ? fullDate : dayMonth).format(fromDayKey(week));
}

export function weekRangeLabel(week: string): string {
  return `Week of ${fullDate.format(fromDayKey(week))}`;
}

/**
 * A trend point's axis label and its full name (table rows, tooltips), by grain:
 * a session "5 Jan, 14:05" / "Session of 5 Jan 2026, 14:05"; a day "5 Jan" /
 * "Mon, 5 Jan 2026"; a week "5 Jan" / "Week of 5 Jan 2026"; a month "Jan 26" / "January 2026".
 */
export function trendPointLabels(point: TrendPoint, grain: TrendGrain, withYear = false): { short: string; full: string } {
  switch (grain) {
    case 'session': {
      const at = point.startedAt ? new Date(point.startedAt) : fromDayKey(point.day);
      return { short: dayMonthTime.format(at), full: `Session of ${dateTime.format(at)}` };
    }
    case 'day':
      return { short: weekLabel(point.day, withYear), full: weekdayDate.format(fromDayKey(point.day)) };
    case 'week':
      return { short: weekLabel(point.day, withYear), full: weekRangeLabel(point.day) };
    case 'month':
      return { short: shortMonth.format(fromDayKey(point.day)), full: monthYear.format(fromDayKey(point.day)) };
  }
}

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDay(iso: string): string {
  return fullDate.format(new Date(iso));
}

/** 3.456 → "3.5"; null → "—". */
export function formatAverage(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

/** 95_000 → "1 min 35 s"; 42_000 → "42 s". */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}

/** Whole local calendar days from `now` to `iso` (negative when it is in the past). */
function calendarDaysUntil(iso: string, now: Date): number {
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((startOf(new Date(iso)) - startOf(now)) / 86_400_000);
}

/** When something happened: "today", "yesterday", "3 days ago" (or "tomorrow", "in 3 days"), from the local calendar. */
export function relativeDay(iso: string, now = new Date()): string {
  const days = calendarDaysUntil(iso, now);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/**
 * When something is due: "due today", "due tomorrow", "due in 3 days", and for
 * a date already past "overdue by 1 day" / "overdue by 3 days" (never "3 days
 * ago", which reads as something done).
 */
export function dueText(iso: string, now = new Date()): string {
  const days = calendarDaysUntil(iso, now);
  if (days < 0) return `overdue by ${plural(-days, 'day')}`;
  if (days === 0) return 'due today';
  return days === 1 ? 'due tomorrow' : `due in ${days} days`;
}

export const categoryName = (category: string) => category || 'No category';
