import type { Database } from 'better-sqlite3';
import {
  type MockConfidence,
  type RatedAnswer,
  recentAnswerWindow,
  summariseConfidence,
} from '../../../../shared/domain/reflection/mock-confidence';

/** The user's latest mock-interview confidence, read straight from the answers they rated. */
export function mockConfidenceQuery(db: Database) {
  const recent = db.prepare<{ limit: number }, RatedAnswer>(`
    SELECT a.confidence, q.category
    FROM answers a JOIN questions q ON q.id = a.question_id
    WHERE a.skipped = 0 AND a.confidence IS NOT NULL
    ORDER BY a.answered_at DESC, a.id DESC
    LIMIT @limit`);
  return {
    recent(limit = recentAnswerWindow): MockConfidence {
      return summariseConfidence(recent.all({ limit }));
    },
  };
}
