/** `2026-11-25T17-39-10-123Z`: sortable, and legal in file names on every OS. */
export function timestampForFile(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
