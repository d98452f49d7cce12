import type { Database } from 'better-sqlite3';
import { countedRatingSql } from '../../../../shared/domain/progress/answer-facts';
import { averageOf } from '../../../../shared/domain/progress/average';
import {
  chooseGrain,
  type ConfidenceTrend,
  countPractice,
  foldSessions,
  type GrainChoice,
  periodsBetween,
  type SessionRatings,
  type TrendGrain,
  type TrendPoint,
} from '../../../../shared/domain/progress/trend';

interface SumRow {
  key: string;
  rated: number;
  confidence_sum: number;
}

/**
 * "Confidence over time" at any grain. For all questions every grain reads a
 * rollup (progress_session, progress_day, progress_week), so it stays fast at
 * any history size; for one category the answers of that category are summed
 * per session and folded (shared/domain/progress/trend.ts).
 */
export function trendQueries(db: Database) {
  const sessions = db.prepare<{ from: string }, SumRow & { day: string; started_at: string }>(`
    SELECT CAST(s.session_id AS TEXT) AS key, s.day, ps.started_at, s.rated, s.confidence_sum
    FROM progress_session s JOIN practice_sessions ps ON ps.id = s.session_id
    WHERE s.day >= @from AND s.rated > 0 ORDER BY s.day, ps.started_at, s.session_id`);
  const days = db.prepare<{ from: string }, SumRow>(
    'SELECT day AS key, rated, confidence_sum FROM progress_day WHERE day >= @from AND rated > 0 ORDER BY day',
  );
  const weeks = db.prepare<{ from: string }, SumRow>(
    'SELECT week AS key, rated, confidence_sum FROM progress_week WHERE week >= @from AND rated > 0 ORDER BY week',
  );
  const months = db.prepare<{ from: string }, SumRow>(`
    SELECT substr(day, 1, 7) || '-01' AS key, sum(rated) AS rated, sum(confidence_sum) AS confidence_sum
    FROM progress_day WHERE day >= @from AND rated > 0 GROUP BY 1 ORDER BY 1`);
  const counts = db.prepare<{ from: string }, { sessions: number; days: number; weeks: number }>(`
    SELECT (SELECT count(*) FROM progress_session WHERE day >= @from AND rated > 0) AS sessions,
           (SELECT count(*) FROM progress_day WHERE day >= @from AND rated > 0) AS days,
           (SELECT count(*) FROM progress_week WHERE week >= @from AND rated > 0) AS weeks`);
  const categorySessions = db.prepare<
    { category: string; from: string },
    Omit<SumRow, 'key'> & { session_id: number; day: string; started_at: string }
  >(`
    SELECT a.session_id, min(a.local_day) AS day, ps.started_at, count(*) AS rated, sum(${countedRatingSql('a')}) AS confidence_sum
    FROM questions q JOIN answers a ON a.question_id = q.id JOIN practice_sessions ps ON ps.id = a.session_id
    WHERE q.category = @category AND a.skipped = 0 AND a.local_day >= @from
    GROUP BY a.session_id ORDER BY day, ps.started_at, a.session_id`);

  const point = (row: SumRow, startedAt: string | null = null, day = row.key): TrendPoint => ({
    key: row.key,
    day,
    startedAt,
    rated: row.rated,
    average: averageOf(row.confidence_sum, row.rated),
  });

  /** Weeks and months without rated answers are kept as gaps; sessions and days without practice are not points. */
  function withGaps(rows: SumRow[], grain: 'week' | 'month', from: string, today: string): TrendPoint[] {
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return periodsBetween(from, today, grain).map((key) => {
      const row = byKey.get(key);
      return row ? point(row) : { key, day: key, startedAt: null, rated: 0, average: null };
    });
  }

  function pointsFor(grain: TrendGrain, from: string, today: string): TrendPoint[] {
    if (grain === 'session') return sessions.all({ from }).map((r) => point(r, r.started_at, r.day));
    if (grain === 'day') return days.all({ from }).map((r) => point(r));
    return withGaps((grain === 'week' ? weeks : months).all({ from }), grain, from, today);
  }

  return {
    /** All questions, from `from` (a local day) to `today`. */
    overall(choice: GrainChoice, from: string, today: string): ConfidenceTrend {
      const grain = choice === 'auto' ? chooseGrain(counts.get({ from }) ?? { sessions: 0, days: 0, weeks: 0 }) : choice;
      return { grain, auto: choice === 'auto', points: pointsFor(grain, from, today) };
    },
    /** One category ('' is questions without a category). */
    category(category: string, choice: GrainChoice, from: string, today: string): ConfidenceTrend {
      const rows: SessionRatings[] = categorySessions.all({ category, from }).map((r) => ({
        sessionId: r.session_id,
        day: r.day,
        startedAt: r.started_at,
        rated: r.rated,
        ratingSum: r.confidence_sum,
      }));
      const grain = choice === 'auto' ? chooseGrain(countPractice(rows)) : choice;
      return { grain, auto: choice === 'auto', points: foldSessions(rows, grain, from, today) };
    },
  };
}
