import { overLimitSql, timedSql } from '../../../../shared/domain/progress/answer-facts';
import { selfCheckItems } from '../../../../shared/domain/sessions';
import { missedChecksSqlOf } from '../readiness/answer-facts-sql';

/*
 * The readiness rollup (issue 10: readiness facts for a 200-question plan at
 * 1,000,000 answers in one frame, p99 under 16 ms). Readiness counts, per plan
 * question, the answers since the interview was logged (`interviews.created_at`):
 * timed, over the limit, self-checks done, and per self-check item how many
 * done self-checks left it unticked. Summing those answers on every read grows
 * with the history; this table keeps the sums per plan row, so a read costs one
 * primary-key lookup per plan question.
 *
 * It is kept in the same transaction as every write by triggers (all named
 * `progress_*`, so restore and import set them aside with the other rollups):
 *   - a plan row added: its sums are computed from the answers (one index range);
 *   - a plan row removed (or its interview or question deleted): the foreign key cascades;
 *   - an answer inserted, changed or deleted: its facts are added to / taken off
 *     every plan row of its question whose interview was logged at or before it;
 *   - an interview's logged time changed (no screen does this; a restore or a
 *     database edit could): its rows are recomputed.
 * Import and "Check database" rebuild it from scratch (`planRollupBackfill`);
 * test/unit/readiness/plan-rollup.test.ts compares it with a from-scratch
 * computation after random sequences of writes.
 */

/** `missedEyeContact` → `missed_eye_contact`: one column per self-check item, in `selfCheckItems` order. */
export const missedColumns = selfCheckItems.map((item) => `missed_${item.key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`);
export const planRollupColumns = ['timed', 'over_count', 'checked', ...missedColumns];

export const planRollupSchema = `
  CREATE TABLE progress_plan_question (
    interview_id INTEGER NOT NULL,
    question_id INTEGER NOT NULL,
    ${planRollupColumns.map((c) => `${c} INTEGER NOT NULL DEFAULT 0`).join(',\n    ')},
    PRIMARY KEY (interview_id, question_id),
    FOREIGN KEY (interview_id, question_id) REFERENCES interview_plan_questions (interview_id, question_id) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE INDEX progress_plan_question_question ON progress_plan_question (question_id);
`;

/**
 * The sums for plan question `question` of the interview logged at `since`, as
 * one row in `planRollupColumns` order (zeros without answers). Each answer's
 * self-check mask is computed once (and read from the covering index
 * `answers_question_facts` where the expression matches).
 */
export const sumsSince = (question: string, since: string) => `
  SELECT coalesce(sum(t), 0), coalesce(sum(o), 0), count(m), ${missedColumns.map((_, i) => `coalesce(sum((m >> ${i}) & 1), 0)`).join(', ')}
  FROM (SELECT ${timedSql('a')} AS t, ${overLimitSql('a')} AS o, ${missedChecksSqlOf('a')} AS m
        FROM answers a WHERE a.question_id = ${question} AND a.answered_at >= ${since})`;

/** Adds (sign 1) or takes off (sign -1) answer `r` on every plan row of its question logged at or before it. */
function applyAnswer(r: 'NEW' | 'OLD', sign: 1 | -1): string {
  const op = sign === 1 ? '+' : '-';
  const bit = (i: number) => `coalesce((d.missed >> ${i}) & 1, 0)`;
  return `
    UPDATE progress_plan_question SET
      timed = timed ${op} d.timed_, over_count = over_count ${op} d.over_, checked = checked ${op} (d.missed IS NOT NULL),
      ${missedColumns.map((c, i) => `${c} = ${c} ${op} ${bit(i)}`).join(', ')}
    FROM (SELECT ${timedSql(r)} AS timed_, ${overLimitSql(r)} AS over_, ${missedChecksSqlOf(r)} AS missed) AS d
    WHERE question_id = ${r}.question_id AND interview_id IN (SELECT id FROM interviews WHERE created_at <= ${r}.answered_at);`;
}

const watched = 'question_id, skipped, time_used_ms, time_limit_ms, cut_off_at_limit, self_check, answered_at';

export const planRollupTriggers = `
  CREATE TRIGGER progress_plan_added AFTER INSERT ON interview_plan_questions BEGIN
    INSERT OR REPLACE INTO progress_plan_question (interview_id, question_id, ${planRollupColumns.join(', ')})
      SELECT NEW.interview_id, NEW.question_id, * FROM (${sumsSince('NEW.question_id', '(SELECT created_at FROM interviews WHERE id = NEW.interview_id)')});
  END;
  CREATE TRIGGER progress_plan_logged AFTER UPDATE OF created_at ON interviews WHEN OLD.created_at IS NOT NEW.created_at BEGIN
    UPDATE progress_plan_question SET (${planRollupColumns.join(', ')}) = (${sumsSince('progress_plan_question.question_id', 'NEW.created_at')})
    WHERE interview_id = NEW.id;
  END;
  CREATE TRIGGER progress_plan_answer_insert AFTER INSERT ON answers BEGIN
    ${applyAnswer('NEW', 1)}
  END;
  CREATE TRIGGER progress_plan_answer_delete AFTER DELETE ON answers BEGIN
    ${applyAnswer('OLD', -1)}
  END;
  CREATE TRIGGER progress_plan_answer_update AFTER UPDATE OF ${watched} ON answers BEGIN
    ${applyAnswer('OLD', -1)}
    ${applyAnswer('NEW', 1)}
  END;
`;

/** Refills the rollup from the plans and answers (after `DELETE FROM progress_plan_question`): one row per plan row. */
export const planRollupBackfill = `
    INSERT INTO progress_plan_question (interview_id, question_id) SELECT interview_id, question_id FROM interview_plan_questions;
    UPDATE progress_plan_question SET (${planRollupColumns.join(', ')}) =
      (${sumsSince('progress_plan_question.question_id', '(SELECT created_at FROM interviews WHERE id = progress_plan_question.interview_id)')});
`;
