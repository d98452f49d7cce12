import type { Database } from 'better-sqlite3';
import { dashboardQueries } from '../../../electron/main/services/progress/dashboard-queries';
import { dueQuestionList } from '../../../electron/main/services/progress/due-queries';
import { readinessQuery } from '../../../electron/main/services/readiness/readiness-query';
import { type BenchRow, measure, row } from '../measure';
import { benchNow, generateHistory } from './progress-history';

/*
 * Readiness and the deadline-aware due queue for a 200-question plan at
 * 1,000,000 answers (issue 10: goal p99 under 16 ms, one frame). The interview
 * is a week after benchNow and was logged 30 days before it, so readiness
 * reads a month of answers to the plan's questions. Baselines: the same
 * queries with a 20-question plan, and the plain (no plan) due queue.
 */

const day = 86_400_000;

function addInterview(db: Database, planSize: number): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO interviews (company, role, held_at, stage, format, created_at, updated_at)
         VALUES ('Harbour Lane', 'Audit Senior', @held, 'first', 'video', @created, @created)`,
      )
      .run({ held: new Date(benchNow.getTime() + 7 * day).toISOString(), created: new Date(benchNow.getTime() - 30 * day).toISOString() })
      .lastInsertRowid,
  );
  db.prepare(
    `INSERT INTO interview_plan_questions (interview_id, question_id, source, added_at)
     SELECT @id, id, 'picked', @at FROM questions ORDER BY id LIMIT @n`,
  ).run({ id, at: benchNow.toISOString(), n: planSize });
  return id;
}

export async function readinessBench(): Promise<BenchRow[]> {
  const answers = 1_000_000;
  const { db } = generateHistory(answers);
  const readiness = readinessQuery(db);
  const due = dueQuestionList(db);
  const dashboard = dashboardQueries(db);
  const afterInterview = new Date(benchNow.getTime() + 8 * day);

  const small = addInterview(db, 20);
  const readinessSmall = await measure(() => readiness(small, benchNow));
  db.prepare('DELETE FROM interviews WHERE id = ?').run(small);
  const plainQueue = await measure(() => due(afterInterview, 20));
  const plainCount = await measure(() => dashboard.due(afterInterview));

  const big = addInterview(db, 200);
  const rows = [
    row(
      'readiness: facts for a 200-question plan',
      answers,
      await measure(() => readiness(big, benchNow)),
      readinessSmall,
      '20-question plan',
    ),
    row(
      'readiness: due queue with a 200-question plan',
      answers,
      await measure(() => due(benchNow, 20)),
      plainQueue,
      'plain FSRS queue, no plan',
    ),
    row(
      'readiness: due counts with a 200-question plan',
      answers,
      await measure(() => dashboard.due(benchNow)),
      plainCount,
      'plain FSRS counts, no plan',
    ),
  ];
  db.close();
  return rows;
}
