import { localDayKey } from '../../../../shared/domain/progress/calendar';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the user's time zone, as `YYYY-MM-DD` (what date inputs use). */
export function localToday(now = new Date()): string {
  return localDayKey(now);
}

/** An instant as a `datetime-local` input value in the user's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${localToday(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A `datetime-local` value as an ISO instant. Anything that does not parse is
 * passed on as typed, so the main process names the field in its answer.
 */
export function fromLocalInput(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return value;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}
