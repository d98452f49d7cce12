import type { Database } from 'better-sqlite3';
import { AppError, fieldError } from '../../../../shared/contract/result';
import type { SessionSetup, SessionStatus } from '../../../../shared/domain/sessions';
import { orderQuestions, type ProgressRanking, questionMatcher } from './question-selection';

/** Starting and ending sessions, prepared once per database. */
export function sessionWrites(db: Database, ranking: ProgressRanking, now: () => Date) {
  const matcher = questionMatcher(db);
  const insertSession = db.prepare<{ setup: string; startedAt: string }>(
    "INSERT INTO practice_sessions (setup, status, started_at) VALUES (@setup, 'in_progress', @startedAt)",
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

  const create = db.transaction((setup: SessionSetup, questionIds: number[], startedAt: string): number => {
    // Only one session is ever unfinished: starting a new one ends any other.
    for (const { id } of unfinishedIds.all()) close.run({ id, endedAt: startedAt });
    const sessionId = Number(insertSession.run({ setup: JSON.stringify(setup), startedAt }).lastInsertRowid);
    questionIds.forEach((questionId, position) => insertItem.run({ sessionId, position, questionId }));
    return sessionId;
  });

  return {
    countMatching: (filter: Parameters<typeof matcher.ids>[0]) => matcher.ids(filter).length,

    /** Plans and stores a new session; returns its id. */
    start(setup: SessionSetup, explicitIds: number[] | undefined): number {
      const at = now();
      let ids: number[];
      if (explicitIds) {
        ids = matcher.liveOf(explicitIds);
        if (ids.length === 0)
          throw fieldError('questionIds', 'None of these questions can be practised any more: they were archived or deleted.');
      } else {
        const candidates = matcher.ids(setup);
        if (candidates.length === 0) throw fieldError('setup.bankIds', 'No questions match these banks, categories and tags.');
        ids = orderQuestions(candidates, setup.order, setup.count, ranking, at);
      }
      return create(setup, ids, at.toISOString());
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
