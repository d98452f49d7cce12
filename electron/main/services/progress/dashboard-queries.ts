import type { Database } from 'better-sqlite3';
import { readyConfidence } from '../../../../shared/domain/progress/answer-facts';
import type { GrainChoice } from '../../../../shared/domain/progress/trend';
import { trendQueries } from './trend-queries';
import { addDays, endOfLocalDay, localDayKey, weeksBetween, weekStartOf } from '../../../../shared/domain/progress/calendar';
import { effectiveDueCte, effectiveDueParams } from './effective-due';
import { averageOf } from '../../../../shared/domain/progress/average';
import {
  type Calibration,
  type CategorySummary,
  type Dashboard,
  type DueSummary,
  type ProgressRange,
  rangeWeeks,
  type Totals,
  type WeakQuestion,
  type WeekActivity,
  type WeekPoint,
} from '../../../../shared/domain/progress/dashboard';

interface WeekRow {
  week: string;
  answers: number;
  rated: number;
  confidence_sum: number;
  timed: number;
  over_count: number;
  sessions: number;
}

interface SumsRow {
  answers: number | null;
  rated: number | null;
  confidence_sum: number | null;
  timed: number | null;
  over_count: number | null;
  overrun_count: number | null;
  over_ms_sum: number | null;
  sessions: number | null;
  confident: number | null;
  confident_timed: number | null;
  confident_over: number | null;
  confident_checked: number | null;
  confident_missed: number | null;
  rerated: number | null;
  rerate_delta_sum: number | null;
  rerate_up: number | null;
  rerate_down: number | null;
}

interface WeakRow {
  question_id: number;
  text: string;
  category: string;
  bank_name: string;
  recent_avg: number;
  rated: number;
  last_answered_at: string | null;
  due: string | null;
}

const live = 'q.archived_at IS NULL AND b.archived_at IS NULL';
const sumColumns = [
  'answers',
  'rated',
  'confidence_sum',
  'timed',
  'over_count',
  'overrun_count',
  'over_ms_sum',
  'sessions',
  'confident',
  'confident_timed',
  'confident_over',
  'confident_checked',
  'confident_missed',
  'rerated',
  'rerate_delta_sum',
  'rerate_up',
  'rerate_down',
] as const;

/** The dashboard's reads, each over a rollup table; prepared once per database. */
// Upper bound for "the next due time at all": later than any due time FSRS (max interval a year) can set.
const farFuture = new Date('9999-12-31T00:00:00.000Z');

export function dashboardQueries(db: Database) {
  const weeks = db.prepare<{ from: string }, WeekRow>(
    'SELECT week, answers, rated, confidence_sum, timed, over_count, sessions FROM progress_week WHERE week >= @from ORDER BY week',
  );
  const firstWeek = db.prepare<[], { week: string | null }>('SELECT min(week) AS week FROM progress_week');
  const sums = db.prepare<{ from: string }, SumsRow>(
    `SELECT ${sumColumns.map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM progress_week WHERE week >= @from`,
  );
  const categoryTrend = db.prepare<{ category: string; from: string }, { week: string; rated: number; confidence_sum: number }>(
    'SELECT week, rated, confidence_sum FROM progress_category_week WHERE category = @category AND week >= @from ORDER BY week',
  );
  const categories = db.prepare<{ from: string }, { category: string; rated: number; confidence_sum: number }>(
    `SELECT category, sum(rated) AS rated, sum(confidence_sum) AS confidence_sum FROM progress_category_week
     WHERE week >= @from GROUP BY category ORDER BY category COLLATE NOCASE`,
  );
  const daysBetween = db
    .prepare<{ from: string; today: string }, number>('SELECT count(*) FROM progress_day WHERE day BETWEEN @from AND @today')
    .pluck();
  // The run of practice days reaching today or yesterday, counted up to today.
  const current = db
    .prepare<{ today: string; yesterday: string }, number>(
      `SELECT CAST(julianday(min(end, @today)) - julianday(start) + 1 AS INTEGER) FROM progress_run
       WHERE end >= @yesterday AND start <= @today ORDER BY end LIMIT 1`,
    )
    .pluck();
  const longest = db.prepare<[], number>('SELECT coalesce(max(days), 0) FROM progress_run').pluck();
  const weakest = db.prepare<{ limit: number }, WeakRow>(`
    SELECT p.question_id, q.text, q.category, b.name AS bank_name, p.recent_avg, p.rated, p.last_answered_at, r.due
    FROM progress_question p
    JOIN questions q ON q.id = p.question_id JOIN banks b ON b.id = q.bank_id
    LEFT JOIN review_state r ON r.question_id = p.question_id
    WHERE p.recent_avg < ${readyConfidence} AND ${live}
    ORDER BY p.recent_avg, p.last_answered_at, p.question_id LIMIT @limit`);
  // Deadline-aware (effective-due.ts), so the counts agree with the queue and "practise the due questions".
  const dueCount = db.prepare<{ caps: string; now: string; before: string }, { due: number | null; never: number | null }>(`
    WITH ${effectiveDueCte}
    SELECT sum(NOT e.never) AS due, sum(e.never) AS never FROM effective_due e JOIN questions q ON q.id = e.question_id JOIN banks b ON b.id = q.bank_id
    WHERE e.due < @before AND ${live}`);
  const nextDue = db.prepare<{ caps: string; now: string; before: string; after: string }, { due: string | null }>(`
    WITH ${effectiveDueCte}
    SELECT min(e.due) AS due FROM effective_due e JOIN questions q ON q.id = e.question_id JOIN banks b ON b.id = q.bank_id
    WHERE e.due >= @after AND ${live}`);

  const trends = trendQueries(db);

  /** The first Monday a range shows; for everything, the first week with answers. */
  function rangeStart(range: ProgressRange, today: string): string {
    const count = rangeWeeks[range];
    if (count !== null) return addDays(weekStartOf(today), -7 * (count - 1));
    return firstWeek.get()?.week ?? weekStartOf(today);
  }

  /** Every week of the range, empty weeks included so the chart shows gaps as gaps. */
  function confidenceWeeks(rows: { week: string; rated: number; confidence_sum: number }[], from: string, today: string): WeekPoint[] {
    const byWeek = new Map(rows.map((r) => [r.week, r]));
    return weeksBetween(from, weekStartOf(today)).map((week) => {
      const row = byWeek.get(week);
      return { week, rated: row?.rated ?? 0, average: row ? averageOf(row.confidence_sum, row.rated) : null };
    });
  }

  function activityWeeks(rows: WeekRow[], from: string, today: string): WeekActivity[] {
    const byWeek = new Map(rows.map((r) => [r.week, r]));
    return weeksBetween(from, weekStartOf(today)).map((week) => {
      const row = byWeek.get(week);
      return { week, sessions: row?.sessions ?? 0, answers: row?.answers ?? 0, timed: row?.timed ?? 0, over: row?.over_count ?? 0 };
    });
  }

  function due(now: Date): DueSummary {
    const endOfToday = endOfLocalDay(now);
    const endOfWeek = new Date(endOfToday.getFullYear(), endOfToday.getMonth(), endOfToday.getDate() + 6);
    const today = dueCount.get(effectiveDueParams(db, now, endOfToday));
    const dueToday = today?.due ?? 0;
    const neverPractised = today?.never ?? 0;
    return {
      dueToday,
      neverPractised,
      dueThisWeek: dueCount.get(effectiveDueParams(db, now, endOfWeek))?.due ?? 0,
      nextDueAt:
        dueToday + neverPractised === 0
          ? (nextDue.get({ ...effectiveDueParams(db, now, farFuture), after: endOfToday.toISOString() })?.due ?? null)
          : null,
    };
  }

  function totalsAndCalibration(from: string): { totals: Totals; calibration: Calibration; time: Dashboard['time'] } {
    const s = sums.get({ from });
    const n = (v: number | null | undefined) => v ?? 0;
    return {
      totals: {
        answers: n(s?.answers),
        rated: n(s?.rated),
        skipped: n(s?.answers) - n(s?.rated),
        sessions: n(s?.sessions),
        average: averageOf(n(s?.confidence_sum), n(s?.rated)),
      },
      time: { timed: n(s?.timed), over: n(s?.over_count), averageOverMs: averageOf(n(s?.over_ms_sum), n(s?.overrun_count)) },
      calibration: {
        confident: n(s?.confident),
        confidentTimed: n(s?.confident_timed),
        confidentOver: n(s?.confident_over),
        confidentChecked: n(s?.confident_checked),
        confidentMissed: n(s?.confident_missed),
        rerated: n(s?.rerated),
        averageGap: averageOf(n(s?.rerate_delta_sum), n(s?.rerated)),
        raised: n(s?.rerate_up),
        lowered: n(s?.rerate_down),
      },
    };
  }

  function rhythm(now: Date): Dashboard['rhythm'] {
    const today = localDayKey(now);
    return {
      currentStreakDays: current.get({ today, yesterday: addDays(today, -1) }) ?? 0,
      longestStreakDays: longest.get() ?? 0,
      practisedToday: daysBetween.get({ from: today, today }) === 1,
      daysPractisedLast30: daysBetween.get({ from: addDays(today, -29), today }) ?? 0,
    };
  }

  function categoryList(range: ProgressRange, now: Date): CategorySummary[] {
    const from = rangeStart(range, localDayKey(now));
    return categories.all({ from }).map((r) => ({ category: r.category, rated: r.rated, average: averageOf(r.confidence_sum, r.rated) }));
  }

  function weakestList(limit: number): WeakQuestion[] {
    return weakest.all({ limit }).map((r) => ({
      questionId: r.question_id,
      text: r.text,
      category: r.category,
      bankName: r.bank_name,
      recentAverage: r.recent_avg,
      rated: r.rated,
      lastAnsweredAt: r.last_answered_at,
      due: r.due,
    }));
  }

  return {
    rangeStart,
    due,
    rhythm,
    totalsAndCalibration,
    weeks(range: ProgressRange, now: Date): WeekPoint[] {
      const today = localDayKey(now);
      const from = rangeStart(range, today);
      return confidenceWeeks(weeks.all({ from }), from, today);
    },
    categoryWeeks(category: string, range: ProgressRange, now: Date): WeekPoint[] {
      const today = localDayKey(now);
      const from = rangeStart(range, today);
      return confidenceWeeks(categoryTrend.all({ category, from }), from, today);
    },
    /** One category's confidence over time at the chosen grain. */
    categoryTrend(category: string, range: ProgressRange, grain: GrainChoice, now: Date) {
      const today = localDayKey(now);
      return trends.category(category, grain, rangeStart(range, today), today);
    },
    categories: categoryList,
    weakest: weakestList,
    dashboard(range: ProgressRange, now: Date, grain: GrainChoice = 'auto'): Dashboard {
      const today = localDayKey(now);
      const from = rangeStart(range, today);
      const weekRows = weeks.all({ from });
      return {
        range,
        today,
        ...totalsAndCalibration(from),
        weeks: confidenceWeeks(weekRows, from, today),
        confidence: trends.overall(grain, from, today),
        activity: activityWeeks(weekRows, from, today),
        categories: categoryList(range, now),
        rhythm: rhythm(now),
        weakest: weakestList(10),
        due: due(now),
      };
    },
  };
}
export type DashboardQueries = ReturnType<typeof dashboardQueries>;
