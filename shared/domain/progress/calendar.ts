/**
 * Calendar days and weeks in the user's local time, as `YYYY-MM-DD` keys.
 * The rollups key answers the same way in SQL (`date(x, 'localtime')`, weeks
 * starting on Monday), so these must agree with SQLite's date functions.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `date`, e.g. `2026-01-05`. */
export function localDayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Noon UTC on the day `key`: safe for day arithmetic whatever the time zone or DST. */
function dayToUtcNoon(key: string): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

function utcNoonToKey(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(key: string, days: number): string {
  const date = dayToUtcNoon(key);
  date.setUTCDate(date.getUTCDate() + days);
  return utcNoonToKey(date);
}

/** The Monday starting the week that contains day `key`. */
export function weekStartOf(key: string): string {
  const weekday = (dayToUtcNoon(key).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(key, -weekday);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtcNoon(to).getTime() - dayToUtcNoon(from).getTime()) / 86_400_000);
}

/** The first instant after the local day containing `date`. */
export function endOfLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
}

/** Every Monday from `from` to `to`, inclusive. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let week = from; week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}
