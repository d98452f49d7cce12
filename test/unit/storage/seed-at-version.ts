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
  db.close();
  return counts;
}
