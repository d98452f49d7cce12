import { type DeliveryFacts, longestPauseMs, talkRatio } from './facts';

/** One session's delivery in the Progress trend (sessions with at least one analysed answer). */
export interface DeliveryTrendPoint {
  sessionId: number;
  startedAt: string;
  /** Answers whose recording has facts. */
  analysed: number;
  /** Pauses of 3 s or more, per analysed answer. */
  longPausesPerAnswer: number;
  /** Speech time over recorded time, 0–1, over the session's analysed answers. */
  talkRatio: number;
}

/** An answer rated 4–5 whose measured facts say otherwise, for "How your ratings compare". */
export interface DeliveryMismatch {
  sessionId: number;
  position: number;
  questionId: number;
  question: string;
  confidence: number;
  answeredAt: string;
  /** Plain sentences of fact, e.g. "Paused 4 times for 3 s or more". */
  reasons: string[];
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
const clock = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * What in an answer's facts disagrees with a confident rating. The lines are
 * the three (long pauses, finished far early, mostly silence) plus a
 * slow start; the thresholds are deliberately loose so only clear cases show:
 * two or more pauses of 3 s (or one of 8 s); speech under half of an answer
 * of 10 s or more; speech ending before 40% of the time allowed; 10 s or more
 * of silence before the first word or after the last.
 * `limitMs`: the answer's time allowed, null when untimed.
 */
export function disagreements(facts: DeliveryFacts, limitMs: number | null): string[] {
  const reasons: string[] = [];
  const longest = longestPauseMs(facts);
  if (facts.pauses.length >= 2) reasons.push(`Paused ${facts.pauses.length} times for 3 s or more (longest ${seconds(longest)})`);
  else if (longest >= 8000) reasons.push(`One pause of ${seconds(longest)}`);
  if (facts.durationMs >= 10_000 && talkRatio(facts) < 0.5)
    reasons.push(`Speech filled ${Math.round(talkRatio(facts) * 100)}% of the recording`);
  const spokeUntil = facts.durationMs - facts.endSilenceMs;
  if (limitMs !== null && facts.speechMs > 0 && spokeUntil < 0.4 * limitMs)
    reasons.push(`Finished speaking at ${clock(spokeUntil)} of ${clock(limitMs)} allowed`);
  if (facts.speechMs > 0 && facts.endSilenceMs >= 10_000) reasons.push(`Silent for the last ${seconds(facts.endSilenceMs)}`);
  if (facts.firstSpeechMs !== null && facts.firstSpeechMs >= 10_000) reasons.push(`First words after ${seconds(facts.firstSpeechMs)}`);
  if (facts.speechMs === 0 && facts.durationMs > 0) reasons.push('No speech was heard in the recording');
  return reasons;
}
