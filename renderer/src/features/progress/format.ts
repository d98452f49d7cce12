const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const fullDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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

/** "today", "tomorrow", "in 3 days", "2 days ago", from the local calendar. */
export function relativeDay(iso: string, now = new Date()): string {
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOf(new Date(iso)) - startOf(now)) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

export const categoryName = (category: string) => category || 'No category';
