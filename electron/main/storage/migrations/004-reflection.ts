import type { Migration } from './types';

/**
 * The interview log, reflections and action items. One `reflections` row per
 * interview reflection or per mock-interview (practice session) reflection,
 * never both. Each reflection step's draft is JSON: drafts are partial by
 * nature, read and written whole, and never joined on. What the app creates
 * from a draft (action items, bank questions) lives in tables and points at
 * the draft item's key, so an autosave can never clobber it.
 */
export const migration004: Migration = {
  version: 4,
  name: 'reflection',
  up: (db) => {
    db.exec(`
      CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        company TEXT NOT NULL CHECK (length(trim(company)) BETWEEN 1 AND 120),
        role TEXT NOT NULL CHECK (length(trim(role)) BETWEEN 1 AND 120),
        held_at TEXT NOT NULL,
        stage TEXT NOT NULL CHECK (stage IN ('screening', 'first', 'second', 'final', 'assessment_centre')),
        format TEXT NOT NULL CHECK (format IN ('in_person', 'video', 'phone')),
        interviewer_name TEXT NOT NULL DEFAULT '' CHECK (length(interviewer_name) <= 120),
        interviewer_email TEXT NOT NULL DEFAULT '' CHECK (length(interviewer_email) <= 254),
        job_description TEXT NOT NULL DEFAULT '' CHECK (length(job_description) <= 20000),
        outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'offer', 'rejected', 'withdrew', 'no_response')),
        notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX interviews_held_at ON interviews (held_at);
      CREATE INDEX interviews_company ON interviews (company COLLATE NOCASE, held_at);

      CREATE TABLE reflections (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER UNIQUE REFERENCES interviews (id) ON DELETE CASCADE,
        session_id INTEGER UNIQUE REFERENCES practice_sessions (id) ON DELETE CASCADE,
        -- 1–5: the step the user is on; 6: the summary.
        current_step INTEGER NOT NULL DEFAULT 1 CHECK (current_step BETWEEN 1 AND 6),
        role_fit TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(role_fit)),
        qualifications TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(qualifications)),
        confidence TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(confidence)),
        improve TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(improve)),
        respond TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(respond)),
        thank_you_sent_on TEXT,
        feedback_request_sent_on TEXT,
        went_well TEXT NOT NULL DEFAULT '' CHECK (length(went_well) <= 2000),
        to_improve TEXT NOT NULL DEFAULT '' CHECK (length(to_improve) <= 2000),
        practise_next TEXT NOT NULL DEFAULT '' CHECK (length(practise_next) <= 2000),
        finished_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((interview_id IS NULL) <> (session_id IS NULL))
      );

      -- Struggled questions (by draft item key) that were added to the "From my interviews" bank.
      CREATE TABLE reflection_questions (
        reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        due_by TEXT,
        added_at TEXT NOT NULL,
        PRIMARY KEY (reflection_id, item_key)
      ) WITHOUT ROWID;
      CREATE INDEX reflection_questions_question ON reflection_questions (question_id);

      CREATE TABLE action_items (
        id INTEGER PRIMARY KEY,
        -- Null for a career-plan item the user added on its own.
        reflection_id INTEGER REFERENCES reflections (id) ON DELETE CASCADE,
        -- The draft item it came from, e.g. 'requirement:k3' or 'logistics:punctuality'.
        source_key TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('skill', 'credential', 'practice', 'research', 'logistics')),
        title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
        due_on TEXT,
        done_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (source_key IS NULL OR reflection_id IS NOT NULL)
      );
      CREATE UNIQUE INDEX action_items_source ON action_items (reflection_id, source_key) WHERE source_key IS NOT NULL;
      CREATE INDEX action_items_reflection ON action_items (reflection_id);
      CREATE INDEX action_items_due ON action_items (done_at IS NOT NULL, due_on);
    `);
  },
};
