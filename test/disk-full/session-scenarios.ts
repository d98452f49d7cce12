import { answer, setup } from './inputs';
import { type Scenario, sql, value } from './scenario-types';

/**
 * A rating given after the blind one (after replaying, or after reading the guidance), on the answer the
 * last acknowledged sessions.saveAnswer stored (the session may have ended since: these ratings come later).
 */
function rating(channel: string, field: string, column: string): Scenario {
  return {
    channel,
    async run(call, f, _m, round) {
      const sessionId = f.answeredSessionId;
      if (sessionId === undefined) return null;
      const confidence = 1 + (round % 5);
      const result = await call(channel, { sessionId, position: 0, [field]: confidence });
      return {
        result,
        check: sql(
          `${column}-${sessionId}`,
          `SELECT ${column} FROM answers WHERE session_id = ? AND position = 0`,
          [sessionId],
          confidence,
        ),
      };
    },
  };
}

/** A mock interview: start, answers, ratings, a recording and its measurement (sessions.end comes last, below). */
export const sessionScenarios: Scenario[] = [
  {
    channel: 'sessions.start',
    async run(call, f, m) {
      const result = await call('sessions.start', {
        setup: { ...setup, bankIds: [f.bankId], count: 2 },
        questionIds: f.questionIds.slice(0, 2),
      });
      const session = value<{ id: number }>(result);
      // Starting a session ends the one before; the answer scenarios follow the newest.
      if (session) Object.assign(f, { sessionId: session.id, sessionEnded: false });
      else f.startRefused = true;
      return { result, check: session ? sql(m, 'SELECT count(*) FROM practice_sessions WHERE id = ?', [session.id], 1) : null };
    },
  },
  {
    channel: 'sessions.saveAnswer',
    async run(call, f, m) {
      if (f.sessionEnded) return null;
      const result = await call('sessions.saveAnswer', answer(f.sessionId, m));
      if (result.ok) f.answeredSessionId = f.sessionId;
      return {
        result,
        check: sql(`answer-${f.sessionId}`, 'SELECT note FROM answers WHERE session_id = ? AND position = 0', [f.sessionId], m),
      };
    },
  },
  rating('sessions.saveReviewConfidence', 'reviewConfidence', 'review_confidence'),
  rating('sessions.saveGuidedConfidence', 'guidedConfidence', 'guided_confidence'),
  {
    channel: 'sessions.finishRecording',
    async run(call, f, m) {
      if (f.sessionEnded) return null;
      const begun = await call('sessions.beginRecording', { sessionId: f.sessionId, position: 1, mimeType: 'audio/webm' });
      const upload = value<{ uploadId: string }>(begun);
      if (!upload) return { result: begun, check: null };
      const bytes = Buffer.alloc(4000, m.length);
      Buffer.from([0x1a, 0x45, 0xdf, 0xa3]).copy(bytes);
      const appended = await call('sessions.appendRecording', { uploadId: upload.uploadId, index: 0, data: bytes.toString('base64') });
      if (!appended.ok) return { result: appended, check: null };
      const result = await call('sessions.finishRecording', { uploadId: upload.uploadId, durationMs: 1000 });
      const stored = value<{ id: number }>(result);
      if (stored) f.recordingId = stored.id;
      return {
        result,
        check: sql(`recording-${f.sessionId}`, 'SELECT count(*) FROM recordings WHERE session_id = ? AND position = 1', [f.sessionId], 1),
      };
    },
  },
  {
    channel: 'sessions.saveDeliveryFacts',
    async run(call, f, _m, round) {
      if (f.recordingId === undefined) return null;
      const speechMs = 100 + round;
      const facts = {
        analysisVersion: 1,
        durationMs: 1000,
        firstSpeechMs: 0,
        speechMs,
        pauses: [],
        endSilenceMs: 1000 - speechMs,
        quietSpans: [],
        speechSpans: [{ startMs: 0, endMs: speechMs }],
        syllablesPerMinuteEstimate: null,
      };
      const result = await call('sessions.saveDeliveryFacts', { recordingId: f.recordingId, facts });
      return {
        result,
        check: sql(`facts-${f.recordingId}`, 'SELECT speech_ms FROM delivery_facts WHERE recording_id = ?', [f.recordingId], speechMs),
      };
    },
  },
];

/** Runs after every other scenario of a round (see scenarios.ts). */
export const sessionEndScenario: Scenario = {
  channel: 'sessions.end',
  // Only once sessions.start was refused: ending the current session earlier could leave the answer
  // scenarios without one, should the next sessions.start be the first write refused.
  async run(call, f) {
    if (!f.startRefused) return null;
    const id = f.sessionId;
    const result = await call('sessions.end', { sessionId: id });
    if (result.ok) f.sessionEnded = true;
    return { result, check: sql(`end-${id}`, 'SELECT ended_at IS NOT NULL FROM practice_sessions WHERE id = ?', [id], 1) };
  },
};
