const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "12 May 2026, 14:02" in the user's locale. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
