import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, daysBetween, endOfLocalDay, localDayKey } from '../../../shared/domain/progress/calendar';
import { effectiveDue, planCap, startOfLocalDayKey, type ScheduleFacts } from '../../../shared/domain/progress/deadline-schedule';
import { newReviewCard, type ReviewCard, reviewAfterRating } from '../../../shared/domain/progress/review-schedule';
import { testZones, useZone } from './time-zones';

const facts = (card: ReviewCard | null): ScheduleFacts | null =>
  card ? { due: card.due, reps: card.reps, lastReview: card.last_review ?? null } : null;

/** A question's history before the plan starts: ratings on days before today (or none). */
const historyArb = fc.array(fc.record({ daysAgo: fc.integer({ min: 1, max: 120 }), rating: fc.integer({ min: 1, max: 5 }) }), {
  maxLength: 5,
});

const planArb = fc.record({
  startDay: fc.integer({ min: 0, max: 700 }),
  daysAhead: fc.integer({ min: 1, max: 40 }),
  interviewHour: fc.integer({ min: 0, max: 23 }),
  practiceHour: fc.integer({ min: 0, max: 23 }),
  questions: fc.array(
    fc.record({ history: historyArb, ratings: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 40, maxLength: 40 }) }),
    {
      minLength: 1,
      maxLength: 6,
    },
  ),
});

function cardFromHistory(history: readonly { daysAgo: number; rating: number }[], today: string, hour: number): ReviewCard | null {
  const sorted = [...history].sort((a, b) => b.daysAgo - a.daysAgo);
  let card: ReviewCard | null = null;
  for (const { daysAgo, rating } of sorted) {
    const at = startOfLocalDayKey(addDays(today, -daysAgo));
    at.setHours(hour);
    card = reviewAfterRating(card ?? newReviewCard(at), rating, at);
  }
  return card;
}

describe.each(testZones)('deadline-aware review, TZ=%s', (zone) => {
  let restore: () => void;
  beforeAll(() => {
    restore = useZone(zone);
  });
  afterAll(() => restore());

  test('a user who practises whatever is due once a day reviews every plan question before the day, the last 1–2 days before', () => {
    fc.assert(
      fc.property(planArb, ({ startDay, daysAhead, interviewHour, practiceHour, questions }) => {
        const today = addDays('2026-01-01', startDay);
        const interviewDay = addDays(today, daysAhead);
        const heldAt = startOfLocalDayKey(interviewDay);
        heldAt.setHours(interviewHour);
        const cards = questions.map((q) => cardFromHistory(q.history, today, practiceHour));
        // Earlier reviews count: one a day or two before the interview already is the last review.
        const reviewDays: string[][] = questions.map((q) =>
          [...new Set(q.history.map((h) => h.daysAgo))].sort((a, b) => b - a).map((ago) => addDays(today, -ago)),
        );
        for (let d = 0; d < daysAhead; d += 1) {
          const now = startOfLocalDayKey(addDays(today, d));
          now.setHours(practiceHour);
          const cap = planCap(heldAt, now);
          expect(cap).not.toBeNull();
          questions.forEach((q, i) => {
            const due = effectiveDue(facts(cards[i]!), cap, now)!;
            if (due.getTime() >= endOfLocalDay(now).getTime()) return;
            cards[i] = reviewAfterRating(cards[i] ?? newReviewCard(now), q.ratings[d]!, now);
            reviewDays[i]!.push(localDayKey(now));
          });
        }
        for (const days of reviewDays) {
          expect(days.length).toBeGreaterThan(0);
          const last = days.at(-1)!;
          expect(daysBetween(last, interviewDay)).toBeGreaterThanOrEqual(1);
          expect(daysBetween(last, interviewDay)).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('never-practised plan questions are due now; a question outside every plan keeps its FSRS due time', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 60 }), (history, startDay, ahead) => {
        const today = addDays('2026-01-01', startDay);
        const now = startOfLocalDayKey(today);
        now.setHours(9);
        const heldAt = startOfLocalDayKey(addDays(today, ahead));
        const card = cardFromHistory(history, today, 9);
        expect(effectiveDue(facts(card), null, now)).toEqual(card?.due ?? null);
        if (!card) expect(effectiveDue(null, planCap(heldAt, now), now)).toEqual(now);
        const capped = effectiveDue(facts(card), planCap(heldAt, now), now)!;
        expect(capped.getTime()).toBeLessThanOrEqual(card ? card.due.getTime() : now.getTime());
      }),
    );
  });

  test('from the interview day on, the plain FSRS schedule applies unchanged', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 23 }),
        (history, startDay, after, hour) => {
          const interviewDay = addDays('2026-01-01', startDay);
          const heldAt = startOfLocalDayKey(interviewDay);
          heldAt.setHours(hour);
          const now = startOfLocalDayKey(addDays(interviewDay, after));
          expect(planCap(heldAt, now)).toBeNull();
          const card = cardFromHistory(history, interviewDay, 9);
          expect(effectiveDue(facts(card), planCap(heldAt, now), now)).toEqual(card?.due ?? null);
        },
      ),
    );
  });
});
