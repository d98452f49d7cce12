import BetterSqlite3 from 'better-sqlite3';
import { migrations } from '../../../electron/main/storage/migrations/index';

/**
 * Builds a database at `version` by applying the migrations up to it, and
 * fills it with rows a user of that version could have. Returns the row
 * count each table must still have after migrating to the latest version.
 * When you add migration N, add what a user at version N would have stored.
 */
export function seedAtVersion(file: string, version: number): Record<string, number> {
  const db = new BetterSqlite3(file);
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    for (const migration of migrations.slice(0, version)) migration.up(db);
    db.pragma(`user_version = ${version}`);
  })();
  const now = '2026-01-05T10:00:00.000Z';
  const counts: Record<string, number> = {};
  if (version >= 1) {
    db.prepare("INSERT INTO banks (id, name, created_at, updated_at) VALUES (1, 'Mine', @now, @now)").run({ now });
    db.prepare("INSERT INTO questions (id, bank_id, text, created_at, updated_at) VALUES (1, 1, 'Why us?', @now, @now)").run({ now });
    db.prepare("INSERT INTO practice_sessions (id, setup, started_at) VALUES (1, '{}', @now)").run({ now });
    db.prepare('INSERT INTO session_questions (session_id, position, question_id) VALUES (1, 0, 1)').run();
    db.prepare(
      'INSERT INTO answers (session_id, question_id, position, confidence, time_used_ms, time_limit_ms, answered_at) VALUES (1, 1, 0, 3, 90000, 120000, @now)',
    ).run({ now });
    Object.assign(counts, { banks: 1, questions: 1, practice_sessions: 1, answers: 1 });
  }
  if (version >= 2) {
    db.prepare("INSERT INTO starter_seen (key) VALUES ('bank:common-openers'), ('common-openers/why-us')").run();
    db.prepare(
      "INSERT INTO questions (id, bank_id, text, tags, notes_free, created_at, updated_at) VALUES (2, 1, 'Why now?', '[\"timing\"]', 'Because', @now, @now)",
    ).run({ now });
    Object.assign(counts, { starter_seen: 2, questions: 2, questions_fts: 2 });
  }
  if (version >= 3) {
    db.prepare('UPDATE answers SET review_confidence = 4, reviewed_at = @now WHERE session_id = 1 AND position = 0').run({ now });
    db.prepare(
      `INSERT INTO recordings (session_id, position, file_name, mime_type, byte_size, duration_ms, created_at) VALUES (1, 0, 'rec-s1-p0-${'a'.repeat(32)}.webm', 'audio/webm;codecs=opus', 4096, 90000, @now)`,
    ).run({ now });
    Object.assign(counts, { recordings: 1 });
  }
  if (version >= 4) {
    db.prepare(
      "INSERT INTO interviews (id, company, role, held_at, stage, format, outcome, created_at, updated_at) VALUES (1, 'Acme', 'Analyst', @now, 'first', 'video', 'rejected', @now, @now)",
    ).run({ now });
    db.prepare(
      `INSERT INTO reflections (id, interview_id, current_step, improve, created_at, updated_at) VALUES (1, 1, 4, '{"researchRating":2}', @now, @now)`,
    ).run({ now });
    db.prepare("INSERT INTO reflections (id, session_id, went_well, created_at, updated_at) VALUES (2, 1, 'Pace', @now, @now)").run({
      now,
    });
    db.prepare("INSERT INTO reflection_questions (reflection_id, item_key, question_id, added_at) VALUES (1, 'k1', 1, @now)").run({ now });
    db.prepare(
      "INSERT INTO action_items (reflection_id, source_key, kind, title, created_at, updated_at) VALUES (1, 'requirement:k2', 'skill', 'Learn SQL', @now, @now)",
    ).run({ now });
    Object.assign(counts, { interviews: 1, reflections: 2, reflection_questions: 1, action_items: 1 });
  }
  if (version >= 5) {
    db.prepare(
      `INSERT INTO review_state (question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, last_answer_id, deadline)
       VALUES (1, @now, 3.2, 5.1, 0, 2, 0, 1, 0, 2, @now, 1, '2026-02-01T09:00:00.000Z')`,
    ).run({ now });
    Object.assign(counts, { review_state: 1, progress_week: 1, progress_day: 1, progress_question: 1, progress_session: 1 });
  }
  db.close();
  return counts;
}
