import { isOverLimit, overGraceMs } from '../../../../shared/domain/progress/answer-facts';
import { formatElapsed } from '../../../../shared/domain/timer/format';

/** "1:42 of 2:00", "2:12 of 2:00 (0:12 over)", or "1:42 (no limit)". */
export function timeUsedText(usedMs: number, limitMs: number | null): string {
  if (limitMs === null) return `${formatElapsed(usedMs)} (no limit)`;
  const over = usedMs - limitMs;
  const base = `${formatElapsed(usedMs)} of ${formatElapsed(limitMs)}`;
  return over >= overGraceMs ? `${base} (${formatElapsed(over)} over)` : base;
}

/** Over the limit by the one rule (isOverLimit, shared/domain/progress/answer-facts.ts): a second past it, or cut off by the hard limit. */
export function isOverrun(usedMs: number, limitMs: number | null, cutOffAtLimit = false): boolean {
  return isOverLimit({ skipped: false, timeUsedMs: usedMs, timeLimitMs: limitMs, cutOffAtLimit });
}
