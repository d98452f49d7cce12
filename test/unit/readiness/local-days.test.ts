import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localDayKey } from '../../../shared/domain/progress/calendar';
import { fromLocalFrame, toLocalFrame } from '../../../shared/domain/progress/local-frame';
import { dueBeforeDeadline, newReviewCard, reviewAfterRating } from '../../../shared/domain/progress/review-schedule';
import { testZones, useZone } from './time-zones';

/** A local wall-clock instant in the current zone. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

/** The schedule after rating `ratings` at local wall-clock times, read back as local wall-clock strings. */
function wallClockSchedule(times: readonly [number, number, number, number, number][], ratings: readonly number[]): string[] {
  let card = newReviewCard(local(...times[0]!));
  const out: string[] = [];
  times.forEach((t, i) => {
    card = reviewAfterRating(card, ratings[i]!, local(...t));
    const due = card.due;
    out.push(`${localDayKey(due)} ${due.getHours()}:${due.getMinutes()} s${card.scheduled_days} e${card.elapsed_days}`);
  });
  return out;
}

/**
 * `back` differs from `at` only because their local reading occurs twice (a fall-back change): the two instants are
 * apart by exactly the change in UTC offset between them, which is at most an hour.
 */
function expectSameReadingInAFold(at: Date, back: Date): void {
  const apartMs = Math.abs(back.getTime() - at.getTime());
  expect(apartMs).toBe(Math.abs(back.getTimezoneOffset() - at.getTimezoneOffset()) * 60_000);
  expect(apartMs).toBeGreaterThan(0);
  expect(apartMs).toBeLessThanOrEqual(3_600_000);
}

/** Instants inside the repeated wall-clock interval of every fall-back change in 2025–2026 (none where there is none). */
function foldInstants(): Date[] {
  const found: Date[] = [];
  const stepMs = 15 * 60_000;
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += stepMs) {
    const before = new Date(t);
    const after = new Date(t + stepMs);
    // getTimezoneOffset() (UTC minus local) grew: the clocks went back, so the readings just after repeat earlier ones.
    if (after.getTimezoneOffset() > before.getTimezoneOffset()) found.push(after, new Date(t + stepMs + 60_000));
  }
  return found;
}

let reference: string[] | null = null;
const referenceTimes: [number, number, number, number, number][] = [
  [2026, 3, 5, 23, 40],
  [2026, 3, 6, 0, 20],
  [2026, 3, 20, 19, 0],
  [2026, 10, 2, 9, 15],
];
const referenceRatings = [2, 4, 4, 5];

describe.each(testZones)('FSRS in local days, TZ=%s', (zone) => {
  let restore: () => void;
  beforeAll(() => {
    restore = useZone(zone);
  });
  afterAll(() => restore());

  test('the frame round-trips every instant whose wall-clock reading occurs once; in a fall-back fold, to the same reading', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), (at) => {
        const back = fromLocalFrame(toLocalFrame(at));
        expect(toLocalFrame(back).getTime()).toBe(toLocalFrame(at).getTime());
        if (back.getTime() !== at.getTime()) expectSameReadingInAFold(at, back);
      }),
    );
  });

  test('the repeated half hour or hour of a clock change goes back to one occurrence of the same reading', () => {
    // Lord Howe's fall-back (02:00 +11 → 01:30 +10:30) repeats 01:30–02:00; fast-check once found 2073-04-02 01:30.
    for (const at of foldInstants()) {
      const back = fromLocalFrame(toLocalFrame(at));
      expect(toLocalFrame(back).getTime()).toBe(toLocalFrame(at).getTime());
      if (back.getTime() !== at.getTime()) expectSameReadingInAFold(at, back);
    }
  });

  test('two ratings 40 minutes apart count as one local day apart only when they straddle local midnight', () => {
    const first = reviewAfterRating(newReviewCard(local(2026, 3, 5, 23, 40)), 2, local(2026, 3, 5, 23, 40));
    const straddling = reviewAfterRating(first, 4, local(2026, 3, 6, 0, 20));
    const early = reviewAfterRating(newReviewCard(local(2026, 3, 5, 10)), 2, local(2026, 3, 5, 10));
    const sameDay = reviewAfterRating(early, 4, local(2026, 3, 5, 10, 40));
    expect(straddling.elapsed_days).toBe(1);
    expect(sameDay.elapsed_days).toBe(0);
  });

  test('a schedule read on the wall clock is the same in every zone (DST changes included)', () => {
    const here = wallClockSchedule(referenceTimes, referenceRatings);
    reference ??= here;
    expect(here).toEqual(reference);
  });

  test('an interval of whole days keeps the wall-clock time across a clock change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 4, max: 5 }), (dayOfYear, rating) => {
        const at = local(2026, 1, 1 + dayOfYear, 12);
        const card = reviewAfterRating(reviewAfterRating(newReviewCard(at), 4, at), rating, local(2026, 1, 3 + dayOfYear, 12));
        expect(card.due.getHours()).toBe(12);
        expect(card.due.getMinutes()).toBe(0);
      }),
    );
  });

  test('"a day before the deadline" is the previous local day at the same time, even across a clock change', () => {
    const now = local(2026, 1, 1, 8);
    for (let d = 1; d < 366; d += 1) {
      const deadline = local(2026, 1, 2 + d, 9);
      const due = dueBeforeDeadline(local(2030, 1, 1), deadline, now);
      expect(localDayKey(due)).toBe(localDayKey(local(2026, 1, 1 + d, 9)));
      expect(due.getHours()).toBe(9);
    }
  });
});
