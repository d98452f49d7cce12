import { answerFixture } from '../../helpers/answer-fixture';
import fc from 'fast-check';
import { Rating, State } from 'ts-fsrs';
import { afterEach, describe, expect, test } from 'vitest';
import { applyAnswerToProgress, applyReviewConfidenceToProgress } from '../../../electron/main/services/progress/apply-answer';
import { readReviewState } from '../../../electron/main/services/progress/review-state';
import { scheduleDueBy } from '../../../electron/main/services/progress/schedule';
import { dueQuestionIds, weakestQuestionIds } from '../../../electron/main/services/progress/selection';
import { openDatabase } from '../../../electron/main/storage/open-database';
import {
  confidenceToGrade,
  dueBeforeDeadline,
  newReviewCard,
  replayRatings,
  reviewAfterRating,
} from '../../../shared/domain/progress/review-schedule';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { historyArbitrary, insertHistory, seedQuestions } from './history-fixture';

afterEach(removeTempDirs);

const day = 86_400_000;
const at = (iso: string) => new Date(iso);

describe('confidence → FSRS grade', () => {
  test('1–2 Again, 3 Hard, 4 Good, 5 Easy', () => {
    expect([1, 2, 3, 4, 5].map(confidenceToGrade)).toEqual([Rating.Again, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
  });

  test('anything but a whole number from 1 to 5 is refused', () => {
    for (const bad of [0, 6, 2.5, Number.NaN]) expect(() => confidenceToGrade(bad)).toThrow(RangeError);
  });

  test('a higher confidence never brings a question back sooner', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 6 }), fc.integer({ min: 1, max: 4 }), (before, low) => {
        const start = at('2026-01-05T09:00:00Z');
        let card = newReviewCard(start);
        let time = start;
        for (const c of before) {
          card = reviewAfterRating(card, c, time);
          time = new Date(Math.max(card.due.getTime(), time.getTime() + 60_000));
        }
        const lower = reviewAfterRating(card, low, time).due.getTime();
        const higher = reviewAfterRating(card, low + 1, time).due.getTime();
        expect(higher).toBeGreaterThanOrEqual(lower);
      }),
    );
  });

  test('a failed question comes back the same day; a good one days later', () => {
    const now = at('2026-01-05T09:00:00Z');
    const failed = reviewAfterRating(newReviewCard(now), 1, now);
    expect(failed.due.getTime() - now.getTime()).toBe(30 * 60_000);
    expect(failed.state).toBe(State.Learning);
    const good = reviewAfterRating(newReviewCard(now), 4, now);
    expect(good.due.getTime() - now.getTime()).toBeGreaterThanOrEqual(day);
  });

  test('a deadline brings the due date to a day before it, never into the past', () => {
    const now = at('2026-01-05T09:00:00Z');
    expect(dueBeforeDeadline(at('2026-02-01T00:00:00Z'), at('2026-01-10T09:00:00Z'), now)).toEqual(at('2026-01-09T09:00:00Z'));
    expect(dueBeforeDeadline(at('2026-02-01T00:00:00Z'), at('2026-01-05T20:00:00Z'), now)).toEqual(now);
    expect(dueBeforeDeadline(at('2026-01-06T00:00:00Z'), at('2026-01-10T09:00:00Z'), now)).toEqual(at('2026-01-06T00:00:00Z'));
    expect(dueBeforeDeadline(at('2026-02-01T00:00:00Z'), at('2026-01-01T00:00:00Z'), now)).toEqual(at('2026-02-01T00:00:00Z'));
  });
});

function setUp() {
  const { db } = openDatabase(makeTempDir());
  db.pragma('synchronous = OFF');
  seedQuestions(db);
  return db;
}

describe('the stored schedule', () => {
  test('folding answers in one at a time gives the same schedule as replaying each question’s history', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const db = setUp();
        const stored = insertHistory(db, history);
        for (let q = 1; q <= 8; q++) {
          const ratings = stored
            .filter((a) => a.questionId === q && !a.skipped)
            .map((a) => ({ confidence: a.reviewConfidence ?? a.confidence, at: new Date(a.answeredAt) }));
          const state = readReviewState(db, q);
          if (ratings.length === 0) {
            expect(state).toBeNull();
            continue;
          }
          // Answers saved with an after-replay rating already set are folded in with their blind one, as saved;
          // the replay (what a later re-rating triggers) uses the after-replay one.
          const folded = stored
            .filter((a) => a.questionId === q && !a.skipped)
            .map((a) => ({ confidence: a.confidence, at: new Date(a.answeredAt) }));
          expect(state!.card.due).toEqual(replayRatings(folded, folded[0]!.at).due);
          applyReviewConfidenceToProgress(db, stored.find((a) => a.questionId === q && !a.skipped)!.id, new Date());
          expect(readReviewState(db, q)!.card.due).toEqual(replayRatings(ratings, ratings[0]!.at).due);
        }
        db.close();
      }),
      { numRuns: 30 },
    );
  });

  test('a question rated low is due today; correcting the rating to 5 replays it and moves it out', () => {
    const db = setUp();
    const [answer] = insertHistory(db, [
      {
        session: 0,
        question: 2,
        minute: 0,
        skipped: false,
        confidence: 1,
        reviewConfidence: null,
        timeUsedMs: 1,
        timeLimitMs: null,
        selfCheck: {},
      },
    ]);
    const now = new Date(answer!.answeredAt);
    expect(dueQuestionIds(db, now, null, 10)).toEqual([3]);
    db.prepare('UPDATE answers SET confidence = 5 WHERE id = ?').run(answer!.id);
    applyAnswerToProgress(
      db,
      answerFixture({
        id: answer!.id,
        sessionId: answer!.sessionId,
        questionId: answer!.questionId,
        answeredAt: answer!.answeredAt,
        confidence: 5,
      }),
    );
    expect(dueQuestionIds(db, now, null, 10)).toEqual([]);
    expect(readReviewState(db, 3)!.card.reps).toBe(1);
    db.close();
  });

  test('a skipped answer leaves the schedule as it was', () => {
    const db = setUp();
    insertHistory(db, [
      {
        session: 0,
        question: 0,
        minute: 0,
        skipped: false,
        confidence: 4,
        reviewConfidence: null,
        timeUsedMs: 1,
        timeLimitMs: null,
        selfCheck: {},
      },
    ]);
    const before = readReviewState(db, 1);
    insertHistory(db, [
      {
        session: 1,
        question: 0,
        minute: 5000,
        skipped: true,
        confidence: 1,
        reviewConfidence: null,
        timeUsedMs: 1,
        timeLimitMs: null,
        selfCheck: {},
      },
    ]);
    expect(readReviewState(db, 1)).toEqual(before);
    db.close();
  });
});

describe('scheduleDueBy (questions from a real interview)', () => {
  test('an unpractised question becomes due now and stays due before the deadline after good ratings', () => {
    const db = setUp();
    const now = at('2026-01-05T09:00:00Z');
    const round = at('2026-01-12T09:00:00Z');
    scheduleDueBy(db, 4, round, now);
    expect(dueQuestionIds(db, now, null, 10)).toEqual([4]);
    applyAnswerToProgress(
      db,
      answerFixture({ questionId: 4, confidence: 5, timeUsedMs: 1, timeLimitMs: null, answeredAt: now.toISOString() }),
    );
    // Easy on a new card would be a week or more away; the round caps it at the day before.
    expect(readReviewState(db, 4)!.card.due).toEqual(at('2026-01-11T09:00:00Z'));
    expect(readReviewState(db, 4)!.deadline).toEqual(round);
    db.close();
  });

  test('the earlier of two deadlines wins, and a past one changes nothing', () => {
    const db = setUp();
    const now = at('2026-01-05T09:00:00Z');
    scheduleDueBy(db, 4, at('2026-01-20T09:00:00Z'), now);
    scheduleDueBy(db, 4, at('2026-01-15T09:00:00Z'), now);
    scheduleDueBy(db, 4, at('2026-01-30T09:00:00Z'), now);
    expect(readReviewState(db, 4)!.deadline).toEqual(at('2026-01-15T09:00:00Z'));
    scheduleDueBy(db, 5, at('2026-01-01T09:00:00Z'), now);
    expect(readReviewState(db, 5)).toBeNull();
    db.close();
  });
});

describe('selection for practice', () => {
  test('weakest and due are limited to the candidates, and archived questions are never offered', () => {
    const db = setUp();
    insertHistory(db, [
      {
        session: 0,
        question: 0,
        minute: 0,
        skipped: false,
        confidence: 1,
        reviewConfidence: null,
        timeUsedMs: 1,
        timeLimitMs: null,
        selfCheck: {},
      },
      {
        session: 0,
        question: 1,
        minute: 1,
        skipped: false,
        confidence: 2,
        reviewConfidence: null,
        timeUsedMs: 1,
        timeLimitMs: null,
        selfCheck: {},
      },
      {
        session: 0,
        question: 2,
        minute: 2,
        skipped: false,
        confidence: 5,
        reviewConfidence: null,
        timeUsedMs: 1,
        timeLimitMs: null,
        selfCheck: {},
      },
    ]);
    const now = at('2025-03-20T06:10:00Z');
    expect(weakestQuestionIds(db, null, 10)).toEqual([1, 2, 3]);
    expect(weakestQuestionIds(db, [2, 3], 10)).toEqual([2, 3]);
    expect(dueQuestionIds(db, now, null, 10)).toEqual([1, 2]);
    db.prepare("UPDATE questions SET archived_at = '2025-03-20T06:05:00Z' WHERE id = 1").run();
    expect(weakestQuestionIds(db, null, 10)).toEqual([2, 3]);
    expect(dueQuestionIds(db, now, [1, 2, 3], 1)).toEqual([2]);
    db.close();
  });
});
