import type { Migration } from './types';

/**
 * Readiness facts read from one index (issue 10: readiness for a 200-question
 * plan at 1,000,000 answers under one frame, 16 ms). Readiness counts, per plan
 * question, the answers since the interview was logged: timed, over the limit,
 * and which delivery self-check items a done self-check left unticked. Read
 * through `answers_question` (question_id, answered_at) every answer cost a
 * table lookup and a JSON parse of its self-check.
 *
 * This index replaces `answers_question` (same leading columns, so every query
 * that used it uses this one) and adds what readiness reads, so the readiness
 * query never touches the table: the time columns and one integer computed from
 * the self-check, `missed`: NULL when the self-check was not done (skipped, or
 * nothing ticked), else a bit mask of the items left unticked, bit i for item i
 * in this order: eyeContact, posture, pace, fillerWords, structure,
 * answeredQuestion (shared/domain/self-check.ts). SQLite stores the value in the
 * index and reads it from there when a query uses the identical expression
 * (https://sqlite.org/expridx.html); services/readiness/answer-facts-sql.ts
 * builds that expression and a unit test checks the readiness query is covered.
 * Frozen here: a change of the item list needs a new migration and a new index.
 */
export const missedChecksExpression = `(CASE WHEN skipped = 0 AND instr(self_check, 'true') > 0 THEN ((self_check ->> '$.eyeContact') IS NOT 1) | (((self_check ->> '$.posture') IS NOT 1) << 1) | (((self_check ->> '$.pace') IS NOT 1) << 2) | (((self_check ->> '$.fillerWords') IS NOT 1) << 3) | (((self_check ->> '$.structure') IS NOT 1) << 4) | (((self_check ->> '$.answeredQuestion') IS NOT 1) << 5) END)`;

export const migration015: Migration = {
  version: 15,
  name: 'readiness-answer-index',
  up: (db) => {
    db.exec(`
      DROP INDEX answers_question;
      CREATE INDEX answers_question_facts ON answers (
        question_id, answered_at, skipped, time_limit_ms, time_used_ms, cut_off_at_limit, ${missedChecksExpression}
      );
    `);
  },
};
