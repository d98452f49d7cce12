import { answerFixture } from '../../helpers/answer-fixture';
import type { Database } from 'better-sqlite3';
import { applyAnswerToProgress } from '../../../electron/main/services/progress/apply-answer';
import { dashboardQueries } from '../../../electron/main/services/progress/dashboard-queries';
import { addDays, localDayKey, weekStartOf } from '../../../shared/domain/progress/calendar';
import { type BenchRow, measure, row, type Timing } from '../measure';
import { benchCategories, benchNow, generateHistory } from './progress-history';

/*
 * Each dashboard query at 36,500 answers (ten years of daily practice) and
 * 1,000,000 (decades of heavy use), read from the rollups, beside the same
 * question answered by raw SQL over the answers table in the same run.
 */

const week = (column: string) => `date(date(${column}, 'localtime'), '-6 days', 'weekday 1')`;

/** The raw-SQL answers to the dashboard's questions, with no rollups. */
function rawQueries(db: Database) {
  const twelveWeeksFrom = new Date(`${addDays(weekStartOf(localDayKey(benchNow)), -77)}T00:00:00`).toISOString();
  const weeks = db.prepare(
    `SELECT ${week('answered_at')} AS week, count(*) AS rated, sum(confidence) AS total FROM answers
     WHERE skipped = 0 AND answered_at >= @from GROUP BY week ORDER BY week`,
  );
  const categoryWeeks = db.prepare(
    `SELECT ${week('a.answered_at')} AS week, count(*), sum(a.confidence) FROM answers a JOIN questions q ON q.id = a.question_id
     WHERE a.skipped = 0 AND q.category = @category GROUP BY week ORDER BY week`,
  );
  const categories = db.prepare(
    `SELECT q.category, count(*), sum(a.confidence) FROM answers a JOIN questions q ON q.id = a.question_id WHERE a.skipped = 0 GROUP BY q.category`,
  );
  const facts = db.prepare(`
    SELECT count(*), sum(skipped = 0), sum(CASE WHEN skipped = 0 THEN confidence END),
           sum(skipped = 0 AND time_limit_ms IS NOT NULL), sum(skipped = 0 AND time_used_ms > time_limit_ms),
           sum(CASE WHEN skipped = 0 AND time_used_ms > time_limit_ms THEN time_used_ms - time_limit_ms END),
           count(DISTINCT session_id), sum(skipped = 0 AND confidence >= 4),
           sum(skipped = 0 AND confidence >= 4 AND time_used_ms > time_limit_ms),
           sum(skipped = 0 AND confidence >= 4 AND EXISTS (SELECT 1 FROM json_each(self_check) WHERE type = 'false')),
           sum(review_confidence IS NOT NULL), sum(review_confidence - confidence)
    FROM answers`);
  const days = db.prepare<[], string>(`SELECT DISTINCT date(answered_at, 'localtime') AS day FROM answers ORDER BY day DESC`).pluck();
  const longest = db.prepare(`
    SELECT max(n) FROM (SELECT count(*) AS n FROM (
      SELECT julianday(day) - row_number() OVER (ORDER BY day) AS island FROM (SELECT DISTINCT date(answered_at, 'localtime') AS day FROM answers))
    GROUP BY island)`);
  // The current streak by walking the distinct days back from today until one is missing.
  const rhythm = () => {
    longest.get();
    let expected = localDayKey(benchNow);
    let streak = 0;
    for (const day of days.iterate()) {
      if (streak === 0 && day !== expected) expected = addDays(expected, -1);
      if (day !== expected) break;
      streak++;
      expected = addDays(expected, -1);
    }
    return streak;
  };
  const weakest = db.prepare(`
    SELECT question_id, avg(c) AS recent FROM (
      SELECT question_id, coalesce(review_confidence, confidence) AS c,
             row_number() OVER (PARTITION BY question_id ORDER BY answered_at DESC, id DESC) AS n
      FROM answers WHERE skipped = 0)
    WHERE n <= 3 GROUP BY question_id ORDER BY recent LIMIT 10`);
  const sessionsPerWeek = db.prepare(
    `SELECT ${week('first')} AS week, count(*) FROM (SELECT min(answered_at) AS first FROM answers GROUP BY session_id) GROUP BY week`,
  );
  return {
    weeks12: () => weeks.all({ from: twelveWeeksFrom }),
    weeksAll: () => weeks.all({ from: '' }),
    categoryWeeks: () => categoryWeeks.all({ category: benchCategories[1] }),
    categories: () => categories.all(),
    facts: () => facts.get(),
    rhythm,
    weakest: () => weakest.all(),
    dashboard: () => {
      weeks.all({ from: twelveWeeksFrom });
      categories.all();
      facts.get();
      rhythm();
      weakest.all();
      sessionsPerWeek.all();
    },
  };
}

const once = (ms: number): Timing => ({ p50_ms: ms, p99_ms: ms });

async function benchSize(answers: number): Promise<BenchRow[]> {
  const started = performance.now();
  const { db, insertMs, rollupMs } = generateHistory(answers);
  console.error(`  ${answers.toLocaleString()} answers generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const fast = dashboardQueries(db);
  const raw = rawQueries(db);
  const rawRuns = answers > 100_000 ? { iterations: 3, warmup: 1 } : { iterations: 20, warmup: 2 };
  const pairs: [name: string, ours: () => unknown, theirs: () => unknown][] = [
    ['progress: weekly confidence, last 12 weeks', () => fast.weeks('12w', benchNow), raw.weeks12],
    ['progress: weekly confidence, all time', () => fast.weeks('all', benchNow), raw.weeksAll],
    ['progress: one category by week, all time', () => fast.categoryWeeks(benchCategories[1]!, 'all', benchNow), raw.categoryWeeks],
    ['progress: categories with averages', () => fast.categories('all', benchNow), raw.categories],
    ['progress: totals, time limit, calibration', () => fast.totalsAndCalibration(''), raw.facts],
    ['progress: streaks', () => fast.rhythm(benchNow), raw.rhythm],
    ['progress: weakest 10 questions', () => fast.weakest(10), raw.weakest],
    ['progress: whole dashboard (12 weeks)', () => fast.dashboard('12w', benchNow), raw.dashboard],
  ];
  const rows: BenchRow[] = [];
  for (const [name, ours, theirs] of pairs) {
    rows.push(row(name, answers, await measure(ours), await measure(theirs, rawRuns), 'raw SQL over answers'));
  }
  rows.push(
    row(
      'progress: due today (count)',
      answers,
      await measure(() => fast.due(benchNow)),
      await measure(() => fast.due(benchNow)),
      'same (no raw form: FSRS state)',
    ),
  );

  // Saving one answer: the insert with rollup triggers and the FSRS update, against the bare insert.
  db.exec('CREATE TEMP TABLE plain_answers AS SELECT * FROM answers WHERE 0');
  const insert = db.prepare(`INSERT INTO answers (session_id, question_id, position, confidence, time_used_ms, time_limit_ms, answered_at)
    VALUES (1, @question, 99, 4, 90000, 120000, @at)`);
  const plain =
    db.prepare(`INSERT INTO plain_answers (session_id, question_id, position, confidence, time_used_ms, time_limit_ms, answered_at)
    VALUES (1, @question, 99, 4, 90000, 120000, @at)`);
  const at = benchNow.toISOString();
  const save = db.transaction(() => {
    const id = Number(insert.run({ question: 7, at }).lastInsertRowid);
    applyAnswerToProgress(db, answerFixture({ id, questionId: 7, confidence: 4, timeUsedMs: 90000, answeredAt: at }));
    throw new Rollback();
  });
  const bare = db.transaction(() => {
    plain.run({ question: 7, at });
    throw new Rollback();
  });
  const attempt = (fn: () => void) => () => {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
  };
  rows.push(
    row(
      'progress: save one answer (rollups + FSRS)',
      answers,
      await measure(attempt(save)),
      await measure(attempt(bare)),
      'bare insert, no rollups',
    ),
  );
  rows.push(row('progress: generate history (insert + rollups)', answers, once(insertMs + rollupMs), once(insertMs), 'insert only'));
  db.close();
  return rows;
}

class Rollback extends Error {}

export async function progressBench(): Promise<BenchRow[]> {
  return [...(await benchSize(36_500)), ...(await benchSize(1_000_000))];
}
