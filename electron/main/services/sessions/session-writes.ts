import type { Database } from 'better-sqlite3';
import { AppError, fieldError } from '../../../../shared/contract/result';
import type { SessionOrigin, SessionSetup, SessionStatus } from '../../../../shared/domain/sessions';
import { orderQuestions, type ProgressRanking, questionMatcher } from './question-selection';

/** Starting and ending sessions, prepared once per database. */
export function sessionWrites(db: Database, ranking: ProgressRanking, now: () => Date) {
  const matcher = questionMatcher(db);
  const insertSession = db.prepare<{ setup: string; startedAt: string; origin: SessionOrigin }>(
    "INSERT INTO practice_sessions (setup, status, started_at, origin) VALUES (@setup, 'in_progress', @startedAt, @origin)",
  );
  const insertItem = db.prepare<{ sessionId: number; position: number; questionId: number }>(
    'INSERT INTO session_questions (session_id, position, question_id) VALUES (@sessionId, @position, @questionId)',
  );
  const statusOf = db.prepare<{ id: number }, { status: SessionStatus }>('SELECT status FROM practice_sessions WHERE id = @id');
  const unfinishedIds = db.prepare<[], { id: number }>("SELECT id FROM practice_sessions WHERE status = 'in_progress'");
  // A session with nothing answered has nothing to show, so ending it abandons it.
  const close = db.prepare<{ id: number; endedAt: string }>(`
    UPDATE practice_sessions
    SET status = CASE WHEN EXISTS (SELECT 1 FROM answers a WHERE a.session_id = @id) THEN 'completed' ELSE 'abandoned' END,
        ended_at = @endedAt
    WHERE id = @id AND status = 'in_progress'`);

  const create = db.transaction((setup: SessionSetup, questionIds: number[], startedAt: string, origin: SessionOrigin): number => {
    // Only one session is ever unfinished: starting a new one ends any other.
    for (const { id } of unfinishedIds.all()) close.run({ id, endedAt: startedAt });
    const sessionId = Number(insertSession.run({ setup: JSON.stringify(setup), startedAt, origin }).lastInsertRowid);
    questionIds.forEach((questionId, position) => insertItem.run({ sessionId, position, questionId }));
    return sessionId;
  });

  return {
    countMatching: (filter: Parameters<typeof matcher.ids>[0]) => matcher.ids(filter).length,

    /**
     * Plans and stores a new session; returns its id. `origin` defaults to 'own' for a set-up and to 'picked'
     * for a list of ids, so only the user's own set-ups are remembered for "Same again?".
     */
    start(setup: SessionSetup, explicitIds: number[] | undefined, origin?: SessionOrigin): number {
      const at = now();
      let ids: number[];
      if (explicitIds) {
        ids = matcher.liveOf(explicitIds, setup.includeQuestionsToAsk);
        if (ids.length === 0)
          throw fieldError(
            'questionIds',
            'None of these questions can be practised any more: they were archived or deleted, or are questions to ask the interviewer.',
          );
      } else {
        const candidates = matcher.ids(setup);
        if (candidates.length === 0) throw fieldError('setup.bankIds', 'No questions match these banks, categories and tags.');
        ids = orderQuestions(candidates, setup.order, setup.count, ranking, at);
      }
      return create(setup, ids, at.toISOString(), origin ?? (explicitIds ? 'picked' : 'own'));
    },

    /** Ends a session (idempotent) and says how it ended. */
    end(id: number): SessionStatus {
      close.run({ id, endedAt: now().toISOString() });
      const row = statusOf.get({ id });
      if (!row) throw new AppError('not_found', 'There is no such practice session.');
      return row.status;
    },
  };
}
export type SessionWrites = ReturnType<typeof sessionWrites>;
