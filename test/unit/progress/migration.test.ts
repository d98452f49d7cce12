import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, expect, test } from 'vitest';
import { readReviewState } from '../../../electron/main/services/progress/review-state';
import { dashboardQueries } from '../../../electron/main/services/progress/dashboard-queries';
import { migrations } from '../../../electron/main/storage/migrations/index';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { latestVersion } from '../../../electron/main/storage/migrate';
import { localDayKey, weekStartOf } from '../../../shared/domain/progress/calendar';
import { replayRatings } from '../../../shared/domain/progress/review-schedule';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { expectedCategories, expectedTotalsAndFacts, expectedWeakest, expectedWeeks } from './brute-force';
import { historyArbitrary, insertHistory, seedQuestions } from './history-fixture';

afterEach(removeTempDirs);

test('migrating a version-4 database rolls up its answers and schedules its questions exactly as saving them would', () => {
  fc.assert(
    fc.property(historyArbitrary, (history) => {
      const dir = makeTempDir();
      const old = new BetterSqlite3(join(dir, databaseFileName));
      old.pragma('synchronous = OFF');
      old.transaction(() => {
        for (const migration of migrations.slice(0, 4)) migration.up(old);
        old.pragma('user_version = 4');
      })();
      seedQuestions(old);
      const stored = insertHistory(old, history, false);
      old.close();

      const { db, migration } = openDatabase(dir);
      expect(migration).toMatchObject({ from: 4, to: latestVersion });
      const last = stored.length
        ? stored
            .map((a) => a.answeredAt)
            .sort()
            .at(-1)!
        : '2025-03-20T06:00:00.000Z';
      const now = new Date(Date.parse(last) + 3_600_000);
      const dashboard = dashboardQueries(db).dashboard('all', now);
      const firstWeek = stored.length
        ? stored.map((a) => weekStartOf(localDayKey(new Date(a.answeredAt)))).sort()[0]!
        : weekStartOf(localDayKey(now));
      expect(dashboard.weeks).toEqual(expectedWeeks(stored, firstWeek, weekStartOf(localDayKey(now))));
      expect(dashboard.categories).toEqual(expectedCategories(stored));
      const facts = expectedTotalsAndFacts(stored);
      expect({ totals: dashboard.totals, time: dashboard.time, calibration: dashboard.calibration }).toEqual(facts);
      expect(dashboard.weakest.map((w) => w.questionId)).toEqual(expectedWeakest(stored, 10));
      for (const questionId of new Set(stored.map((a) => a.questionId))) {
        const ratings = stored
          .filter((a) => a.questionId === questionId && !a.skipped)
          .map((a) => ({ confidence: a.reviewConfidence ?? a.confidence, at: new Date(a.answeredAt) }));
        const state = readReviewState(db, questionId);
        expect(state?.card.due ?? null).toEqual(ratings.length ? replayRatings(ratings, ratings[0]!.at).due : null);
      }
      db.close();
    }),
    { numRuns: 25 },
  );
});
