import type { Database } from 'better-sqlite3';
import { dueBeforeDeadline, newReviewCard } from '../../../../shared/domain/progress/review-schedule';
import { readReviewState, writeReviewState } from './review-state';

/**
 * Makes a question come due before `dueBy` (e.g. the company's next round):
 * a day before it, or now if that is already past. A question never practised
 * gets a schedule due now. The deadline is kept, so later ratings cannot push
 * the next review past it; the earlier of two deadlines wins. A deadline
 * already passed changes nothing.
 */
export function scheduleDueBy(db: Database, questionId: number, dueBy: Date, now: Date): void {
  if (dueBy.getTime() <= now.getTime()) return;
  const existing = readReviewState(db, questionId);
  const deadline =
    existing?.deadline && existing.deadline.getTime() > now.getTime() && existing.deadline.getTime() < dueBy.getTime()
      ? existing.deadline
      : dueBy;
  const card = existing?.card ?? newReviewCard(now);
  writeReviewState(db, {
    questionId,
    card: { ...card, due: dueBeforeDeadline(card.due, deadline, now) },
    lastAnswerId: existing?.lastAnswerId ?? null,
    deadline,
  });
}
