import type { Database } from 'better-sqlite3';
import type { DueQuestion } from '../../../../shared/contract/progress';
import { endOfLocalDay } from '../../../../shared/domain/progress/calendar';

interface DueRow {
  question_id: number;
  text: string;
  category: string;
  bank_name: string;
  due: string;
}

/** The due queue as the Progress page lists it: live questions due by the end of today, most overdue first. */
export function dueQuestionList(db: Database): (now: Date, limit: number) => DueQuestion[] {
  const due = db.prepare<{ before: string; limit: number }, DueRow>(`
    SELECT r.question_id, q.text, q.category, b.name AS bank_name, r.due
    FROM review_state r JOIN questions q ON q.id = r.question_id JOIN banks b ON b.id = q.bank_id
    WHERE r.due < @before AND q.archived_at IS NULL AND b.archived_at IS NULL
    ORDER BY r.due, r.question_id LIMIT @limit`);
  return (now, limit) =>
    due
      .all({ before: endOfLocalDay(now).toISOString(), limit })
      .map((r) => ({ questionId: r.question_id, text: r.text, category: r.category, bankName: r.bank_name, due: r.due }));
}
