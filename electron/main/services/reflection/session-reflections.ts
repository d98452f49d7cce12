import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { SessionReflection } from '../../../../shared/domain/reflection/session-reflection';
import { type ReflectionRow, sessionReflectionFromRow } from './rows';

type SessionRow = Pick<ReflectionRow, 'went_well' | 'to_improve' | 'practise_next' | 'updated_at'>;

export interface SessionReflectionInput {
  sessionId: number;
  wentWell: string;
  toImprove: string;
  practiseNext: string;
}

/** The short reflection that closes a mock interview, stored as a `reflections` row keyed by session. */
export function sessionReflections(db: Database) {
  const sessionExists = db.prepare<{ sessionId: number }, { one: 1 }>('SELECT 1 AS one FROM practice_sessions WHERE id = @sessionId');
  const select = db.prepare<{ sessionId: number }, SessionRow>(
    'SELECT went_well, to_improve, practise_next, updated_at FROM reflections WHERE session_id = @sessionId',
  );
  const upsert = db.prepare<SessionReflectionInput & { now: string }, SessionRow>(`
    INSERT INTO reflections (session_id, went_well, to_improve, practise_next, created_at, updated_at)
    VALUES (@sessionId, @wentWell, @toImprove, @practiseNext, @now, @now)
    ON CONFLICT (session_id) DO UPDATE SET
      went_well = excluded.went_well, to_improve = excluded.to_improve,
      practise_next = excluded.practise_next, updated_at = excluded.updated_at, version = version + 1
    RETURNING went_well, to_improve, practise_next, updated_at`);

  function requireSession(sessionId: number): void {
    if (!sessionExists.get({ sessionId })) throw new AppError('not_found', `Practice session ${sessionId} does not exist.`);
  }

  return {
    get(sessionId: number): SessionReflection | null {
      requireSession(sessionId);
      const row = select.get({ sessionId });
      return row ? sessionReflectionFromRow(row) : null;
    },
    save(input: SessionReflectionInput, now: Date): SessionReflection {
      return db.transaction(() => {
        requireSession(input.sessionId);
        return sessionReflectionFromRow(upsert.get({ ...input, now: now.toISOString() })!);
      })();
    },
  };
}
