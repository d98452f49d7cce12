import { isOverLimit, selfCheckDone } from '../../../shared/domain/progress/answer-facts';
import { selfCheckItems } from '../../../shared/domain/sessions';

/** The `answers` columns the readiness figures read, as SQLite returns them. */
export interface RawAnswer {
  question_id: number;
  skipped: number;
  time_used_ms: number;
  time_limit_ms: number | null;
  cut_off_at_limit: number;
  self_check: string;
}

/**
 * One stored answer judged in TypeScript by the one rule (shared/domain/progress/answer-facts.ts):
 * timed, over the limit, self-check done, and the self-check item keys a done self-check left unticked.
 * The slow, obviously right side the SQL readiness figures are compared with.
 */
export function judged(a: RawAnswer): { timed: boolean; over: boolean; done: boolean; missed: string[] } {
  const answer = {
    skipped: a.skipped === 1,
    timeUsedMs: a.time_used_ms,
    timeLimitMs: a.time_limit_ms,
    cutOffAtLimit: a.cut_off_at_limit === 1,
    selfCheck: JSON.parse(a.self_check) as Record<string, boolean>,
  };
  const done = selfCheckDone(answer);
  return {
    timed: !answer.skipped && answer.timeLimitMs !== null,
    over: isOverLimit(answer),
    done,
    missed: done ? selfCheckItems.filter((item) => answer.selfCheck[item.key] !== true).map((item) => item.key) : [],
  };
}
