import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { type DeliveryFacts, deliveryAnalysisVersion } from '../../../../shared/domain/delivery/facts';
import { type DeliveryMismatch, type DeliveryTrendPoint, disagreements } from '../../../../shared/domain/delivery/summaries';
import { deliveryColumns, deliveryFromRow, deliveryJoin, deliveryRow, type DeliveryColumns } from './delivery-rows';

type MismatchRow = DeliveryColumns & {
  session_id: number;
  position: number;
  question_id: number;
  question: string;
  confidence: number;
  answered_at: string;
  time_limit_ms: number | null;
};

/** Reads and writes of `delivery_facts` (migration "delivery-facts"): one row per analysed recording. */
export function deliveryStore(db: Database, now: () => Date) {
  const recordingExists = db.prepare<{ id: number }, { n: number }>('SELECT count(*) AS n FROM recordings WHERE id = @id');
  const upsert = db.prepare<ReturnType<typeof deliveryRow>>(`
    INSERT OR REPLACE INTO delivery_facts (recording_id, analysis_version, analysed_at, duration_ms, first_speech_ms, speech_ms,
      pause_count, longest_pause_ms, end_silence_ms, quiet_ms, syllables_per_minute_estimate, spans)
    VALUES (@recording_id, @analysis_version, @analysed_at, @duration_ms, @first_speech_ms, @speech_ms,
      @pause_count, @longest_pause_ms, @end_silence_ms, @quiet_ms, @syllables_per_minute_estimate, @spans)`);
  const unanalysed = db.prepare<{ version: number }, { id: number }>(`
    SELECT r.id FROM recordings r LEFT JOIN delivery_facts df ON df.recording_id = r.id
    WHERE df.recording_id IS NULL OR df.analysis_version < @version
      OR json_type(df.spans, '$.speechSpans') IS NOT 'array' OR json_type(df.spans, '$.pauses') IS NOT 'array'
      OR json_type(df.spans, '$.quietSpans') IS NOT 'array'
    ORDER BY r.id`);
  // Each session's answers with facts; sessions in the order they started, the newest `limit` of them.
  const trend = db.prepare<
    { limit: number },
    { session_id: number; started_at: string; n: number; pauses: number; speech: number; total: number }
  >(`
    SELECT * FROM (
      SELECT s.id AS session_id, s.started_at, count(*) AS n, sum(df.pause_count) AS pauses,
             sum(df.speech_ms) AS speech, sum(df.duration_ms) AS total
      FROM practice_sessions s JOIN recordings r ON r.session_id = s.id JOIN delivery_facts df ON df.recording_id = r.id
      JOIN answers a ON a.session_id = r.session_id AND a.position = r.position AND a.skipped = 0
      GROUP BY s.id ORDER BY s.started_at DESC, s.id DESC LIMIT @limit
    ) ORDER BY started_at, session_id`);
  const confident = db.prepare<{ scan: number }, MismatchRow>(`
    SELECT a.session_id, a.position, a.question_id, q.text AS question, a.confidence, a.answered_at, a.time_limit_ms, ${deliveryColumns}
    FROM answers a JOIN questions q ON q.id = a.question_id
      JOIN recordings r ON r.session_id = a.session_id AND r.position = a.position ${deliveryJoin('r')}
    WHERE a.skipped = 0 AND a.confidence >= 4 AND df.recording_id IS NOT NULL
    ORDER BY a.answered_at DESC, a.id DESC LIMIT @scan`);

  return {
    /** Stores a recording's facts, replacing any older ones. @throws AppError not_found for an unknown recording. */
    save(recordingId: number, facts: DeliveryFacts): null {
      if (recordingExists.get({ id: recordingId })!.n === 0) throw new AppError('not_found', 'There is no such recording.');
      upsert.run(deliveryRow(recordingId, facts, now().toISOString()));
      return null;
    },
    /** Recordings to analyse: none yet, analysed by an older version of the method, or with damaged spans. */
    unanalysed(): { recordingIds: number[] } {
      return { recordingIds: unanalysed.all({ version: deliveryAnalysisVersion }).map((r) => r.id) };
    },
    trend(limit: number): DeliveryTrendPoint[] {
      return trend.all({ limit }).map((r) => ({
        sessionId: r.session_id,
        startedAt: r.started_at,
        analysed: r.n,
        longPausesPerAnswer: r.pauses / r.n,
        talkRatio: r.total === 0 ? 0 : r.speech / r.total,
      }));
    },
    /** The newest `limit` confident answers whose facts disagree (looking through the last 500 confident, analysed answers). */
    mismatches(limit: number): DeliveryMismatch[] {
      const out: DeliveryMismatch[] = [];
      for (const row of confident.iterate({ scan: 500 })) {
        const facts = deliveryFromRow(row);
        const reasons = facts ? disagreements(facts, row.time_limit_ms) : [];
        if (reasons.length === 0) continue;
        out.push({
          sessionId: row.session_id,
          position: row.position,
          questionId: row.question_id,
          question: row.question,
          confidence: row.confidence,
          answeredAt: row.answered_at,
          reasons,
        });
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}
