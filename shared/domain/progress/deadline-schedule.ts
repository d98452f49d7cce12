import { addDays, localDayKey } from './calendar';

/**
 * Deadline-aware review (issue 10, item 3; docs/spaced-review.md).
 *
 * FSRS keeps its own state for every question; nothing here changes it. While
 * an interview is upcoming, the *effective* due time of each question in its
 * preparation plan is read through this rule instead:
 *
 * - never practised (no card, or no review yet): due now — these come first;
 * - last reviewed before the final window (the two local days before the
 *   interview's day): due at the earlier of FSRS's due time and the start of
 *   that window, so the next review always lands before the interview and the
 *   last one a day or two before it;
 * - reviewed inside the window already: FSRS's own due time.
 *
 * From the start of the interview's local day the cap is gone and the plain
 * FSRS schedule applies again, unchanged (the stored card was never altered).
 * Questions outside every upcoming plan always use FSRS's due time.
 */

/** How many local days before the interview's day the last review window opens. */
export const finalWindowDays = 2;

/** Midnight starting local day `key` (`YYYY-MM-DD`), DST-safe. */
export function startOfLocalDayKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/**
 * The start of the final review window for an interview held at `held` (its start, or its local day
 * `YYYY-MM-DD` when no time was given: only the day matters here), or null when the interview is no
 * longer upcoming (its local day has begun).
 */
export function planCap(held: Date | string, now: Date): Date | null {
  const interviewDay = typeof held === 'string' ? held : localDayKey(held);
  if (localDayKey(now) >= interviewDay) return null;
  return startOfLocalDayKey(addDays(interviewDay, -finalWindowDays));
}

/** What the rule needs of a question's FSRS card; null when the question was never rated. */
export interface ScheduleFacts {
  due: Date;
  reps: number;
  lastReview: Date | null;
}

/**
 * "Never practised": no rated answer has reached the schedule yet (no card, no
 * repetition, or no review time). The one definition every count, list and
 * label uses; `neverPractisedSql` in services/progress/effective-due.ts is its
 * SQL form. A never-practised question is not "due for review" (there is
 * nothing to review): it is counted and shown apart, even when a plan or a
 * reflection puts it in today's queue.
 */
export function neverPractised(card: ScheduleFacts | null): boolean {
  return !card || card.reps === 0 || !card.lastReview;
}

/**
 * The effective due time of a question: `cap` is the earliest `planCap` of the
 * upcoming interviews whose plan holds it, or null (not in an upcoming plan).
 */
export function effectiveDue(card: ScheduleFacts | null, cap: Date | null, now: Date): Date | null {
  if (!cap) return card?.due ?? null;
  if (!card?.lastReview || neverPractised(card)) return now;
  if (card.lastReview.getTime() < cap.getTime()) return card.due.getTime() < cap.getTime() ? card.due : cap;
  return card.due;
}
