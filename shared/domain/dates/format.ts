/**
 * The one place where dates become words a user reads: on screen, in the shared report, the
 * reflection export and the desktop notifications. Everything else passes dates around as data —
 * a calendar day as `YYYY-MM-DD`, an instant as an ISO string or a `Date` — and calls these.
 *
 * Two kinds of value, never mixed up:
 * - a **calendar day** (`YYYY-MM-DD`: an action's due day, the day an email was sent, the next
 *   round's day) names a day on the user's calendar. It has no time and no zone, so it is formatted
 *   as that UTC day by a UTC formatter and no time zone or daylight-saving change can shift it;
 * - an **instant** (an answer's time, an interview's start, a backup) is shown in the user's time
 *   zone, with its time, or as its local day when only the day matters (a review falls due on a day).
 *
 * Words follow the user's locale (`undefined`: the runtime's default — the OS language in Electron)
 * unless a caller passes `locale` (tests, a document made for someone else). Formatters are costly
 * to build, so each (locale, zone, style) is built once and cached; the current zone is part of the
 * key, so a user who travels sees their new zone without a restart.
 *
 * **The set of formats** (en-US examples; every screen uses only these, so one thing always reads the same way):
 * - a day: "Dec 4, 2026" (`formatCalendarDay` / `formatDate`, style `medium`);
 * - a date-time, wherever a time was given or matters: "Dec 4, 2026, 2:30 PM" (`formatDateTime`, `medium`).
 *   An interview's when is always this (see `interviewWhen` in shared/domain/reflection/interview-name.ts);
 * - a time of day alone: "2:30 PM" (`formatTime`), e.g. "saved at 2:30 PM";
 * - chart axes, by grain: a session "Dec 4, 2:30 PM", a day or week "Dec 4", a month "Dec 2026"
 *   (`dayMonth` / `monthYear` styles), with the year added when the chart spans years;
 * - documents written for reading later (the reflection export): the `long` styles, "December 4, 2026".
 * The time always has the same shape, the locale's short time: "9:05 AM" in en-US (never "09:05 AM"),
 * "09:05" in en-GB.
 *
 * Lint (eslint.config.js) forbids `toLocaleDateString`, `toLocaleTimeString`, `Intl.DateTimeFormat`
 * and `toISOString().slice` anywhere else.
 */
import { localDayKey } from '../progress/calendar';

/** Styles of a day shown without a time (en-GB examples). */
export type DayStyle =
  /** "8 Dec 2026" — the default. */
  | 'medium'
  /** "8 December 2026". */
  | 'long'
  /** "8 Dec" — chart axes where the year is plain from context. */
  | 'dayMonth'
  /** "Dec 2026" — a month on a chart axis or in a table. */
  | 'monthYear';

/** Styles of an instant shown with its time. */
export type DateTimeStyle =
  /** "8 Dec 2026, 14:02" / "Dec 8, 2026, 2:02 PM" — the default. */
  | 'medium'
  /** "8 December 2026 at 14:02" — documents. */
  | 'long'
  /** "8 Dec, 14:02" / "Dec 8, 2:02 PM" — chart axes. */
  | 'dayMonth';

export interface DateFormatOptions {
  /** A BCP 47 tag such as `en-GB`; the user's locale when left out. */
  locale?: string;
  /** An IANA zone such as `Europe/London` for instants; the machine's zone when left out. Calendar days ignore it. */
  timeZone?: string;
}

const dayStyles: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
};

/** The day part of each date-time style; {@link timeFields} adds the time, the same for all of them. */
const dateTimeStyles: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  medium: dayStyles.medium,
  long: dayStyles.long,
  dayMonth: dayStyles.dayMonth,
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** The machine's zone as a cache key: the offsets now and half a year away tell zones (and DST rules) apart cheaply. */
function localZoneKey(): string {
  const now = Date.now();
  return `${new Date(now).getTimezoneOffset()}/${new Date(now + 182 * 86_400_000).getTimezoneOffset()}`;
}

function formatter(name: string, options: Intl.DateTimeFormatOptions, locale: string | undefined, timeZone: string | undefined) {
  const key = `${name}|${locale ?? ''}|${timeZone ?? `local:${localZoneKey()}`}`;
  let found = cache.get(key);
  if (!found) {
    // eslint-disable-next-line no-restricted-syntax -- this module is the one place allowed to build date formatters.
    found = new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options);
    cache.set(key, found);
  }
  return found;
}

/**
 * The time fields for `locale`, one shape for every style: the locale's own short time, as `timeStyle: 'short'`
 * gives it ("2:30 PM" in en-US, "09:05" in en-GB: 12-hour clocks without a leading zero, 24-hour clocks with
 * one). Built from fields rather than `timeStyle`, which cannot be combined with the day fields: `dateStyle`
 * would give "04.12.2026" beside a day shown as "4. Dez. 2026" in some locales.
 */
function timeFields(locale: string | undefined): Intl.DateTimeFormatOptions {
  const { hourCycle } = formatter('hourCycle', { hour: 'numeric' }, locale, 'UTC').resolvedOptions();
  const twelveHour = hourCycle === 'h12' || hourCycle === 'h11';
  return { hour: twelveHour ? 'numeric' : '2-digit', minute: '2-digit' };
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a `YYYY-MM-DD` calendar day that exists (no 30 February). */
export function isCalendarDay(value: string): boolean {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}

/**
 * A calendar day (`YYYY-MM-DD`) in words, with no time: "8 Dec 2026" (en-GB), "Dec 8, 2026" (en-US).
 * The same words in every time zone. Text that is not a real day is returned as given, so a
 * damaged value still shows rather than breaking the page.
 */
export function formatCalendarDay(day: string, style: DayStyle = 'medium', options: Pick<DateFormatOptions, 'locale'> = {}): string {
  if (!isCalendarDay(day)) return day;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return formatter(`day:${style}`, dayStyles[style], options.locale, 'UTC').format(new Date(Date.UTC(y, m - 1, d, 12)));
}

function toDate(instant: Date | string): Date | null {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The calendar day an instant falls on, as `YYYY-MM-DD`: in the machine's zone, or in `timeZone` when given. */
export function dayOf(instant: Date | string, timeZone?: string): string {
  const at = toDate(instant);
  if (!at) return String(instant);
  if (!timeZone) return localDayKey(at);
  // en-CA writes a day as YYYY-MM-DD; formatToParts keeps this independent of that detail.
  const parts = formatter('dayKey', { year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-CA', timeZone).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The day of an instant, without its time: "8 Dec 2026". For values that are really days (a review
 * due, an interview's day in a list); a date-only value stored as `YYYY-MM-DD` goes to {@link formatCalendarDay}.
 */
export function formatDate(instant: Date | string, style: DayStyle = 'medium', options: DateFormatOptions = {}): string {
  if (!toDate(instant)) return String(instant);
  return formatCalendarDay(dayOf(instant, options.timeZone), style, options);
}

/** An instant with its time in the user's zone: "8 Dec 2026, 14:02". Text that is not a date is returned as given. */
export function formatDateTime(instant: Date | string, style: DateTimeStyle = 'medium', options: DateFormatOptions = {}): string {
  const at = toDate(instant);
  if (!at) return String(instant);
  return formatter(
    `dateTime:${style}`,
    { ...dateTimeStyles[style], ...timeFields(options.locale) },
    options.locale,
    options.timeZone,
  ).format(at);
}

/** An instant's time of day in the user's zone: "14:02" / "09:05" (en-GB), "2:02 PM" / "9:05 AM" (en-US). */
export function formatTime(instant: Date | string, options: DateFormatOptions = {}): string {
  const at = toDate(instant);
  if (!at) return String(instant);
  return formatter('time', timeFields(options.locale), options.locale, options.timeZone).format(at);
}
