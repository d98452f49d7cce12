import type { Migration } from './types';

/**
 * A preparation plan per interview (issue 10, item 2): the questions the user
 * chose to get ready for it, and where each came from (picked by hand, matched
 * to the job description, or struggled with in an earlier interview). While
 * the interview is upcoming these questions get the deadline-aware review
 * schedule (docs/spaced-review.md). Deleting the interview or the question
 * removes the row.
 */
export const migration011: Migration = {
  version: 11,
  name: 'interview-plans',
  up: (db) => {
    db.exec(`
      CREATE TABLE interview_plan_questions (
        interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
        question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        source TEXT NOT NULL DEFAULT 'picked' CHECK (source IN ('picked', 'job_description', 'struggled')),
        added_at TEXT NOT NULL,
        PRIMARY KEY (interview_id, question_id)
      ) WITHOUT ROWID;
      CREATE INDEX interview_plan_questions_question ON interview_plan_questions (question_id);
    `);
  },
};
