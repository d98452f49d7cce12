/** "Last rehearsed 3 March 2026", or "not rehearsed yet". */
export function rehearsedLabel(lastRehearsedAt: string | null): string {
  if (lastRehearsedAt === null) return 'not rehearsed yet';
  return `last rehearsed ${new Date(lastRehearsedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`;
}
