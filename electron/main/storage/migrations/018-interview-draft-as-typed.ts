import type { Migration } from './types';

/**
 * The half-typed interview (`interview_drafts`, migration 017) holds what was typed, even past the
 * log's limits (walker's walk): a role of 510 characters typed on home was refused by the draft's
 * 120-character CHECK, so the autosave failed with "Invalid input — draft.role: …" over the form, and a
 * restart would have brought back an older draft — while the field itself said "nothing you typed has
 * been cut". The limits of an interview (120 for company and role, 20,000 for the job description) are
 * checked when it is logged, with the field's own message; the draft is bounded only as outside input,
 * at ten times those limits (room to paste and trim). No other table refers to `interview_drafts` and it
 * has no index or trigger, so it is rebuilt in place (SQLite's procedure for a changed CHECK,
 * https://www.sqlite.org/lang_altertable.html §7) with every row kept.
 */
export const migration018: Migration = {
  version: 18,
  name: 'interview-draft-as-typed',
  up: (db) => {
    db.exec(`
      CREATE TABLE interview_drafts_018 (
        slot TEXT PRIMARY KEY CHECK (slot IN ('home')),
        company TEXT NOT NULL DEFAULT '' CHECK (length(company) <= 1200),
        role TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 1200),
        -- As typed in a date input: '' or YYYY-MM-DD (a day that has passed is kept, and named on home).
        held_on TEXT NOT NULL DEFAULT '' CHECK (held_on = '' OR held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        held_time TEXT NOT NULL DEFAULT '' CHECK (held_time = '' OR held_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        stage TEXT CHECK (stage IS NULL OR stage IN ('screening', 'first', 'second', 'final', 'assessment_centre')),
        job_description TEXT NOT NULL DEFAULT '' CHECK (length(job_description) <= 200000),
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO interview_drafts_018 (slot, company, role, held_on, held_time, stage, job_description, updated_at)
        SELECT slot, company, role, held_on, held_time, stage, job_description, updated_at FROM interview_drafts;
      DROP TABLE interview_drafts;
      ALTER TABLE interview_drafts_018 RENAME TO interview_drafts;
    `);
  },
};
