import type { Database } from 'better-sqlite3';
import type { DueQuestion } from '../../../../shared/contract/progress';
import { endOfLocalDay } from '../../../../shared/domain/progress/calendar';
import { effectiveDueCte, effectiveDueOrder, effectiveDueParams } from './effective-due';

interface DueRow {
  question_id: number;
  text: string;
  category: string;
  bank_name: string;
  due: string;
  in_plan: number;
  never: number;
}

/**
 * The due queue as the Progress page lists it: live questions due by the end
 * of today — questions of an upcoming interview's plan first (never practised
 * first among them), then the most overdue.
 */
export function dueQuestionList(db: Database): (now: Date, limit: number) => DueQuestion[] {
  const due = db.prepare<{ caps: string; now: string; before: string; limit: number }, DueRow>(`
    WITH ${effectiveDueCte}
    SELECT e.question_id, q.text, q.category, b.name AS bank_name, e.due, e.in_plan, e.never
    FROM effective_due e JOIN questions q ON q.id = e.question_id JOIN banks b ON b.id = q.bank_id
    WHERE e.due < @before AND q.archived_at IS NULL AND b.archived_at IS NULL
    ORDER BY ${effectiveDueOrder} LIMIT @limit`);
  return (now, limit) =>
    due.all({ ...effectiveDueParams(db, now, endOfLocalDay(now)), limit }).map((r) => ({
      questionId: r.question_id,
      text: r.text,
      category: r.category,
      bankName: r.bank_name,
      due: r.due,
      inPlan: r.in_plan === 1,
      neverPractised: r.never === 1,
    }));
}
