/** The mean of `count` values whose total is `sum`; null when there are none (no value to show, not 0). */
export function averageOf(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}
