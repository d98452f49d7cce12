import { formatElapsed } from '../../../../shared/domain/timer/format';

/** "1:42 of 2:00", "2:12 of 2:00 (0:12 over)", or "1:42 (no limit)". */
export function timeUsedText(usedMs: number, limitMs: number | null): string {
  if (limitMs === null) return `${formatElapsed(usedMs)} (no limit)`;
  const over = usedMs - limitMs;
  const base = `${formatElapsed(usedMs)} of ${formatElapsed(limitMs)}`;
  return over >= 1000 ? `${base} (${formatElapsed(over)} over)` : base;
}

/** True when an answer ran at least a second past its limit, or the hard limit cut it off. */
export function isOverrun(usedMs: number, limitMs: number | null, cutOffAtLimit = false): boolean {
  return cutOffAtLimit || (limitMs !== null && usedMs - limitMs >= 1000);
}
