import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { dashboardQueries } from '../../../electron/main/services/progress/dashboard-queries';
import { openDatabase } from '../../../electron/main/storage/open-database';
import { localDayKey, weekStartOf } from '../../../shared/domain/progress/calendar';
import { chooseGrain, foldSessions, maxPoints, monthStartOf, type TrendGrain } from '../../../shared/domain/progress/trend';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { type GeneratedAnswer, historyArbitrary, insertHistory, seedQuestions, type StoredAnswer } from './history-fixture';

beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterEach(removeTempDirs);

const answer = (session: number, minute: number, confidence: number, extra: Partial<GeneratedAnswer> = {}): GeneratedAnswer => ({
  session,
  question: session % 4,
  minute,
  skipped: false,
  confidence,
  reviewConfidence: null,
  timeUsedMs: 60_000,
  timeLimitMs: 120_000,
  selfCheck: {},
  ...extra,
});

function open(history: GeneratedAnswer[]) {
  const opened = openDatabase(makeTempDir());
  opened.db.pragma('synchronous = OFF');
  seedQuestions(opened.db);
  return { ...opened, stored: insertHistory(opened.db, history) };
}

describe('chooseGrain', () => {
  test('per session while few, then per day, week, month', () => {
    expect(chooseGrain({ sessions: 0, days: 0, weeks: 0 })).toBe('session');
    expect(chooseGrain({ sessions: maxPoints.session, days: 3, weeks: 1 })).toBe('session');
    expect(chooseGrain({ sessions: maxPoints.session + 1, days: 20, weeks: 4 })).toBe('day');
    expect(chooseGrain({ sessions: 200, days: maxPoints.day + 1, weeks: 20 })).toBe('week');
    expect(chooseGrain({ sessions: 900, days: 400, weeks: maxPoints.week + 1 })).toBe('month');
  });

  test('never picks a finer grain than one that has more points than it allows', () => {
    const grains: TrendGrain[] = ['session', 'day', 'week', 'month'];
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), (a, b, c) => {
        const [weeks, days, sessions] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const grain = chooseGrain({ sessions, days, weeks });
        const counts = { session: sessions, day: days, week: weeks };
        for (const finer of grains.slice(0, grains.indexOf(grain)))
          expect(counts[finer as keyof typeof counts]).toBeGreaterThan(maxPoints[finer as keyof typeof maxPoints]);
        if (grain !== 'month') expect(counts[grain]).toBeLessThanOrEqual(maxPoints[grain]);
      }),
    );
  });
});

describe('confidence over time, from a real database', () => {
  test('two sessions on one day are two points; the day grain makes them one', () => {
    // 2025-03-20 07:00 and 18:00 Berlin time, and the next day: three sessions, two days.
    const { db, stored } = open([answer(0, 0, 2), answer(0, 5, 3), answer(1, 11 * 60, 5), answer(2, 26 * 60, 4)]);
    const queries = dashboardQueries(db);
    const now = new Date(Date.parse(stored.at(-1)!.answeredAt) + 60_000);
    const auto = queries.dashboard('all', now).confidence;
    expect(auto.grain).toBe('session');
    expect(auto.auto).toBe(true);
    expect(auto.points.map((p) => [p.day, p.rated, p.average])).toEqual([
      ['2025-03-20', 2, 2.5],
      ['2025-03-20', 1, 5],
      ['2025-03-21', 1, 4],
    ]);
    expect(auto.points[0]!.startedAt).toBe(stored[0]!.answeredAt);
    const byDay = queries.dashboard('all', now, 'day').confidence;
    expect(byDay).toMatchObject({ grain: 'day', auto: false });
    expect(byDay.points.map((p) => [p.key, p.rated, p.average])).toEqual([
      ['2025-03-20', 3, 10 / 3],
      ['2025-03-21', 1, 4],
    ]);
    // One category at the same grains: question 1 (session 1 only) is "Technical".
    expect(queries.categoryTrend('Technical', 'all', 'session', now).points.map((p) => p.average)).toEqual([5]);
    db.close();
  });

  test('the after-replay rating counts where given, and a rating changed later moves its point', () => {
    const { db, stored } = open([answer(0, 0, 2, { reviewConfidence: 4 }), answer(0, 5, 3)]);
    const now = new Date(Date.parse(stored.at(-1)!.answeredAt) + 60_000);
    expect(
      dashboardQueries(db)
        .dashboard('all', now)
        .confidence.points.map((p) => p.average),
    ).toEqual([3.5]);
    db.prepare('UPDATE answers SET review_confidence = 1 WHERE id = ?').run(stored[1]!.id);
    expect(
      dashboardQueries(db)
        .dashboard('all', now)
        .confidence.points.map((p) => p.average),
    ).toEqual([2.5]);
    db.close();
  });

  test('at every grain the points agree with the answers, for any history (fold of the answers as the reference)', () => {
    fc.assert(
      fc.property(historyArbitrary, fc.constantFrom<TrendGrain>('session', 'day', 'week', 'month'), (history, grain) => {
        const { db, stored } = open(history);
        try {
          const now = new Date(Date.parse(stored.at(-1)?.answeredAt ?? '2025-03-20T06:00:00.000Z') + 60_000);
          const queries = dashboardQueries(db);
          const from = queries.rangeStart('all', localDayKey(now));
          const actual = queries.dashboard('all', now, grain).confidence.points;
          const expected = foldSessions(referenceSessions(stored), grain, from, localDayKey(now));
          if (grain === 'session') {
            expect(actual.map((p) => [p.key, p.rated, p.average])).toEqual(expected.map((p) => [p.key, p.rated, p.average]));
          } else {
            // Days, weeks and months count each answer on its own local day.
            expect(actual.map((p) => [p.key, p.rated])).toEqual(
              referencePeriods(
                stored,
                grain,
                expected.map((p) => p.key),
              ),
            );
            for (const p of actual)
              expect(p.key).toBe(grain === 'week' ? weekStartOf(p.day) : grain === 'month' ? monthStartOf(p.day) : p.day);
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});

function referenceSessions(stored: StoredAnswer[]) {
  const bySession = new Map<number, StoredAnswer[]>();
  for (const a of stored) bySession.set(a.sessionId, [...(bySession.get(a.sessionId) ?? []), a]);
  return [...bySession.entries()]
    .map(([sessionId, list]) => {
      const rated = list.filter((a) => !a.skipped);
      const first = list.map((a) => a.answeredAt).sort()[0]!;
      return {
        sessionId,
        day: list.map((a) => localDayKey(new Date(a.answeredAt))).sort()[0]!,
        startedAt: first,
        rated: rated.length,
        ratingSum: rated.reduce((s, a) => s + (a.reviewConfidence ?? a.confidence), 0),
      };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.startedAt.localeCompare(b.startedAt) || a.sessionId - b.sessionId);
}

function referencePeriods(stored: StoredAnswer[], grain: Exclude<TrendGrain, 'session'>, keys: string[]) {
  const keyOf = (a: StoredAnswer) => {
    const day = localDayKey(new Date(a.answeredAt));
    return grain === 'day' ? day : grain === 'week' ? weekStartOf(day) : monthStartOf(day);
  };
  const counts = new Map<string, number>();
  for (const a of stored.filter((x) => !x.skipped)) counts.set(keyOf(a), (counts.get(keyOf(a)) ?? 0) + 1);
  const all = grain === 'day' ? [...counts.keys()].sort() : keys;
  return all.map((k) => [k, counts.get(k) ?? 0]);
}
