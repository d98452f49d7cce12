import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs';
import { fromLocalFrame, toLocalFrame } from './local-frame';

/**
 * Spaced review with FSRS (see docs/spaced-review.md).
 *
 * Confidence → FSRS grade:
 *   1–2 "I could not really answer"      → Again
 *   3   "I got through it, not well"     → Hard
 *   4   "A good answer"                  → Good
 *   5   "I would be happy to give this"  → Easy
 * Two low ratings share Again because FSRS has one failure grade; the scale's
 * bottom two both mean "this needs work soon".
 *
 * Skipped questions are not reviews: the schedule is left as it was, so a
 * question that was due stays due and comes back in the next review session.
 * Skipping in a timed mock interview is as often about time or relevance as
 * about not knowing the answer, and grading it Again would punish both.
 */
export function confidenceToGrade(confidence: number): Grade {
  if (!Number.isInteger(confidence) || confidence < 1 || confidence > 5) {
    throw new RangeError(`Confidence must be a whole number from 1 to 5, not ${confidence}`);
  }
  if (confidence <= 2) return Rating.Again;
  if (confidence === 3) return Rating.Hard;
  if (confidence === 4) return Rating.Good;
  return Rating.Easy;
}

/**
 * One scheduler for the app. A failed question comes back after half an hour
 * (later the same day: "due today"); from then on FSRS spaces reviews in days.
 * No fuzz, so the date shown is the date the user gets; intervals capped at a
 * year, because interview preparation comes in seasons, not decades.
 */
export const reviewScheduler = fsrs({
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ['30m'],
  relearning_steps: ['30m'],
  maximum_interval: 365,
});

export type ReviewCard = Card;

/** A question that was never reviewed, due at `now`. */
export function newReviewCard(now: Date): ReviewCard {
  return createEmptyCard(now);
}

/**
 * The card after a rating of `confidence` at `at`, counted in the user's local
 * days (issue 12, item 6). ts-fsrs counts elapsed days between UTC dates and
 * adds intervals as multiples of 24 hours, so two ratings 40 minutes apart
 * would be a day apart when they straddle UTC midnight, and a due time would
 * drift by an hour across a daylight-saving change. The card is therefore
 * moved into a "local frame" (each instant shifted so that its UTC fields are
 * the local wall-clock fields), scheduled there, and moved back.
 */
export function reviewAfterRating(card: ReviewCard, confidence: number, at: Date): ReviewCard {
  const framed = reviewScheduler.next(cardToLocalFrame(card), toLocalFrame(at), confidenceToGrade(confidence)).card;
  return cardFromLocalFrame(framed);
}

function cardToLocalFrame(card: ReviewCard): ReviewCard {
  return { ...card, due: toLocalFrame(card.due), ...(card.last_review ? { last_review: toLocalFrame(card.last_review) } : {}) };
}

function cardFromLocalFrame(card: ReviewCard): ReviewCard {
  return { ...card, due: fromLocalFrame(card.due), ...(card.last_review ? { last_review: fromLocalFrame(card.last_review) } : {}) };
}

/** The card after every rating of a question's history, oldest first (used when a past rating changes). */
export function replayRatings(ratings: readonly { confidence: number; at: Date }[], firstSeen: Date): ReviewCard {
  let card = newReviewCard(firstSeen);
  for (const { confidence, at } of ratings) card = reviewAfterRating(card, confidence, at);
  return card;
}

/**
 * When a deadline (e.g. a company's next interview round) is known, the
 * question must come due at least a day before it — or now, if that is already past.
 */
export function dueBeforeDeadline(due: Date, deadline: Date | null, now: Date): Date {
  if (!deadline || deadline.getTime() <= now.getTime()) return due;
  // One local calendar day earlier at the same wall-clock time (23 or 25 hours across a clock change).
  const localDayBefore = new Date(
    deadline.getFullYear(),
    deadline.getMonth(),
    deadline.getDate() - 1,
    deadline.getHours(),
    deadline.getMinutes(),
    deadline.getSeconds(),
    deadline.getMilliseconds(),
  );
  const dayBefore = new Date(Math.max(now.getTime(), localDayBefore.getTime()));
  return due.getTime() > dayBefore.getTime() ? dayBefore : due;
}
