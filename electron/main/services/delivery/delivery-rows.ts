import { z } from 'zod';
import {
  type DeliveryFacts,
  deliveryFactsSchema,
  longestPauseMs,
  type Span,
  spanListSchema,
} from '../../../../shared/domain/delivery/facts';

/** The `delivery_facts` columns a read joins beside a recording (aliased `df_*`, null when not analysed). */
export const deliveryColumns = `df.analysis_version AS df_version, df.duration_ms AS df_duration_ms, df.first_speech_ms AS df_first_speech_ms,
  df.speech_ms AS df_speech_ms, df.end_silence_ms AS df_end_silence_ms,
  df.syllables_per_minute_estimate AS df_rate, df.spans AS df_spans`;

/** Joins a recording's facts; `recording` is the alias of the recordings table in the query. */
export const deliveryJoin = (recording: string) => `LEFT JOIN delivery_facts df ON df.recording_id = ${recording}.id`;

export interface DeliveryColumns {
  df_version: number | null;
  df_duration_ms: number | null;
  df_first_speech_ms: number | null;
  df_speech_ms: number | null;
  df_end_silence_ms: number | null;
  df_rate: number | null;
  df_spans: string | null;
}

const spansSchema = z.strictObject({
  speechSpans: spanListSchema,
  pauses: spanListSchema,
  quietSpans: spanListSchema,
});

/**
 * A recording's facts from its joined row, or null when it has none. A row
 * that does not hold valid facts (the file was edited by hand, or damaged)
 * reads as "not analysed", so analysing again replaces it; it never breaks the page.
 */
export function deliveryFromRow(row: DeliveryColumns): DeliveryFacts | null {
  if (row.df_version === null || row.df_spans === null) return null;
  let spans: unknown;
  try {
    spans = JSON.parse(row.df_spans);
  } catch {
    return null;
  }
  const parsedSpans = spansSchema.safeParse(spans);
  if (!parsedSpans.success) return null;
  const facts = deliveryFactsSchema.safeParse({
    analysisVersion: row.df_version,
    durationMs: row.df_duration_ms,
    firstSpeechMs: row.df_first_speech_ms,
    speechMs: row.df_speech_ms,
    endSilenceMs: row.df_end_silence_ms,
    syllablesPerMinuteEstimate: row.df_rate,
    ...parsedSpans.data,
  });
  return facts.success ? facts.data : null;
}

const total = (spans: Span[]) => spans.reduce((n, s) => n + s.endMs - s.startMs, 0);

/** The row `delivery_facts` stores for a recording's facts (scalars as columns for CSV and trends, spans as JSON). */
export function deliveryRow(recordingId: number, facts: DeliveryFacts, analysedAt: string) {
  return {
    recording_id: recordingId,
    analysis_version: facts.analysisVersion,
    analysed_at: analysedAt,
    duration_ms: facts.durationMs,
    first_speech_ms: facts.firstSpeechMs,
    speech_ms: facts.speechMs,
    pause_count: facts.pauses.length,
    longest_pause_ms: longestPauseMs(facts),
    end_silence_ms: facts.endSilenceMs,
    quiet_ms: total(facts.quietSpans),
    syllables_per_minute_estimate: facts.syllablesPerMinuteEstimate,
    spans: JSON.stringify({ speechSpans: facts.speechSpans, pauses: facts.pauses, quietSpans: facts.quietSpans }),
  };
}
