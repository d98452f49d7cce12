import fc from 'fast-check';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { checkLiveDatabase } from '../../../electron/main/services/data/check-database';
import { dashboardQueries } from '../../../electron/main/services/progress/dashboard-queries';
import { weakestQuestionIds } from '../../../electron/main/services/progress/selection';
import { openDatabase } from '../../../electron/main/storage/open-database';
import { addDays, localDayKey, weekStartOf } from '../../../shared/domain/progress/calendar';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import {
  expectedCategories,
  expectedSessionsByWeek,
  expectedStreaks,
  expectedTotalsAndFacts,
  expectedWeakest,
  expectedWeeks,
} from './brute-force';
import { categories, historyArbitrary, historyStart, insertHistory, seedQuestions, type StoredAnswer } from './history-fixture';

beforeAll(() => {
  // A zone with daylight saving, so local days and weeks differ from UTC ones. Node re-reads TZ (tzset) when it
  // is assigned, for JavaScript dates and for SQLite's 'localtime' alike; this file runs in its own process.
  process.env.TZ = 'America/New_York';
});
afterEach(removeTempDirs);

function openWith(history: Parameters<typeof insertHistory>[1]) {
  const opened = openDatabase(makeTempDir());
  // Durability is not under test here; fsync per answer would make a hundred runs take minutes.
  opened.db.pragma('synchronous = OFF');
  seedQuestions(opened.db);
  const stored = insertHistory(opened.db, history);
  return { ...opened, stored };
}

const nowAfter = (stored: StoredAnswer[], extraMinutes: number) =>
  new Date((stored.length ? Math.max(...stored.map((a) => Date.parse(a.answeredAt))) : historyStart) + extraMinutes * 60_000);

test('SQLite local days agree with JavaScript local days in this zone', () => {
  expect(localDayKey(new Date('2025-06-30T03:59:59.999Z'))).toBe('2025-06-29');
  const { db } = openDatabase(makeTempDir());
  for (const iso of ['2025-03-09T06:59:00.000Z', '2025-03-09T07:01:00.000Z', '2025-11-02T04:30:00.000Z', '2025-06-30T03:59:59.999Z']) {
    const sql = db
      .prepare<{ iso: string }, { d: string; w: string }>(
        "SELECT date(@iso, 'localtime') AS d, date(date(@iso, 'localtime'), '-6 days', 'weekday 1') AS w",
      )
      .get({ iso })!;
    expect(sql).toEqual({ d: localDayKey(new Date(iso)), w: weekStartOf(localDayKey(new Date(iso))) });
  }
  db.close();
});

test('every dashboard figure equals a brute-force computation over the generated history', () => {
  fc.assert(
    fc.property(historyArbitrary, fc.integer({ min: 0, max: 3 * 24 * 60 }), (history, later) => {
      const { db, stored } = openWith(history);
      const now = nowAfter(stored, later);
      const queries = dashboardQueries(db);
      const dashboard = queries.dashboard('all', now);
      const today = localDayKey(now);
      const firstWeek = stored.length ? stored.map((a) => weekStartOf(localDayKey(new Date(a.answeredAt)))).sort()[0]! : weekStartOf(today);

      expect(dashboard.weeks).toEqual(expectedWeeks(stored, firstWeek, weekStartOf(today)));
      for (const category of categories) {
        expect(queries.categoryWeeks(category, 'all', now)).toEqual(expectedWeeks(stored, firstWeek, weekStartOf(today), category));
      }
      expect(dashboard.categories).toEqual(expectedCategories(stored));
      const facts = expectedTotalsAndFacts(stored);
      expect(dashboard.totals).toEqual(facts.totals);
      expect(dashboard.time).toEqual(facts.time);
      expect(dashboard.calibration).toEqual(facts.calibration);
      expect(dashboard.rhythm).toEqual(expectedStreaks(stored, today));
      const sessions = expectedSessionsByWeek(stored);
      expect(dashboard.activity.map((w) => [w.week, w.sessions])).toEqual(
        dashboard.activity.map((w) => [w.week, sessions.get(w.week) ?? 0]),
      );
      expect(dashboard.weakest.map((w) => w.questionId)).toEqual(expectedWeakest(stored, 10, true));
      expect(weakestQuestionIds(db, null, 5)).toEqual(expectedWeakest(stored, 5));
      db.close();
    }),
    { numRuns: 60 },
  );
});

test('the last-12-weeks range shows exactly twelve weeks, empty ones included', () => {
  fc.assert(
    fc.property(historyArbitrary, (history) => {
      const { db, stored } = openWith(history);
      const now = nowAfter(stored, 60);
      const weeks = dashboardQueries(db).weeks('12w', now);
      const to = weekStartOf(localDayKey(now));
      expect(weeks).toEqual(expectedWeeks(stored, addDays(to, -77), to));
      db.close();
    }),
    { numRuns: 25 },
  );
});

test('rollups stay equal to a rebuild after corrections, re-ratings, deleted sessions and renamed categories', () => {
  fc.assert(
    fc.property(
      historyArbitrary,
      fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('rate' as const), pick: fc.nat(), confidence: fc.integer({ min: 1, max: 5 }), skip: fc.boolean() }),
          fc.record({ kind: fc.constant('rerate' as const), pick: fc.nat(), confidence: fc.option(fc.integer({ min: 1, max: 5 })) }),
          fc.record({ kind: fc.constant('deleteSession' as const), pick: fc.nat() }),
          fc.record({ kind: fc.constant('deleteAnswer' as const), pick: fc.nat() }),
          fc.record({ kind: fc.constant('category' as const), pick: fc.nat(), to: fc.constantFrom(...categories, 'Renamed') }),
        ),
        { maxLength: 12 },
      ),
      (history, edits) => {
        const { db, stored, file } = openWith(history);
        for (const edit of edits) {
          const answer = stored.length ? stored[edit.pick % stored.length]! : null;
          if (edit.kind === 'category') {
            db.prepare('UPDATE questions SET category = ? WHERE id = ?').run(edit.to, (edit.pick % 8) + 1);
          } else if (!answer) {
            continue;
          } else if (edit.kind === 'rate') {
            db.prepare('UPDATE answers SET skipped = ?, confidence = ?, review_confidence = NULL WHERE id = ?').run(
              edit.skip ? 1 : 0,
              edit.skip ? null : edit.confidence,
              answer.id,
            );
          } else if (edit.kind === 'rerate') {
            db.prepare('UPDATE answers SET review_confidence = ? WHERE id = ? AND skipped = 0').run(edit.confidence, answer.id);
          } else if (edit.kind === 'deleteSession') {
            db.prepare('DELETE FROM practice_sessions WHERE id = ?').run(answer.sessionId);
          } else {
            db.prepare('DELETE FROM answers WHERE id = ?').run(answer.id);
          }
        }
        const check = checkLiveDatabase(db, file, new Date());
        expect(check.rollupsMatch).toBe(true);
        expect(check.ok).toBe(true);
        db.close();
      },
    ),
    { numRuns: 60 },
  );
});
