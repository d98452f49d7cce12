import type { Database } from 'better-sqlite3';
// The FSRS library as it was when migration 005 shipped, pinned under its own name in
// package.json: upgrading the app's ts-fsrs must never change what this backfill computes.
import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs-at-v5';

/*
 * The review-schedule backfill of migration 005, frozen as it was at schema
 * version 5 (from shared/domain/progress/review-schedule.ts and
 * services/progress/review-state.ts of that version). Never edit this file:
 * the live scheduler may change; what an upgrade from version 4 computes may not.
 */

/** The scheduler's settings at version 5: no fuzz, 30-minute (re)learning steps, intervals capped at a year. */
const schedulerV5 = fsrs({
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ['30m'],
  relearning_steps: ['30m'],
  maximum_interval: 365,
});

/** Confidence 1–2 → Again, 3 → Hard, 4 → Good, 5 → Easy (docs/spaced-review.md at version 5). */
function gradeV5(confidence: number): Grade {
  if (confidence <= 2) return Rating.Again;
  if (confidence === 3) return Rating.Hard;
  if (confidence === 4) return Rating.Good;
  return Rating.Easy;
}

interface RatingRow {
  id: number;
  rating: number;
  answered_at: string;
}

/**
 * Replays every question's ratings (the after-replay rating where there is
 * one), oldest first, from a new card at its first rating, and writes one
 * `review_state` row per question that has any. No deadlines exist yet at
 * version 5's creation of the table, so the due date is FSRS's own.
 */
export function replayScheduleV5(db: Database): void {
  const questions = db.prepare<[], { question_id: number }>('SELECT DISTINCT question_id FROM answers WHERE skipped = 0').all();
  const ratings = db.prepare<[number], RatingRow>(
    `SELECT id, coalesce(review_confidence, confidence) AS rating, answered_at FROM answers
     WHERE question_id = ? AND skipped = 0 AND coalesce(review_confidence, confidence) IS NOT NULL ORDER BY answered_at, id`,
  );
  const insert = db.prepare(
    `INSERT INTO review_state (question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, last_answer_id, deadline)
     VALUES (@question_id, @due, @stability, @difficulty, @elapsed_days, @scheduled_days, @learning_steps, @reps, @lapses, @state, @last_review, @last_answer_id, NULL)`,
  );
  for (const { question_id } of questions) {
    const history = ratings.all(question_id);
    const first = history[0];
    if (!first) continue;
    let card: Card = createEmptyCard(new Date(first.answered_at));
    for (const row of history) card = schedulerV5.next(card, new Date(row.answered_at), gradeV5(row.rating)).card;
    insert.run({
      question_id,
      due: card.due.toISOString(),
      stability: card.stability,
      difficulty: card.difficulty,
      elapsed_days: card.elapsed_days,
      scheduled_days: card.scheduled_days,
      learning_steps: card.learning_steps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
      last_review: card.last_review?.toISOString() ?? null,
      last_answer_id: Math.max(...history.map((r) => r.id)),
    });
  }
}
