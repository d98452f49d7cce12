import { formatCalendarDay, formatDateTime } from '../../../../shared/domain/dates/format';
import type { TrendGrain, TrendPoint } from '../../../../shared/domain/progress/trend';

/** "Jan 5" for a day or the week starting that Monday; "Jan 5, 2026" when the chart spans years. */
export function weekLabel(week: string, withYear = false): string {
  return formatCalendarDay(week, withYear ? 'medium' : 'dayMonth');
}

export function weekRangeLabel(week: string): string {
  return `Week of ${formatCalendarDay(week)}`;
}

/**
 * A trend point's axis label and its full name (table rows, tooltips), by grain, from the documented set in
 * shared/domain/dates/format.ts (en-US): a session "Jan 5, 2:05 PM" / "Session of Jan 5, 2026, 2:05 PM";
 * a day "Jan 5" / "Jan 5, 2026"; a week "Jan 5" / "Week of Jan 5, 2026"; a month "Jan 2026" / "Jan 2026".
 * `withYear` (the chart spans years) adds the year to the short session, day and week labels.
 */
export function trendPointLabels(point: TrendPoint, grain: TrendGrain, withYear = false): { short: string; full: string } {
  switch (grain) {
    case 'session': {
      if (!point.startedAt) return { short: weekLabel(point.day, withYear), full: `Session of ${formatCalendarDay(point.day)}` };
      return {
        short: formatDateTime(point.startedAt, withYear ? 'medium' : 'dayMonth'),
        full: `Session of ${formatDateTime(point.startedAt)}`,
      };
    }
    case 'day':
      return { short: weekLabel(point.day, withYear), full: formatCalendarDay(point.day) };
    case 'week':
      return { short: weekLabel(point.day, withYear), full: weekRangeLabel(point.day) };
    case 'month':
      return { short: formatCalendarDay(point.day, 'monthYear'), full: formatCalendarDay(point.day, 'monthYear') };
  }
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

export const categoryName = (category: string) => category || 'No category';
