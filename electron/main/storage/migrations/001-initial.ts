import type { Migration } from './types';

/**
 * Question banks, questions, practice sessions and answers. Times are ISO-8601
 * UTC strings; durations are milliseconds. Tags and the delivery self-check are
 * JSON because they are read whole and never joined on.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up: (db) => {
    db.exec(`
      CREATE TABLE banks (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
        description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        starter_key TEXT UNIQUE,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX banks_name_unique ON banks (name COLLATE NOCASE);

      CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        bank_id INTEGER NOT NULL REFERENCES banks (id),
        text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 2000),
        category TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        difficulty INTEGER NOT NULL DEFAULT 2 CHECK (difficulty BETWEEN 1 AND 3),
        suggested_seconds INTEGER NOT NULL DEFAULT 120 CHECK (suggested_seconds BETWEEN 10 AND 1800),
        guidance TEXT NOT NULL DEFAULT '',
        is_star INTEGER NOT NULL DEFAULT 0 CHECK (is_star IN (0, 1)),
        notes_situation TEXT NOT NULL DEFAULT '',
        notes_task TEXT NOT NULL DEFAULT '',
        notes_action TEXT NOT NULL DEFAULT '',
        notes_result TEXT NOT NULL DEFAULT '',
        notes_free TEXT NOT NULL DEFAULT '',
        starter_key TEXT UNIQUE,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX questions_bank ON questions (bank_id);

      CREATE TABLE practice_sessions (
        id INTEGER PRIMARY KEY,
        setup TEXT NOT NULL CHECK (json_valid(setup)),
        status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed', 'abandoned')),
        started_at TEXT NOT NULL,
        ended_at TEXT
      );
      CREATE INDEX practice_sessions_status ON practice_sessions (status);

      -- The planned questions in order, so an interrupted session resumes where it stopped.
      CREATE TABLE session_questions (
        session_id INTEGER NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        question_id INTEGER NOT NULL REFERENCES questions (id),
        PRIMARY KEY (session_id, position)
      ) WITHOUT ROWID;

      CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
        question_id INTEGER NOT NULL REFERENCES questions (id),
        position INTEGER NOT NULL CHECK (position >= 0),
        skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
        confidence INTEGER CHECK (confidence BETWEEN 1 AND 5),
        time_used_ms INTEGER NOT NULL CHECK (time_used_ms >= 0),
        time_limit_ms INTEGER CHECK (time_limit_ms IS NULL OR time_limit_ms > 0),
        self_check TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(self_check)),
        note TEXT NOT NULL DEFAULT '',
        struggled INTEGER NOT NULL DEFAULT 0 CHECK (struggled IN (0, 1)),
        answered_at TEXT NOT NULL,
        UNIQUE (session_id, position),
        CHECK (skipped = 1 OR confidence IS NOT NULL)
      );
      CREATE INDEX answers_question ON answers (question_id, answered_at);
      CREATE INDEX answers_answered_at ON answers (answered_at);
    `);
  },
};
