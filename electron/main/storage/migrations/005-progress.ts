import { rollupBackfillV5, rollupSchemaV5, rollupTriggersV5 } from './005-progress/rollups-sql';
import { replayScheduleV5 } from './005-progress/schedule-replay';
import type { Migration } from './types';

/**
 * Progress (issue 6): the FSRS review schedule per question, and rollups per
 * week, day, category-week and question kept current by triggers in the same
 * transaction as every answer insert, correction or deletion, so dashboard
 * queries read a few hundred rows instead of every answer. Existing answers
 * are rolled up and replayed into schedules here.
 *
 * Self-contained and frozen: the rollup SQL and the schedule replay it runs are
 * its own copies in ./005-progress/, as they were at version 5 (the live code
 * in services/ may change; an upgrade from version 4 must not).
 */
export const migration005: Migration = {
  version: 5,
  name: 'progress',
  up: (db) => {
    db.exec(`
      -- The user's calendar day when the answer was saved; rollups are keyed on it.
      ALTER TABLE answers ADD COLUMN local_day TEXT;

      CREATE TABLE review_state (
        question_id INTEGER PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
        due TEXT NOT NULL,
        stability REAL NOT NULL,
        difficulty REAL NOT NULL,
        elapsed_days INTEGER NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps INTEGER NOT NULL,
        lapses INTEGER NOT NULL,
        state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
        last_review TEXT,
        -- The newest answer folded into this state; a correction of an older one replays the history.
        last_answer_id INTEGER,
        -- Come due at least a day before this (a company's next interview round).
        deadline TEXT
      );
      CREATE INDEX review_state_due ON review_state (due);
      ${rollupSchemaV5}
      ${rollupTriggersV5}
    `);
    db.exec(rollupBackfillV5);
    replayScheduleV5(db);
  },
};
