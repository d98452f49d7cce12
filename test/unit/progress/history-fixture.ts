import { answerFixture } from '../../helpers/answer-fixture';
import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { applyAnswerToProgress } from '../../../electron/main/services/progress/apply-answer';

/** One generated answer; times are minutes after `historyStart`. */
export interface GeneratedAnswer {
  session: number;
  question: number;
  minute: number;
  skipped: boolean;
  confidence: number;
  reviewConfidence: number | null;
  timeUsedMs: number;
  timeLimitMs: number | null;
  /** Ended by the hard limit; stored only for a rated, timed answer (as the app does). */
  cutOffAtLimit?: boolean;
  selfCheck: Record<string, boolean>;
}

export const historyStart = Date.UTC(2025, 2, 20, 6, 0); // crosses the 2025 DST changes in Europe and America
export const categories = ['Behavioural', 'Technical', '', 'Motivation'];
export const questionCount = 8;

export const answerArbitrary = fc.record({
  session: fc.integer({ min: 0, max: 14 }),
  question: fc.integer({ min: 0, max: questionCount - 1 }),
  // Up to ~100 days, at any minute of the day, so local midnights and week edges are crossed.
  minute: fc.integer({ min: 0, max: 100 * 24 * 60 }),
  skipped: fc.integer({ min: 0, max: 99 }).map((n) => n < 15),
  confidence: fc.integer({ min: 1, max: 5 }),
  reviewConfidence: fc.option(fc.integer({ min: 1, max: 5 }), { freq: 3 }),
  timeUsedMs: fc.integer({ min: 0, max: 300_000 }),
  timeLimitMs: fc.option(fc.constantFrom(60_000, 120_000, 180_000), { freq: 4 }),
  cutOffAtLimit: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  selfCheck: fc.dictionary(fc.constantFrom('eyeContact', 'pace', 'fillerWords'), fc.boolean(), { maxKeys: 3 }),
});

export const historyArbitrary = fc.array(answerArbitrary, { minLength: 0, maxLength: 120 });

export const isoAt = (minute: number) => new Date(historyStart + minute * 60_000).toISOString();

const seededIds = new WeakMap<Database, number[]>();

/**
 * A bank and the questions the generated answers refer to: generated question
 * i has category categories[i % 4]. In an empty database their ids are 1…8.
 */
export function seedQuestions(db: Database): number[] {
  const at = '2025-01-01T00:00:00.000Z';
  const bank = db.prepare(`INSERT INTO banks (name, created_at, updated_at) VALUES ('Progress fixtures', @at, @at)`).run({ at });
  const insert = db.prepare(
    `INSERT INTO questions (bank_id, text, category, created_at, updated_at) VALUES (@bank, @text, @category, @at, @at)`,
  );
  const ids = Array.from({ length: questionCount }, (_, i) =>
    Number(
      insert.run({ bank: bank.lastInsertRowid, text: `Question ${i + 1}`, category: categories[i % categories.length], at })
        .lastInsertRowid,
    ),
  );
  seededIds.set(db, ids);
  return ids;
}

export interface StoredAnswer extends GeneratedAnswer {
  id: number;
  cutOffAtLimit: boolean;
  sessionId: number;
  questionId: number;
  category: string;
  answeredAt: string;
}

/**
 * Inserts the answers oldest first, as the app would save them (each with
 * applyAnswerToProgress in its transaction, unless `scheduling` is off, as in
 * a database from before the review schedule existed), and returns them with their ids.
 */
export function insertHistory(db: Database, history: readonly GeneratedAnswer[], scheduling = true): StoredAnswer[] {
  const sessions = db.prepare(`INSERT OR IGNORE INTO practice_sessions (id, setup, started_at) VALUES (@id, '{}', @at)`);
  // Before version 7 an answer could not be cut off at the limit: such a database stores none.
  const canCutOff = db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
    .all('answers')
    .some((c) => c.name === 'cut_off_at_limit');
  const insert = db.prepare(`
    INSERT INTO answers (session_id, question_id, position, skipped, confidence, review_confidence, time_used_ms, time_limit_ms, ${canCutOff ? 'cut_off_at_limit, ' : ''}self_check, answered_at)
    VALUES (@sessionId, @questionId, @position, @skipped, @confidence, @reviewConfidence, @timeUsedMs, @timeLimitMs, ${canCutOff ? '@cutOffAtLimit, ' : ''}@selfCheck, @answeredAt)`);
  const questionIds = seededIds.get(db) ?? [];
  const firstSession = (db.prepare('SELECT coalesce(max(id), 0) AS n FROM practice_sessions').get() as { n: number }).n + 1;
  const positions = new Map<number, number>();
  const sorted = [...history].sort((a, b) => a.minute - b.minute);
  const stored: StoredAnswer[] = [];
  for (const answer of sorted) {
    const sessionId = firstSession + answer.session;
    const position = positions.get(sessionId) ?? 0;
    positions.set(sessionId, position + 1);
    const answeredAt = isoAt(answer.minute);
    const row = {
      ...answer,
      sessionId,
      questionId: questionIds[answer.question] ?? answer.question + 1,
      category: categories[answer.question % categories.length]!,
      answeredAt,
      confidence: answer.confidence,
      reviewConfidence: answer.skipped ? null : answer.reviewConfidence,
      cutOffAtLimit: canCutOff && (answer.cutOffAtLimit ?? false) && !answer.skipped && answer.timeLimitMs !== null,
    };
    db.transaction(() => {
      sessions.run({ id: sessionId, at: answeredAt });
      const { lastInsertRowid } = insert.run({
        sessionId,
        questionId: row.questionId,
        position,
        skipped: answer.skipped ? 1 : 0,
        confidence: answer.skipped ? null : answer.confidence,
        reviewConfidence: row.reviewConfidence,
        timeUsedMs: answer.timeUsedMs,
        timeLimitMs: answer.timeLimitMs,
        cutOffAtLimit: row.cutOffAtLimit ? 1 : 0,
        selfCheck: JSON.stringify(answer.selfCheck),
        answeredAt,
      });
      const id = Number(lastInsertRowid);
      if (scheduling)
        applyAnswerToProgress(
          db,
          answerFixture({
            id,
            sessionId,
            questionId: row.questionId,
            confidence: answer.skipped ? null : answer.confidence,
            skipped: answer.skipped,
            timeUsedMs: answer.timeUsedMs,
            timeLimitMs: answer.timeLimitMs,
            answeredAt,
          }),
        );
      stored.push({ ...row, id });
    })();
  }
  return stored;
}
