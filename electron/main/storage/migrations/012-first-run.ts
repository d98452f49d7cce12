import type { Migration } from './types';

/**
 * Issue 14, items 2–4, in one migration:
 *
 * - `banks.purpose`: 'answer' (questions the user answers) or 'ask' (questions the user asks the
 *   interviewer). Ask banks are left out of timed mock interviews unless a set-up asks for them. The
 *   shipped "Questions to ask the interviewer" bank (starter key `questions-to-ask`) becomes 'ask'.
 * - `interview_asks`: the questions the user picked, in order, to ask at one interview.
 * - `answers.guided_confidence` / `guided_at`: a second rating given after reading the question's
 *   guidance, kept beside the blind one (like `review_confidence`, the after-replay rating).
 * - `practice_sessions.origin`: where a session was started from. Only 'own' set-ups (the set-up form,
 *   "same again", the first-run quick start) are offered as "Same again?"; sessions started from
 *   elsewhere (due review, "practise the weakest again", a plan, a list of picked questions) are not.
 *   Sessions stored before this version read as 'own': where they came from was not stored.
 */
export const migration012: Migration = {
  version: 12,
  name: 'first-run-asks-guided-rating-origin',
  up: (db) => {
    db.exec(`
      ALTER TABLE banks ADD COLUMN purpose TEXT NOT NULL DEFAULT 'answer' CHECK (purpose IN ('answer', 'ask'));
      UPDATE banks SET purpose = 'ask' WHERE starter_key = 'questions-to-ask';

      CREATE TABLE interview_asks (
        interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
        question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 99),
        PRIMARY KEY (interview_id, question_id),
        UNIQUE (interview_id, position)
      );
      CREATE INDEX interview_asks_question ON interview_asks (question_id);

      ALTER TABLE answers ADD COLUMN guided_confidence INTEGER CHECK (guided_confidence BETWEEN 1 AND 5);
      ALTER TABLE answers ADD COLUMN guided_at TEXT;

      ALTER TABLE practice_sessions ADD COLUMN origin TEXT NOT NULL DEFAULT 'own'
        CHECK (origin IN ('own', 'review', 'weakest', 'plan', 'picked'));
    `);
  },
};
