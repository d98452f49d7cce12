import { selfCheckItems } from '../../../../shared/domain/sessions';

/**
 * The self-check of an answer as one integer, in SQL over the `answers` columns
 * of row `r` (`NEW`, `OLD`, an alias; unqualified when omitted): NULL when the
 * self-check was not done (skipped, or nothing ticked: docs/ratings.md), else a
 * bit mask of the items left unticked, bit i for `selfCheckItems[i]`.
 */
export function missedChecksSqlOf(r?: string): string {
  const col = (name: string) => (r ? `${r}.${name}` : name);
  return `(CASE WHEN ${col('skipped')} = 0 AND instr(${col('self_check')}, 'true') > 0 THEN ${selfCheckItems
    .map((item, i) => {
      const missed = `((${col('self_check')} ->> '$.${item.key}') IS NOT 1)`;
      return i === 0 ? missed : `(${missed} << ${i})`;
    })
    .join(' | ')} END)`;
}

/**
 * `missedChecksSqlOf` unqualified. The text must equal the expression indexed
 * by the migration that created `answers_question_facts` (SQLite reads an
 * indexed expression from the index only when the query's text matches it);
 * test/unit/readiness/readiness-speed.test.ts checks both the text and the plan.
 */
export const missedChecksSql = missedChecksSqlOf();
