/**
 * The one rule for what an answer counts as in every figure (docs/ratings.md).
 * Each fact has a TypeScript form (for lists and pages) and an SQL form (for
 * the rollups in services/progress/rollups.ts), and the two must agree: the
 * unit test test/unit/progress/answer-facts.test.ts runs both on real rows.
 *
 * `r` in the SQL forms is a table alias or trigger row (`a`, `NEW`, `OLD`).
 */

/** The fields of an answer the rule reads. */
export interface AnswerFactsInput {
  skipped: boolean;
  /** The blind rating, given right after answering (1–5; null when skipped). */
  confidence: number | null;
  /** The rating given again after replaying the recording, or null. */
  reviewConfidence: number | null;
  timeUsedMs: number;
  timeLimitMs: number | null;
  cutOffAtLimit: boolean;
  selfCheck: Record<string, boolean>;
}

/**
 * The rating that counts for an answer: the after-replay rating when the user
 * gave one (their later, better-informed judgement of the same answer), else
 * the blind rating. Null for a skipped answer. Averages, trends, "recent",
 * "weakest", readiness and the review schedule all use it; only the
 * calibration facts compare the two ratings, and say so.
 */
export function countedRating(a: Pick<AnswerFactsInput, 'skipped' | 'confidence' | 'reviewConfidence'>): number | null {
  if (a.skipped) return null;
  return a.reviewConfidence ?? a.confidence;
}
export const countedRatingSql = (r: string) => `coalesce(${r}.review_confidence, ${r}.confidence)`;

/** How many of a question's latest rated answers make its "recent confidence" (their mean counted rating). */
export const recentWindow = 3;

/**
 * Recent confidence at or above this counts as ready (4 = "a good answer" on
 * the rating scale); "Weakest questions" lists only questions below it.
 */
export const readyConfidence = 4;

/** Time past the limit, in ms, that counts as over: one whole second, the timer's displayed precision. */
export const overGraceMs = 1000;

/**
 * Over the time limit: the hard limit cut the answer off, or it ran at least a
 * second past its limit. Untimed and skipped answers are never over.
 */
export function isOverLimit(a: Pick<AnswerFactsInput, 'skipped' | 'timeUsedMs' | 'timeLimitMs' | 'cutOffAtLimit'>): boolean {
  if (a.skipped || a.timeLimitMs === null) return false;
  return a.cutOffAtLimit || a.timeUsedMs - a.timeLimitMs >= overGraceMs;
}
/** SQL of "timed": rated with a limit. */
export const timedSql = (r: string) => `(${r}.skipped = 0 AND ${r}.time_limit_ms IS NOT NULL)`;
/** SQL of `isOverLimit`. */
export const overLimitSql = (r: string) =>
  `(${timedSql(r)} AND (${r}.cut_off_at_limit = 1 OR ${r}.time_used_ms - ${r}.time_limit_ms >= ${overGraceMs}))`;
/** SQL: ran past the limit by time (not only cut off); these are the ones with an overrun to average. */
export const overrunSql = (r: string) => `(${timedSql(r)} AND ${r}.time_used_ms - ${r}.time_limit_ms >= ${overGraceMs})`;

/**
 * The delivery self-check was done: at least one item ticked. The app stores
 * every item as ticked or not, so a self-check left untouched and one where
 * the user ticked nothing read the same; both count as "not done", and the
 * calibration facts count only answers whose self-check was done.
 */
export function selfCheckDone(a: Pick<AnswerFactsInput, 'skipped' | 'selfCheck'>): boolean {
  return !a.skipped && Object.values(a.selfCheck).some(Boolean);
}
/** SQL of `selfCheckDone` (the cheap text test first: json_each is the costly part). */
export const selfCheckDoneSql = (r: string) =>
  `(${r}.skipped = 0 AND ${r}.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(${r}.self_check) WHERE type = 'true'))`;
/** SQL: the self-check was done and at least one item was left unticked. */
export const selfCheckMissedSql = (r: string) =>
  `(${selfCheckDoneSql(r)} AND EXISTS (SELECT 1 FROM json_each(${r}.self_check) WHERE type = 'false'))`;
