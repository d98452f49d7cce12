import type { Database } from 'better-sqlite3';
import { dueBeforeDeadline, newReviewCard, reviewAfterRating } from '../../../../shared/domain/progress/review-schedule';
import type { SessionAnswer } from '../../../../shared/domain/answers';
import { readReviewState, replayQuestion, writeReviewState } from './review-state';

/**
 * Updates the review schedule for one saved (or corrected) answer. Call it
 * inside the save-answer transaction, after the answer row is written.
 *
 * The weekly, daily, category and per-question rollups need no call: triggers
 * on `answers` (migration 005) update them in the same transaction, whoever
 * writes the row — saving, correcting, deleting a session or importing.
 *
 * A skipped answer leaves the schedule as it was (see review-schedule.ts). A
 * new answer is folded in incrementally; a correction of an answer already in
 * the schedule, or one older than the last review, replays the question's history.
 */
export function applyAnswerToProgress(db: Database, answer: SessionAnswer): void {
  const at = new Date(answer.answeredAt);
  const existing = readReviewState(db, answer.questionId);
  const alreadyCounted = existing?.lastAnswerId != null && answer.id <= existing.lastAnswerId;
  const outOfOrder = existing?.card.last_review !== undefined && at.getTime() < existing.card.last_review.getTime();
  if (alreadyCounted || outOfOrder) {
    replayQuestion(db, answer.questionId, at);
    return;
  }
  if (answer.skipped || answer.confidence === null) return;

  const deadline = existing?.deadline && existing.deadline.getTime() > at.getTime() ? existing.deadline : null;
  const card = reviewAfterRating(existing?.card ?? newReviewCard(at), answer.confidence, at);
  writeReviewState(db, {
    questionId: answer.questionId,
    card: { ...card, due: dueBeforeDeadline(card.due, deadline, at) },
    lastAnswerId: answer.id,
    deadline,
  });
}

/**
 * Call after the after-replay confidence of an answer was saved or cleared
 * (inside that transaction): the schedule uses the after-replay rating when
 * there is one, so the question's history is replayed with it.
 */
export function applyReviewConfidenceToProgress(db: Database, answerId: number, now: Date): void {
  const row = db.prepare<[number], { question_id: number }>('SELECT question_id FROM answers WHERE id = ?').get(answerId);
  if (row) replayQuestion(db, row.question_id, now);
}
