import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { AnswerInput, SessionAnswer } from '../../../../shared/domain/answers';
import { answerLimitMs } from '../../../../shared/domain/sessions';
import { mergeRating } from './rating-merge';
import { type AnswerRow, answerTable, parseSetup, type SessionRow } from './session-rows';

/** The progress service's hooks, called inside the save transactions so progress and the answer commit (or fail) together. */
export interface ProgressHooks {
  applyAnswer(db: Database, answer: SessionAnswer): void;
  applyReview(db: Database, answerId: number, now: Date): void;
}

/** Fields with a statement of their own: the after-replay and after-guidance ratings. */
const laterKeys = ['reviewConfidence', 'reviewedAt', 'guidedConfidence', 'guidedAt'];
/** What saving an answer writes: every field but SQLite's id and the later ratings. */
const savedKeys = answerTable.keys.filter((key) => key !== 'id' && !laterKeys.includes(key));
/** What a correction may change: the session position, its question and when it was first rated stay. */
const correctedKeys = savedKeys.filter((key) => !['sessionId', 'position', 'questionId', 'answeredAt'].includes(key));

/** Saving ratings, prepared once per database. */
export function answerWrites(db: Database, progress: ProgressHooks, now: () => Date) {
  const session = db.prepare<{ id: number }, Pick<SessionRow, 'setup' | 'status'>>(
    'SELECT setup, status FROM practice_sessions WHERE id = @id',
  );
  const planned = db.prepare<{ sessionId: number; position: number }, { question_id: number; suggested_seconds: number }>(`
    SELECT sq.question_id, q.suggested_seconds FROM session_questions sq JOIN questions q ON q.id = sq.question_id
    WHERE sq.session_id = @sessionId AND sq.position = @position`);
  const storedAnswer = db.prepare<{ sessionId: number; position: number }, AnswerRow>(
    `SELECT ${answerTable.returning} FROM answers WHERE session_id = @sessionId AND position = @position`,
  );
  // A correction (a different confidence, a ticked box, an edited note) updates the same row;
  // answered_at keeps the moment it was first rated. RETURNING hands back the stored row, read
  // inside the save transaction (an autocommit write read with .get() could hide a failed commit).
  const upsert = db.prepare<Omit<AnswerRow, 'id' | 'review_confidence' | 'reviewed_at' | 'guided_confidence' | 'guided_at'>, AnswerRow>(`
    ${answerTable.insertSql(savedKeys)}
    ON CONFLICT (session_id, position) DO UPDATE SET
      ${answerTable
        .columnsOf(correctedKeys)
        .map((c) => `${c} = excluded.${c}`)
        .join(', ')}
    RETURNING ${answerTable.returning}`);
  const review = db.prepare<
    { sessionId: number; position: number; reviewConfidence: number | null; reviewedAt: string | null },
    AnswerRow
  >(`
    UPDATE answers SET review_confidence = @reviewConfidence, reviewed_at = @reviewedAt
    WHERE session_id = @sessionId AND position = @position AND skipped = 0
    RETURNING ${answerTable.returning}`);
  const guided = db.prepare<{ sessionId: number; position: number; guidedConfidence: number | null; guidedAt: string | null }, AnswerRow>(`
    UPDATE answers SET guided_confidence = @guidedConfidence, guided_at = @guidedAt
    WHERE session_id = @sessionId AND position = @position AND skipped = 0
    RETURNING ${answerTable.returning}`);

  const save = db.transaction((input: AnswerInput): SessionAnswer => {
    const owner = session.get({ id: input.sessionId });
    if (!owner) throw new AppError('not_found', 'There is no such practice session.');
    if (owner.status !== 'in_progress') throw new AppError('conflict', 'This session has ended, so its ratings can no longer change.');
    const where = { sessionId: input.sessionId, position: input.position };
    const question = planned.get(where);
    if (!question) throw new AppError('not_found', 'That session has no question at this position.');
    const setup = parseSetup(owner.setup);
    const limit = setup ? answerLimitMs(setup, question.suggested_seconds) : null;
    // Another window on this session may have rated this position since this one loaded it: merge, or refuse.
    const stored = storedAnswer.get(where);
    const write = mergeRating(stored ? answerTable.fromRow(stored) : null, input);
    const answer = answerTable.fromRow(
      upsert.get(
        answerTable.toRow({
          ...write,
          questionId: question.question_id,
          confidence: write.skipped ? null : write.confidence,
          timeLimitMs: limit,
          answeredAt: now().toISOString(),
        }),
      )!,
    );
    progress.applyAnswer(db, answer);
    return answer;
  });

  const saveReview = db.transaction((sessionId: number, position: number, reviewConfidence: number | null): SessionAnswer => {
    const at = now();
    const row = review.get({ sessionId, position, reviewConfidence, reviewedAt: reviewConfidence === null ? null : at.toISOString() });
    if (!row) throw new AppError('not_found', 'There is no rated answer at this position to re-rate.');
    const answer = answerTable.fromRow(row);
    progress.applyReview(db, answer.id, at);
    return answer;
  });

  const saveGuided = db.transaction((sessionId: number, position: number, guidedConfidence: number | null): SessionAnswer => {
    const guidedAt = guidedConfidence === null ? null : now().toISOString();
    const row = guided.get({ sessionId, position, guidedConfidence, guidedAt });
    if (!row) throw new AppError('not_found', 'There is no rated answer at this position to rate again.');
    return answerTable.fromRow(row);
  });

  return {
    save: (input: AnswerInput) => save(input),
    /** Keeps the blind rating and adds (or, with null, clears) the one given after replaying. */
    saveReview: (sessionId: number, position: number, reviewConfidence: number | null) => saveReview(sessionId, position, reviewConfidence),
    /**
     * Keeps the blind rating and adds (or, with null, clears) the one given after reading the guidance. Its own
     * fact: the review schedule and progress keep using the blind (or after-replay) rating.
     */
    saveGuided: (sessionId: number, position: number, guidedConfidence: number | null) => saveGuided(sessionId, position, guidedConfidence),
  };
}
export type AnswerWrites = ReturnType<typeof answerWrites>;
