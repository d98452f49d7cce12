import { countedRating, isOverLimit, overGraceMs, readyConfidence, selfCheckDone } from '../../../shared/domain/progress/answer-facts';
import { addDays, localDayKey, weekStartOf } from '../../../shared/domain/progress/calendar';
import type { StoredAnswer } from './history-fixture';

/*
 * The dashboard's figures computed the slow, obvious way from the list of
 * answers, independently of the rollups, for the property tests to compare.
 * What a rating, "over" and "self-check done" are comes from the TypeScript
 * form of the one rule (answer-facts.ts); the rollups use its SQL form, so
 * these tests also prove the two forms agree.
 */
const rating = (a: StoredAnswer) => countedRating({ ...a, confidence: a.skipped ? null : a.confidence })!;
const over = (a: StoredAnswer) => isOverLimit(a);
const overrun = (a: StoredAnswer) => a.timeLimitMs !== null && !a.skipped && a.timeUsedMs - a.timeLimitMs >= overGraceMs;

const dayOf = (a: StoredAnswer) => localDayKey(new Date(a.answeredAt));
const weekOfAnswer = (a: StoredAnswer) => weekStartOf(dayOf(a));
const categoryOf = (a: StoredAnswer) => a.category;
const rated = (answers: StoredAnswer[]) => answers.filter((a) => !a.skipped);
const mean = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);

export function expectedWeeks(answers: StoredAnswer[], fromWeek: string, toWeek: string, category?: string) {
  const weeks = [];
  for (let week = fromWeek; week <= toWeek; week = addDays(week, 7)) {
    const these = rated(answers).filter((a) => weekOfAnswer(a) === week && (category === undefined || categoryOf(a) === category));
    weeks.push({ week, rated: these.length, average: mean(these.map(rating)) });
  }
  return weeks;
}

export function expectedSessionsByWeek(answers: StoredAnswer[]): Map<string, number> {
  const firstDay = new Map<number, string>();
  for (const a of answers) {
    const day = dayOf(a);
    const known = firstDay.get(a.sessionId);
    if (!known || day < known) firstDay.set(a.sessionId, day);
  }
  const byWeek = new Map<string, number>();
  for (const day of firstDay.values()) byWeek.set(weekStartOf(day), (byWeek.get(weekStartOf(day)) ?? 0) + 1);
  return byWeek;
}

export function expectedCategories(answers: StoredAnswer[]) {
  const names = [...new Set(rated(answers).map(categoryOf))].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  return names.map((category) => {
    const these = rated(answers).filter((a) => categoryOf(a) === category);
    return { category, rated: these.length, average: mean(these.map(rating)) };
  });
}

export function expectedTotalsAndFacts(answers: StoredAnswer[]) {
  const r = rated(answers);
  const timed = r.filter((a) => a.timeLimitMs !== null);
  const overs = timed.filter(over);
  const overruns = timed.filter(overrun);
  const confident = r.filter((a) => a.confidence >= 4);
  const rerated = r.filter((a) => a.reviewConfidence !== null);
  return {
    totals: {
      answers: answers.length,
      rated: r.length,
      skipped: answers.length - r.length,
      sessions: new Set(answers.map((a) => a.sessionId)).size,
      average: mean(r.map(rating)),
    },
    time: { timed: timed.length, over: overs.length, averageOverMs: mean(overruns.map((a) => a.timeUsedMs - a.timeLimitMs!)) },
    calibration: {
      confident: confident.length,
      confidentTimed: confident.filter((a) => a.timeLimitMs !== null).length,
      confidentOver: confident.filter(over).length,
      confidentChecked: confident.filter(selfCheckDone).length,
      confidentMissed: confident.filter((a) => selfCheckDone(a) && Object.values(a.selfCheck).includes(false)).length,
      rerated: rerated.length,
      averageGap: mean(rerated.map((a) => a.reviewConfidence! - a.confidence)),
      raised: rerated.filter((a) => a.reviewConfidence! > a.confidence).length,
      lowered: rerated.filter((a) => a.reviewConfidence! < a.confidence).length,
    },
  };
}

/** Streaks by walking the calendar one day at a time. */
export function expectedStreaks(answers: StoredAnswer[], today: string) {
  const days = new Set(answers.map(dayOf));
  let current = 0;
  let day = days.has(today) ? today : addDays(today, -1);
  while (days.has(day)) {
    current++;
    day = addDays(day, -1);
  }
  let longest = 0;
  for (const start of days) {
    if (days.has(addDays(start, -1))) continue;
    let length = 0;
    while (days.has(addDays(start, length))) length++;
    longest = Math.max(longest, length);
  }
  const monthAgo = addDays(today, -29);
  return {
    currentStreakDays: current,
    longestStreakDays: longest,
    practisedToday: days.has(today),
    daysPractisedLast30: [...days].filter((d) => d >= monthAgo && d <= today).length,
  };
}

/**
 * Questions ordered by the mean of their last three counted ratings, then least
 * recently answered; with `belowReady`, only those below readyConfidence (the dashboard's list).
 */
export function expectedWeakest(answers: StoredAnswer[], limit: number, belowReady = false): number[] {
  const byQuestion = new Map<number, StoredAnswer[]>();
  for (const a of answers) byQuestion.set(a.questionId, [...(byQuestion.get(a.questionId) ?? []), a]);
  const scored = [...byQuestion.entries()].flatMap(([questionId, list]) => {
    const last3 = rated(list)
      .sort((a, b) => b.answeredAt.localeCompare(a.answeredAt) || b.id - a.id)
      .slice(0, 3)
      .map(rating);
    if (last3.length === 0) return [];
    const lastAnsweredAt = list
      .map((a) => a.answeredAt)
      .sort()
      .at(-1)!;
    return [{ questionId, recent: mean(last3)!, lastAnsweredAt }];
  });
  if (belowReady) scored.splice(0, scored.length, ...scored.filter((s) => s.recent < readyConfidence));
  scored.sort((a, b) => a.recent - b.recent || a.lastAnsweredAt.localeCompare(b.lastAnsweredAt) || a.questionId - b.questionId);
  return scored.slice(0, limit).map((s) => s.questionId);
}
