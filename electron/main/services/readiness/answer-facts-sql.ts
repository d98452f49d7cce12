import { overLimitSql, timedSql } from '../../../../shared/domain/progress/answer-facts';
import { selfCheckItems } from '../../../../shared/domain/sessions';

/**
 * The self-check of an answer as one integer, in SQL over the `answers` columns
 * (unqualified): NULL when the self-check was not done (skipped, or nothing
 * ticked: docs/ratings.md), else a bit mask of the items left unticked, bit i
 * for `selfCheckItems[i]`. The text must equal the expression indexed by the
 * migration that created `answers_question_facts` (SQLite reads an indexed
 * expression from the index only when the query's text matches it);
 * test/unit/readiness/readiness-speed.test.ts checks both the text and the plan.
 */
export const missedChecksSql = `(CASE WHEN skipped = 0 AND instr(self_check, 'true') > 0 THEN ${selfCheckItems
  .map((item, i) => {
    const missed = `((self_check ->> '$.${item.key}') IS NOT 1)`;
    return i === 0 ? missed : `(${missed} << ${i})`;
  })
  .join(' | ')} END)`;

/**
 * Per plan question of interview `@id`: answers since `@since` (an ISO instant)
 * that were timed, over the limit (the one rule, answer-facts.ts), with a done
 * self-check, and for each self-check item how many done self-checks left it
 * unticked (`m0`…`m5`, in `selfCheckItems` order). Reads only the index
 * `answers_question_facts`: cost grows with the plan's answers in the window,
 * never with the table.
 */
export const planAnswerFactsSql = `
  SELECT question_id, sum(timed) AS timed, sum(over) AS over, count(missed) AS done,
         ${selfCheckItems.map((_, i) => `coalesce(sum((missed >> ${i}) & 1), 0) AS m${i}`).join(', ')}
  FROM (SELECT p.question_id, ${timedSql('answers')} AS timed, ${overLimitSql('answers')} AS over, ${missedChecksSql} AS missed
        FROM interview_plan_questions p JOIN answers ON answers.question_id = p.question_id AND answers.answered_at >= @since
        WHERE p.interview_id = @id)
  GROUP BY question_id`;

/** One row of `planAnswerFactsSql`. */
export interface PlanAnswerFactsRow {
  question_id: number;
  timed: number;
  over: number;
  done: number;
  [missedItem: `m${number}`]: number;
}
