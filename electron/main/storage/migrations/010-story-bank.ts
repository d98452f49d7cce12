import type { Migration } from './types';

/**
 * The story bank (issue 14, item 5): short STAR stories the user reuses
 * across competency questions. A story names the competencies it shows (the
 * fixed list in shared/domain/stories.ts or the user's own, stored as
 * displayed), the questions it answers, where it was used (a company, and
 * the logged interview when there is one) and the mock interviews it was
 * rehearsed in, from which "not rehearsed lately" is read.
 */
export const migration010: Migration = {
  version: 10,
  name: 'story-bank',
  up: (db) => {
    db.exec(`
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 120),
        situation TEXT NOT NULL DEFAULT '' CHECK (length(situation) <= 5000),
        task TEXT NOT NULL DEFAULT '' CHECK (length(task) <= 5000),
        action TEXT NOT NULL DEFAULT '' CHECK (length(action) <= 5000),
        result TEXT NOT NULL DEFAULT '' CHECK (length(result) <= 5000),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE story_competencies (
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        competency TEXT NOT NULL CHECK (length(trim(competency)) BETWEEN 1 AND 60),
        PRIMARY KEY (story_id, competency)
      ) WITHOUT ROWID;
      CREATE INDEX story_competencies_competency ON story_competencies (competency);

      -- The questions a story answers; a question may have several stories and a story several questions.
      CREATE TABLE question_stories (
        question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (question_id, story_id)
      ) WITHOUT ROWID;
      CREATE INDEX question_stories_story ON question_stories (story_id);

      -- Where a story was told: the company as typed, and the logged interview when there is one.
      CREATE TABLE story_uses (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        interview_id INTEGER REFERENCES interviews (id) ON DELETE SET NULL,
        company TEXT NOT NULL CHECK (length(trim(company)) BETWEEN 1 AND 120),
        used_on TEXT CHECK (used_on IS NULL OR used_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        created_at TEXT NOT NULL
      );
      CREATE INDEX story_uses_story ON story_uses (story_id);

      -- Mock interviews started to rehearse a story; the answers in them are its rehearsals.
      CREATE TABLE story_rehearsals (
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        session_id INTEGER NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, session_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_rehearsals_session ON story_rehearsals (session_id);
    `);
  },
};
