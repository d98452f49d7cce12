import type { Migration } from './types';

/** The text the search index holds for a question's notes: all STAR parts and the free notes. */
const notesOf = (row: string) =>
  `${row}.notes_situation || char(10) || ${row}.notes_task || char(10) || ${row}.notes_action || char(10) || ${row}.notes_result || char(10) || ${row}.notes_free`;
const tagsOf = (row: string) => `(SELECT coalesce(group_concat(value, ' '), '') FROM json_each(${row}.tags))`;

/**
 * Question banks: full-text search over question text, tags, guidance and the
 * user's notes, kept in step by triggers; and the starter keys ever seeded, so
 * a later version adds only new starter questions and never brings back one
 * the user deleted.
 */
export const migration002: Migration = {
  version: 2,
  name: 'question-banks',
  up: (db) => {
    db.exec(`
      -- Question keys as shipped ("bank/question"); bank keys prefixed "bank:".
      CREATE TABLE starter_seen (key TEXT PRIMARY KEY) WITHOUT ROWID;
      INSERT OR IGNORE INTO starter_seen (key) SELECT 'bank:' || starter_key FROM banks WHERE starter_key IS NOT NULL;
      INSERT OR IGNORE INTO starter_seen (key) SELECT starter_key FROM questions WHERE starter_key IS NOT NULL;

      -- A self-contained FTS5 table keyed by question id (about the size of the text). remove_diacritics 2
      -- lets "cafe" find "café". Prefix indexes for one and two characters keep as-you-type search fast
      -- from the first letter (a 1-letter prefix over 10,000 questions: ~40 ms without, ~5 ms with).
      CREATE VIRTUAL TABLE questions_fts USING fts5(
        text, tags, guidance, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'
      );

      CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
        INSERT INTO questions_fts (rowid, text, tags, guidance, notes)
        VALUES (new.id, new.text, ${tagsOf('new')}, new.guidance, ${notesOf('new')});
      END;
      CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
        DELETE FROM questions_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER questions_fts_update
      AFTER UPDATE OF text, tags, guidance, notes_situation, notes_task, notes_action, notes_result, notes_free ON questions BEGIN
        UPDATE questions_fts SET text = new.text, tags = ${tagsOf('new')}, guidance = new.guidance, notes = ${notesOf('new')}
        WHERE rowid = new.id;
      END;

      INSERT INTO questions_fts (rowid, text, tags, guidance, notes)
      SELECT q.id, q.text, ${tagsOf('q')}, q.guidance, ${notesOf('q')}
      FROM questions q;

      -- Covers the search filters, so ranking thousands of matches never reads the wide question rows.
      CREATE INDEX questions_search_filters ON questions (id, archived_at, bank_id, difficulty, category, tags);
    `);
  },
};
