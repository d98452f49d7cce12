import type { SessionItem } from '../../../../../shared/domain/sessions';

/** The lowest bar for "went fine": answers below it, skipped or flagged come back in "practise the weakest again". */
const fineFrom = 4;

/**
 * This session's questions worth another go, weakest first: skipped, then
 * flagged as a struggle, then by confidence (after replay, when given).
 */
export function weakestOf(items: readonly SessionItem[]): number[] {
  const scored = items.flatMap((item) => {
    const a = item.answer;
    if (!a) return [];
    const confidence = a.reviewConfidence ?? a.confidence ?? 0;
    if (!a.skipped && !a.struggled && confidence >= fineFrom) return [];
    return [{ id: item.questionId, score: (a.skipped ? 0 : a.struggled ? 10 : 20) + confidence, position: item.position }];
  });
  scored.sort((x, y) => x.score - y.score || x.position - y.position);
  return [...new Set(scored.map((s) => s.id))];
}
