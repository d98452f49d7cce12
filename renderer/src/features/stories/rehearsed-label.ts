import { formatDate } from '../../../../shared/domain/dates/format';

/** "Last rehearsed 3 March 2026", or "not rehearsed yet". */
export function rehearsedLabel(lastRehearsedAt: string | null): string {
  if (lastRehearsedAt === null) return 'not rehearsed yet';
  return `last rehearsed ${formatDate(lastRehearsedAt, 'long')}`;
}
