import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { type AnsweredQuestion, answerLimitMs, type SelfCheck, type SessionAnswer } from '../../../../shared/domain/sessions';
import { answerColumns, answerFromRow, type AnswerRow, parseSetup, type SessionRow } from './session-rows';

export interface AnswerInput {
  sessionId: number;
  position: number;
  skipped: boolean;
  confidence: number | null;
  timeUsedMs: number;
  selfCheck: SelfCheck;
  note: string;
  struggled: boolean;
}

/** The progress service's hooks, called inside the save transactions so progress and the answer commit (or fail) together. */
export interface ProgressHooks {
  applyAnswer(db: Database, answer: AnsweredQuestion): void;
  applyReview(db: Database, answerId: number, now: Date): void;
}

/** Saving ratings, prepared once per database. */
export function answerWrites(db: Database, progress: ProgressHooks, now: () => Date) {
  const session = db.prepare<{ id: number }, Pick<SessionRow, 'setup' | 'status'>>(
    'SELECT setup, status FROM practice_sessions WHERE id = @id',
  );
  const planned = db.prepare<{ sessionId: number; position: number }, { question_id: number; suggested_seconds: number }>(`
    SELECT sq.question_id, q.suggested_seconds FROM session_questions sq JOIN questions q ON q.id = sq.question_id
    WHERE sq.session_id = @sessionId AND sq.position = @position`);
  // A correction (a different confidence, a ticked box, an edited note) updates the same row;
  // answered_at keeps the moment it was first rated.
  const upsert = db.prepare<Omit<AnswerRow, 'id' | 'review_confidence'>>(`
    INSERT INTO answers (session_id, question_id, position, skipped, confidence, time_used_ms, time_limit_ms, self_check, note, struggled, answered_at)
    VALUES (@session_id, @question_id, @position, @skipped, @confidence, @time_used_ms, @time_limit_ms, @self_check, @note, @struggled, @answered_at)
    ON CONFLICT (session_id, position) DO UPDATE SET
      skipped = excluded.skipped, confidence = excluded.confidence, time_used_ms = excluded.time_used_ms,
      time_limit_ms = excluded.time_limit_ms, self_check = excluded.self_check, note = excluded.note,
      struggled = excluded.struggled`);
  const byPosition = db.prepare<{ sessionId: number; position: number }, AnswerRow>(
    `SELECT ${answerColumns} FROM answers a WHERE a.session_id = @sessionId AND a.position = @position`,
  );
  const review = db.prepare<{ sessionId: number; position: number; reviewConfidence: number | null; reviewedAt: string | null }>(`
    UPDATE answers SET review_confidence = @reviewConfidence, reviewed_at = @reviewedAt
    WHERE session_id = @sessionId AND position = @position AND skipped = 0`);

  const save = db.transaction((input: AnswerInput): SessionAnswer => {
    const owner = session.get({ id: input.sessionId });
    if (!owner) throw new AppError('not_found', 'There is no such practice session.');
    if (owner.status !== 'in_progress') throw new AppError('conflict', 'This session has ended, so its ratings can no longer change.');
    const where = { sessionId: input.sessionId, position: input.position };
    const question = planned.get(where);
    if (!question) throw new AppError('not_found', 'That session has no question at this position.');
    const setup = parseSetup(owner.setup);
    const limit = setup ? answerLimitMs(setup, question.suggested_seconds) : null;
    upsert.run({
      session_id: input.sessionId,
      question_id: question.question_id,
      position: input.position,
      skipped: input.skipped ? 1 : 0,
      confidence: input.skipped ? null : input.confidence,
      time_used_ms: input.timeUsedMs,
      time_limit_ms: limit,
      self_check: JSON.stringify(input.selfCheck),
      note: input.note,
      struggled: input.struggled ? 1 : 0,
      answered_at: now().toISOString(),
    });
    const saved = byPosition.get(where)!;
    const answer = answerFromRow(saved);
    progress.applyAnswer(db, {
      answerId: answer.id,
      sessionId: input.sessionId,
      questionId: saved.question_id,
      confidence: answer.confidence,
      skipped: answer.skipped,
      timeUsedMs: answer.timeUsedMs,
      timeLimitMs: answer.timeLimitMs,
      answeredAt: answer.answeredAt,
      selfCheck: answer.selfCheck,
      struggled: answer.struggled,
    });
    return answer;
  });

  const saveReview = db.transaction((sessionId: number, position: number, reviewConfidence: number | null): SessionAnswer => {
    const at = now();
    const { changes } = review.run({
      sessionId,
      position,
      reviewConfidence,
      reviewedAt: reviewConfidence === null ? null : at.toISOString(),
    });
    if (changes === 0) throw new AppError('not_found', 'There is no rated answer at this position to re-rate.');
    const answer = answerFromRow(byPosition.get({ sessionId, position })!);
    progress.applyReview(db, answer.id, at);
    return answer;
  });

  return {
    save: (input: AnswerInput) => save(input),
    /** Keeps the blind rating and adds (or, with null, clears) the one given after replaying. */
    saveReview: (sessionId: number, position: number, reviewConfidence: number | null) => saveReview(sessionId, position, reviewConfidence),
  };
}
export type AnswerWrites = ReturnType<typeof answerWrites>;
