import { z } from 'zod';

import { maxSpans } from './method-constants';

export { deliveryAnalysisVersion, longPauseMs, maxSpans } from './method-constants';

const ms = z
  .number()
  .int()
  .min(0)
  .max(24 * 3600 * 1000);
const spanSchema = z.strictObject({ startMs: ms, endMs: ms }).refine((s) => s.endMs >= s.startMs, 'A span ends before it starts');
export type Span = z.output<typeof spanSchema>;
/** Spans in time order, as many as a long answer can have. */
export const spanListSchema = z.array(spanSchema).max(maxSpans);

/**
 * What the audio of one answer shows, in milliseconds from the start of the
 * recording. Facts, not judgements: the UI words them, never grades them.
 */
export const deliveryFactsSchema = z
  .strictObject({
    analysisVersion: z.number().int().min(1),
    durationMs: ms,
    /** When the first speech began; null when no speech was found. */
    firstSpeechMs: ms.nullable(),
    /** Total time of speech (talk ratio = speechMs / durationMs). */
    speechMs: ms,
    /** Silences of `longPauseMs` or more between two stretches of speech. */
    pauses: spanListSchema,
    /** Silence after the last speech to the end of the recording (the whole length when there was none). */
    endSilenceMs: ms,
    /** Stretches of speech too quiet to hear well (low level or little above the background). */
    quietSpans: spanListSchema,
    /** Stretches of speech, for the timeline. */
    speechSpans: spanListSchema,
    /**
     * ESTIMATE of syllables per minute of speaking time, from energy peaks;
     * null when there was too little speech (under 5 s) to say.
     */
    syllablesPerMinuteEstimate: z.number().min(0).max(1200).nullable(),
  })
  .superRefine((facts, ctx) => {
    const within = (n: number) => n <= facts.durationMs;
    const spans = [...facts.pauses, ...facts.quietSpans, ...facts.speechSpans];
    if (!within(facts.speechMs) || !within(facts.endSilenceMs) || (facts.firstSpeechMs !== null && !within(facts.firstSpeechMs)))
      ctx.addIssue({ code: 'custom', message: 'A fact is longer than the recording' });
    if (spans.some((s) => !within(s.endMs))) ctx.addIssue({ code: 'custom', message: 'A span ends after the recording' });
  });

export type DeliveryFacts = z.output<typeof deliveryFactsSchema>;

/** Speech share of the recording, 0–1 (0 for an empty recording). */
export function talkRatio(facts: Pick<DeliveryFacts, 'speechMs' | 'durationMs'>): number {
  return facts.durationMs === 0 ? 0 : facts.speechMs / facts.durationMs;
}

/** The longest pause in ms, 0 when there was none. */
export function longestPauseMs(facts: Pick<DeliveryFacts, 'pauses'>): number {
  return facts.pauses.reduce((max, p) => Math.max(max, p.endMs - p.startMs), 0);
}
