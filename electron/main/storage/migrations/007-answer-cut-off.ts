import type { Migration } from './types';

/**
 * An answer ended by the hard time limit is "cut off at the limit" (issue 10,
 * item 6): its own fact, set by the runner, so it counts as over the limit
 * even though the time used equals the limit. Answers saved before this
 * version read as not cut off: which of them the timer ended was not stored.
 */
export const migration007: Migration = {
  version: 7,
  name: 'answer-cut-off-at-limit',
  up: (db) => {
    db.exec(`
      ALTER TABLE answers ADD COLUMN cut_off_at_limit INTEGER NOT NULL DEFAULT 0
        CHECK (cut_off_at_limit IN (0, 1));
    `);
  },
};
