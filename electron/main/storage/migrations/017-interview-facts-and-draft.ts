import type { Migration } from './types';

/**
 * Only what the user said (walk 5, finding 3) and a half-typed interview kept in the data folder
 * (finding 4), in one migration:
 *
 * - `interviews` is rebuilt (SQLite's procedure for changes ALTER TABLE cannot make,
 *   https://www.sqlite.org/lang_altertable.html §7) so that the facts the forms ask for but a user may
 *   leave out are stored as "not given" instead of a default that reads like an answer. Like a
 *   calendar's all-day event, the time of an interview is either known or not:
 *   - `held_at`, the instant it starts, only when a time was given (before this version a time left
 *     out was stored as 09:00);
 *   - `held_on` (new, `YYYY-MM-DD`): the day as the user gave it, only when no time was given. It is
 *     a day on the user's calendar, not an instant, so no time-zone change moves it. Exactly one of
 *     the two is set;
 *   - `stage` and `format` become optional (the home and first-run forms stored "First round" and
 *     "Video" without asking).
 *   Existing rows keep everything they have: their start time and format stay (nothing tells a
 *   default from a real answer), so `held_on` stays empty for them.
 * - `reminder_dismissals.held_at` keeps naming the occasion a dismissal holds for: from this version
 *   it holds the interview's `held_at`, or its `held_on` when no time was given. Existing rows already
 *   hold `held_at`, which is unchanged, so they need nothing.
 * - `interview_drafts`: the interview typed on the first-run screen or in home's log form but not yet
 *   logged (only a company, say), one row per slot ('home'). It was kept in the browser's storage, so
 *   another browser profile or cleared site data lost it.
 *
 * Foreign keys are off for the run (`foreignKeysOff`), so dropping the old table cascades nothing to
 * reflections, plans, asks, story uses or dismissals; `legacy_alter_table` keeps the rename from
 * rewriting their `REFERENCES interviews`. The table's indexes and its trigger (the readiness rollup's
 * `progress_plan_logged`, migration 016) are recreated from their saved SQL.
 */
export const migration017: Migration = {
  version: 17,
  name: 'interview-facts-and-draft',
  foreignKeysOff: true,
  up: (db) => {
    const saved = db
      .prepare<[], { sql: string }>(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'interviews' AND type IN ('index', 'trigger') AND sql IS NOT NULL",
      )
      .all()
      .map((r) => r.sql);
    const legacy = db.pragma('legacy_alter_table', { simple: true }) === 1;
    db.pragma('legacy_alter_table = ON');
    try {
      db.exec(`
        CREATE TABLE interviews_017 (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          company TEXT NOT NULL CHECK (length(trim(company)) BETWEEN 1 AND 120),
          role TEXT NOT NULL CHECK (length(trim(role)) BETWEEN 1 AND 120),
          held_at TEXT,
          held_on TEXT CHECK (held_on IS NULL OR (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(held_on) = held_on)),
          stage TEXT CHECK (stage IS NULL OR stage IN ('screening', 'first', 'second', 'final', 'assessment_centre')),
          format TEXT CHECK (format IS NULL OR format IN ('in_person', 'video', 'phone')),
          interviewer_name TEXT NOT NULL DEFAULT '' CHECK (length(interviewer_name) <= 120),
          interviewer_email TEXT NOT NULL DEFAULT '' CHECK (length(interviewer_email) <= 254),
          job_description TEXT NOT NULL DEFAULT '' CHECK (length(job_description) <= 20000),
          outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'offer', 'rejected', 'withdrew', 'no_response')),
          notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
          CHECK ((held_at IS NULL) <> (held_on IS NULL))
        );
        INSERT INTO interviews_017 (id, company, role, held_at, stage, format, interviewer_name, interviewer_email,
            job_description, outcome, notes, created_at, updated_at, version)
          SELECT id, company, role, held_at, stage, format, interviewer_name, interviewer_email,
            job_description, outcome, notes, created_at, updated_at, version
          FROM interviews;
        DROP TABLE interviews;
        ALTER TABLE interviews_017 RENAME TO interviews;
      `);
      for (const sql of saved) db.exec(sql);
      db.exec(`
        CREATE TABLE interview_drafts (
          slot TEXT PRIMARY KEY CHECK (slot IN ('home')),
          company TEXT NOT NULL DEFAULT '' CHECK (length(company) <= 120),
          role TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 120),
          -- As typed in a date input: '' or YYYY-MM-DD (a day that has passed is kept, and named on home).
          held_on TEXT NOT NULL DEFAULT '' CHECK (held_on = '' OR held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
          held_time TEXT NOT NULL DEFAULT '' CHECK (held_time = '' OR held_time GLOB '[0-2][0-9]:[0-5][0-9]'),
          stage TEXT CHECK (stage IS NULL OR stage IN ('screening', 'first', 'second', 'final', 'assessment_centre')),
          job_description TEXT NOT NULL DEFAULT '' CHECK (length(job_description) <= 20000),
          updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
      `);
    } finally {
      db.pragma(`legacy_alter_table = ${legacy ? 'ON' : 'OFF'}`);
    }
  },
};
