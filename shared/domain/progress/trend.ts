import { addDays, weekStartOf } from './calendar';
import { averageOf } from './average';

/**
 * "Confidence over time" at the time scale of the data (issue 10, item 5).
 * Each point is the mean counted rating (answer-facts.ts) of the rated answers
 * in one session, day, week or month; the chart picks the finest grain that
 * still fits (chooseGrain) unless the user picks one.
 */

export const trendGrains = ['session', 'day', 'week', 'month'] as const;
export type TrendGrain = (typeof trendGrains)[number];
/** What the user can ask for: a grain, or `auto` (chooseGrain). */
export const grainChoices = ['auto', ...trendGrains] as const;
export type GrainChoice = (typeof grainChoices)[number];
export const grainLabels: Record<GrainChoice, string> = {
  auto: 'Automatic',
  session: 'Each session',
  day: 'Each day',
  week: 'Each week',
  month: 'Each month',
};

/**
 * The most points a grain may draw before the chart moves to the next coarser
 * one: about what fits readably across a 700-pixel chart (one label per ~20 px
 * at most), and weeks up to a little over a year.
 */
export const maxPoints: Record<Exclude<TrendGrain, 'month'>, number> = { session: 30, day: 45, week: 60 };

/** How many sessions, days and weeks with rated answers the chosen period holds. */
export interface PracticeCounts {
  sessions: number;
  days: number;
  weeks: number;
}

/**
 * The finest grain whose points fit (maxPoints): per session while there are
 * few, then per day, per week, per month. With nothing practised, per session
 * (the first answers will be one point each).
 */
export function chooseGrain(counts: PracticeCounts): TrendGrain {
  if (counts.sessions <= maxPoints.session) return 'session';
  if (counts.days <= maxPoints.day) return 'day';
  if (counts.weeks <= maxPoints.week) return 'week';
  return 'month';
}

/** One point of the trend. */
export interface TrendPoint {
  /** The session id (as text), or the first local day of the day, week (Monday) or month (`YYYY-MM-01`). */
  key: string;
  /** The local day the point starts on, `YYYY-MM-DD`. */
  day: string;
  /** For a session: when it started (ISO 8601); otherwise null. */
  startedAt: string | null;
  rated: number;
  /** Mean counted rating, 1–5; null for a week or month without rated answers (a gap, not a zero). */
  average: number | null;
}

export interface ConfidenceTrend {
  grain: TrendGrain;
  /** True when the grain was chosen from the data, not by the user. */
  auto: boolean;
  points: TrendPoint[];
}

/** Rated answers and their ratings' sum for one session, with the local day it started on. */
export interface SessionRatings {
  sessionId: number;
  day: string;
  startedAt: string;
  rated: number;
  ratingSum: number;
}

/** The first day of the month containing `day`. */
export const monthStartOf = (day: string) => `${day.slice(0, 7)}-01`;

/** The first day of the month after the one starting on `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The key of the point a day falls in, for the day, week and month grains. */
export function periodOf(day: string, grain: Exclude<TrendGrain, 'session'>): string {
  if (grain === 'day') return day;
  return grain === 'week' ? weekStartOf(day) : monthStartOf(day);
}

/**
 * Every week or month from the one containing `from` to the one containing
 * `to`, so empty ones show as gaps. Days are not filled: a day without practice
 * is simply not a point.
 */
export function periodsBetween(from: string, to: string, grain: 'week' | 'month'): string[] {
  const keys: string[] = [];
  const last = periodOf(to, grain);
  for (let key = periodOf(from, grain); key <= last; key = grain === 'week' ? addDays(key, 7) : nextMonth(key)) keys.push(key);
  return keys;
}

/**
 * Folds per-session ratings into the points of `grain` between `from` and
 * `to` (local days): used where no rollup holds the grain (one category's
 * trend). Sessions are placed on the day they started.
 */
export function foldSessions(sessions: SessionRatings[], grain: TrendGrain, from: string, to: string): TrendPoint[] {
  const rated = sessions.filter((s) => s.rated > 0);
  if (grain === 'session') {
    return rated.map((s) => ({
      key: String(s.sessionId),
      day: s.day,
      startedAt: s.startedAt,
      rated: s.rated,
      average: averageOf(s.ratingSum, s.rated),
    }));
  }
  const sums = new Map<string, { rated: number; sum: number }>();
  for (const s of rated) {
    const key = periodOf(s.day, grain);
    const entry = sums.get(key) ?? { rated: 0, sum: 0 };
    entry.rated += s.rated;
    entry.sum += s.ratingSum;
    sums.set(key, entry);
  }
  const keys = grain === 'day' ? [...sums.keys()].sort() : periodsBetween(from, to, grain);
  return keys.map((key) => {
    const entry = sums.get(key);
    return { key, day: key, startedAt: null, rated: entry?.rated ?? 0, average: entry ? averageOf(entry.sum, entry.rated) : null };
  });
}

/** The practice counts of per-session ratings, for chooseGrain. */
export function countPractice(sessions: SessionRatings[]): PracticeCounts {
  const rated = sessions.filter((s) => s.rated > 0);
  return {
    sessions: rated.length,
    days: new Set(rated.map((s) => s.day)).size,
    weeks: new Set(rated.map((s) => weekStartOf(s.day))).size,
  };
}
