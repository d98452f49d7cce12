import { deliveryColumns, deliveryFromRow, deliveryJoin, type DeliveryColumns } from '../delivery/delivery-rows';
import type { Database, Statement } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { averageOf } from '../../../../shared/domain/progress/average';
import {
  type Attempt,
  type QuestionHistory,
  type QuestionSort,
  type QuestionStats,
  type QuestionStatsPage,
  reviewStateNames,
} from '../../../../shared/domain/progress/question-history';
import { type AnswerRow, answerTable } from '../sessions/session-rows';
import { readReviewState } from './review-state';
import { effectiveDue, neverPractised } from '../../../../shared/domain/progress/deadline-schedule';
import { planCaps } from './effective-due';

interface StatsRow {
  question_id: number;
  text: string;
  category: string;
  bank_name: string;
  archived: number;
  answers: number | null;
  rated: number | null;
  confidence_sum: number | null;
  recent_avg: number | null;
  timed: number | null;
  over_count: number | null;
  last_answered_at: string | null;
  due: string | null;
}

type AttemptRow = AnswerRow &
  DeliveryColumns & {
    recording_id: number | null;
    mime_type: string | null;
    duration_ms: number | null;
    byte_size: number | null;
    recorded_at: string | null;
  };

interface PageParams {
  category: string | null;
  limit: number;
  offset: number;
}

const statsSelect = `
  SELECT q.id AS question_id, q.text, q.category, b.name AS bank_name,
         (q.archived_at IS NOT NULL OR b.archived_at IS NOT NULL) AS archived,
         p.answers, p.rated, p.confidence_sum, p.recent_avg, p.timed, p.over_count, p.last_answered_at, r.due
  FROM questions q JOIN banks b ON b.id = q.bank_id
  LEFT JOIN progress_question p ON p.question_id = q.id
  LEFT JOIN review_state r ON r.question_id = q.id`;

// Each sort ends on the question id so pages never overlap.
const orderBy: Record<QuestionSort, string> = {
  weakest: 'p.recent_avg IS NULL, p.recent_avg, p.last_answered_at, q.id',
  recent: 'p.last_answered_at DESC, q.id',
  most: 'p.answers DESC, q.id',
  due: 'r.due IS NULL, r.due, q.id',
};

function statsFromRow(row: StatsRow): QuestionStats {
  return {
    questionId: row.question_id,
    text: row.text,
    category: row.category,
    bankName: row.bank_name,
    archived: row.archived === 1,
    answers: row.answers ?? 0,
    rated: row.rated ?? 0,
    average: averageOf(row.confidence_sum ?? 0, row.rated ?? 0),
    recentAverage: row.recent_avg,
    timed: row.timed ?? 0,
    over: row.over_count ?? 0,
    lastAnsweredAt: row.last_answered_at,
    due: row.due,
  };
}

function attemptFromRow(row: AttemptRow): Attempt {
  return {
    ...answerTable.fromRow(row),
    recording:
      row.recording_id === null
        ? null
        : {
            id: row.recording_id,
            mimeType: row.mime_type ?? '',
            durationMs: row.duration_ms ?? 0,
            byteSize: row.byte_size ?? 0,
            createdAt: row.recorded_at ?? row.answered_at,
            delivery: deliveryFromRow(row),
          },
  };
}

/** Per-question reads: the practised-questions table and one question's history. */
export function questionQueries(db: Database) {
  const one = db.prepare<{ id: number }, StatsRow>(`${statsSelect} WHERE q.id = @id`);
  const pages = Object.fromEntries(
    Object.entries(orderBy).map(([sort, order]) => [
      sort,
      db.prepare<PageParams, StatsRow>(
        `${statsSelect} WHERE p.question_id IS NOT NULL AND (@category IS NULL OR q.category = @category)
         ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      ),
    ]),
  ) as Record<QuestionSort, Statement<PageParams, StatsRow>>;
  const count = db.prepare<{ category: string | null }, { n: number }>(
    `SELECT count(*) AS n FROM progress_question p JOIN questions q ON q.id = p.question_id
     WHERE (@category IS NULL OR q.category = @category)`,
  );
  const attempts = db.prepare<{ id: number; limit: number }, AttemptRow>(`
    SELECT ${answerTable.select}, rec.id AS recording_id, rec.mime_type, rec.duration_ms, rec.byte_size, rec.created_at AS recorded_at,
           ${deliveryColumns}
    FROM answers a LEFT JOIN recordings rec ON rec.session_id = a.session_id AND rec.position = a.position ${deliveryJoin('rec')}
    WHERE a.question_id = @id ORDER BY a.answered_at DESC, a.id DESC LIMIT @limit`);

  // The earliest final-window start among the upcoming plans holding the question (as in effective-due.ts).
  const planCap = db.prepare<{ caps: string; id: number }, { cap: string | null }>(`
    SELECT min(c.value ->> 1) AS cap FROM json_each(@caps) c
    JOIN interview_plan_questions p ON p.interview_id = c.value ->> 0 WHERE p.question_id = @id`);

  return {
    page(sort: QuestionSort, category: string | null, limit: number, offset: number): QuestionStatsPage {
      return {
        total: count.get({ category })?.n ?? 0,
        rows: pages[sort].all({ category, limit, offset }).map(statsFromRow),
      };
    },
    /** One question's page at `now`; its next review is the deadline-aware one the due queue uses. */
    history(questionId: number, limit: number, now: Date): QuestionHistory {
      const row = one.get({ id: questionId });
      if (!row) throw new AppError('not_found', 'That question no longer exists.');
      const stats = statsFromRow(row);
      const state = readReviewState(db, questionId);
      const cap = planCap.get({ caps: planCaps(db, now), id: questionId })?.cap ?? null;
      const card = state && { due: state.card.due, reps: state.card.reps, lastReview: state.card.last_review ?? null };
      return {
        stats,
        schedule: state && {
          due: (effectiveDue(card, cap === null ? null : new Date(cap), now) ?? state.card.due).toISOString(),
          neverPractised: neverPractised(card),
          inPlan: cap !== null,
          state: reviewStateNames[state.card.state] ?? 'review',
          reps: state.card.reps,
          lapses: state.card.lapses,
          lastReview: state.card.last_review?.toISOString() ?? null,
          deadline: state.deadline?.toISOString() ?? null,
        },
        attempts: attempts.all({ id: questionId, limit }).map(attemptFromRow),
        totalAttempts: stats.answers,
      };
    },
  };
}
