import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { progressTriggers } from '../../../electron/main/services/data/tables';
import { rebuildRollups } from '../../../electron/main/services/progress/rollups';
import { openDatabase } from '../../../electron/main/storage/open-database';
import { makeTempDir } from '../../helpers/temp-dir';

export const benchNow = new Date('2026-01-15T12:00:00.000Z');
export const benchCategories = [
  'Behavioural',
  'Technical',
  'Motivation',
  'Leadership',
  'Teamwork',
  'Conflict',
  'Career',
  'Ethics',
  'Company',
  'Role',
  'Strengths',
  '',
];
const questionCount = 300;
const answersPerSession = 10;

export interface GeneratedHistory {
  db: Database;
  insertMs: number;
  rollupMs: number;
}

/**
 * `answers` answers ending at benchNow: ten a day at 36,500 (ten years of daily
 * practice), spread over thirty years at a million. Inserted in one
 * transaction with the progress triggers set aside, then rolled up with one
 * INSERT…SELECT GROUP BY per rollup — the same path as an import.
 */
export function generateHistory(answers: number): GeneratedHistory {
  const { db } = openDatabase(makeTempDir('rehearse-bench-'));
  db.pragma('synchronous = OFF');
  const days = answers <= 36_500 ? 3650 : 30 * 365;
  const start = benchNow.getTime() - days * 86_400_000;
  const at = '2000-01-01T00:00:00.000Z';

  const began = performance.now();
  const triggers = progressTriggers(db);
  db.transaction(() => {
    for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
    const bank = db.prepare(`INSERT INTO banks (name, created_at, updated_at) VALUES ('Bench', @at, @at)`).run({ at }).lastInsertRowid;
    const question = db.prepare(
      `INSERT INTO questions (bank_id, text, category, created_at, updated_at) VALUES (@bank, @text, @category, @at, @at)`,
    );
    const questionIds = Array.from({ length: questionCount }, (_, i) =>
      Number(
        question.run({ bank, text: `Bench question ${i}`, category: benchCategories[i % benchCategories.length], at }).lastInsertRowid,
      ),
    );
    // Generated inside SQLite from a counter (one statement each), so a million rows take seconds, not minutes.
    // Values come from a multiplicative hash of the row number: the same history every run.
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @sessions - 1)
       INSERT INTO practice_sessions (id, setup, status, started_at, ended_at) SELECT i + 1, '{}', 'completed', @at, @at FROM n`,
    ).run({ sessions: Math.ceil(answers / answersPerSession), at });
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @answers - 1),
       rows AS (SELECT i, (i * 2654435761) % 4294967296 AS h,
                       strftime('%Y-%m-%dT%H:%M:%fZ', @start + i * @step, 'unixepoch') AS answered_at FROM n)
       INSERT INTO answers (session_id, question_id, position, skipped, confidence, review_confidence,
                            time_used_ms, time_limit_ms, self_check, answered_at, local_day)
       SELECT i / ${answersPerSession} + 1, @firstQuestion + (h >> 3) % ${questionCount}, i % ${answersPerSession},
              h % 100 < 5,
              CASE WHEN h % 100 < 5 THEN NULL ELSE 1 + (h >> 8) % 5 END,
              CASE WHEN h % 100 >= 5 AND (h >> 12) % 100 < 20 THEN 1 + (h >> 16) % 5 END,
              (h >> 4) % 200000,
              CASE WHEN (h >> 20) % 10 < 8 THEN 120000 END,
              CASE WHEN (h >> 24) % 2 = 0 THEN '{"eyeContact":true,"pace":false}' ELSE '{}' END,
              answered_at,
              -- What the insert trigger would store: the local calendar day.
              date(answered_at, 'localtime')
       FROM rows`,
    ).run({ answers, start: start / 1000, step: (days * 86_400) / answers, firstQuestion: questionIds[0]! });
    const schedule = db.prepare(`
      INSERT INTO review_state (question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
      VALUES (@id, @due, 10, 5, 0, 3, 0, 5, 1, 2, @at)`);
    for (const [i, id] of questionIds.entries())
      schedule.run({ id, due: new Date(benchNow.getTime() + (i - 50) * 3_600_000).toISOString(), at });
  })();
  const inserted = performance.now();
  db.transaction(() => {
    rebuildRollups(db);
    for (const t of triggers) db.exec(t.sql);
  })();
  return { db, insertMs: inserted - began, rollupMs: performance.now() - inserted };
}
