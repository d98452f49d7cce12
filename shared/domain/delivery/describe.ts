import { type DeliveryFacts, longestPauseMs, talkRatio } from './facts';

/** m:ss of a time in ms, rounded to the second (as the answer clock shows it). */
export function clockOf(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Seconds, to one decimal under 10 s (a pause of 3.4 s), whole above. */
export function secondsOf(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
}

/** One line of the facts list: a term and what was measured. */
export interface FactLine {
  term: string;
  value: string;
}

/**
 * The facts in words, one line each, the same everywhere they are shown
 * (summary, question page, export). Facts, not judgements: nothing here says
 * good or bad. The rate is labelled an estimate (syllable-like peaks, not words).
 */
export function describeFacts(facts: DeliveryFacts): FactLine[] {
  const lines: FactLine[] = [];
  lines.push({ term: 'First words', value: facts.firstSpeechMs === null ? 'No speech heard' : `at ${clockOf(facts.firstSpeechMs)}` });
  lines.push({
    term: 'Speaking',
    value: `${secondsOf(facts.speechMs)} of ${secondsOf(facts.durationMs)} (${Math.round(talkRatio(facts) * 100)}%)`,
  });
  lines.push({
    term: 'Pauses of 3 s or more',
    value:
      facts.pauses.length === 0
        ? 'None'
        : `${facts.pauses.length}, longest ${secondsOf(longestPauseMs(facts))}: ${facts.pauses
            .map((p) => `at ${clockOf(p.startMs)} for ${secondsOf(p.endMs - p.startMs)}`)
            .join('; ')}`,
  });
  if (facts.speechMs > 0) lines.push({ term: 'Silence at the end', value: secondsOf(facts.endSilenceMs) });
  const quietMs = facts.quietSpans.reduce((n, s) => n + s.endMs - s.startMs, 0);
  lines.push({ term: 'Too quiet to hear well', value: quietMs === 0 ? 'None' : `${secondsOf(quietMs)} of the speech` });
  lines.push({
    term: 'Speaking rate (estimate)',
    value:
      facts.syllablesPerMinuteEstimate === null
        ? 'Too little speech to estimate'
        : `about ${facts.syllablesPerMinuteEstimate} syllables a minute while speaking`,
  });
  return lines;
}
