import type { Database, Statement } from 'better-sqlite3';
import { dueBeforeDeadline, newReviewCard, type ReviewCard, replayRatings } from '../../../../shared/domain/progress/review-schedule';

/** A `review_state` row as SQLite returns it. */
interface ReviewStateRow {
  question_id: number;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
  last_answer_id: number | null;
  deadline: string | null;
}

export interface StoredReviewState {
  questionId: number;
  card: ReviewCard;
  lastAnswerId: number | null;
  deadline: Date | null;
}

function fromRow(row: ReviewStateRow): StoredReviewState {
  return {
    questionId: row.question_id,
    card: {
      due: new Date(row.due),
      stability: row.stability,
      difficulty: row.difficulty,
      elapsed_days: row.elapsed_days,
      scheduled_days: row.scheduled_days,
      learning_steps: row.learning_steps,
      reps: row.reps,
      lapses: row.lapses,
      state: row.state,
      ...(row.last_review ? { last_review: new Date(row.last_review) } : {}),
    },
    lastAnswerId: row.last_answer_id,
    deadline: row.deadline ? new Date(row.deadline) : null,
  };
}

function toRow(state: StoredReviewState): ReviewStateRow {
  const { card } = state;
  return {
    question_id: state.questionId,
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
    last_answer_id: state.lastAnswerId,
    deadline: state.deadline?.toISOString() ?? null,
  };
}

interface RatingRow {
  id: number;
  rating: number;
  answered_at: string;
}

const columns =
  'question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, last_answer_id, deadline';
const ratingsSql = `SELECT id, coalesce(review_confidence, confidence) AS rating, answered_at FROM answers
  WHERE question_id = ? AND skipped = 0 AND coalesce(review_confidence, confidence) IS NOT NULL ORDER BY answered_at, id`;

interface Statements {
  get: Statement<[number], ReviewStateRow>;
  upsert: Statement<ReviewStateRow>;
  remove: Statement<[number]>;
  ratings: Statement<[number], RatingRow>;
}

// Prepared once per connection: applyAnswerToProgress runs inside every save-answer transaction.
const prepared = new WeakMap<Database, Statements>();

function statements(db: Database): Statements {
  let s = prepared.get(db);
  if (!s) {
    s = {
      get: db.prepare(`SELECT ${columns} FROM review_state WHERE question_id = ?`),
      upsert: db.prepare(
        `INSERT INTO review_state (${columns}) VALUES (${columns.replace(/(\w+)/g, '@$1')})
         ON CONFLICT (question_id) DO UPDATE SET ${columns
           .split(', ')
           .slice(1)
           .map((c) => `${c} = excluded.${c}`)
           .join(', ')}`,
      ),
      remove: db.prepare('DELETE FROM review_state WHERE question_id = ?'),
      ratings: db.prepare(ratingsSql),
    };
    prepared.set(db, s);
  }
  return s;
}

export function readReviewState(db: Database, questionId: number): StoredReviewState | null {
  const row = statements(db).get.get(questionId);
  return row ? fromRow(row) : null;
}

export function writeReviewState(db: Database, state: StoredReviewState): void {
  statements(db).upsert.run(toRow(state));
}

/**
 * Rebuilds a question's schedule from all its ratings, oldest first: needed
 * when an earlier rating changes, because FSRS state depends on the whole path.
 * A deadline still ahead is kept and applied; a question left with no ratings
 * and no deadline has no schedule.
 */
export function replayQuestion(db: Database, questionId: number, now: Date): void {
  const s = statements(db);
  const existing = readReviewState(db, questionId);
  const deadline = existing?.deadline && existing.deadline.getTime() > now.getTime() ? existing.deadline : null;
  const history = s.ratings.all(questionId);
  const first = history[0];
  if (!first && !deadline) {
    s.remove.run(questionId);
    return;
  }
  const card = first
    ? replayRatings(
        history.map((r) => ({ confidence: r.rating, at: new Date(r.answered_at) })),
        new Date(first.answered_at),
      )
    : newReviewCard(now);
  writeReviewState(db, {
    questionId,
    card: { ...card, due: dueBeforeDeadline(card.due, deadline, now) },
    lastAnswerId: first ? Math.max(...history.map((r) => r.id)) : null,
    deadline,
  });
}

/** Replays every rated question: the migration's backfill. */
export function replayAllQuestions(db: Database, now: Date): void {
  const ids = db.prepare<[], { question_id: number }>('SELECT DISTINCT question_id FROM answers WHERE skipped = 0').all();
  for (const { question_id } of ids) replayQuestion(db, question_id, now);
}
