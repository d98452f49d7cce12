import { formatCount, mergedOverMaxMessage } from '../../../../shared/domain/limit-messages';
import type { Database } from 'better-sqlite3';
import { heldOnOf } from '../../../../shared/domain/reflection/interview-when';
import { AppError } from '../../../../shared/contract/result';
import {
  maxPlanQuestions,
  type Plan,
  type PlanQuestion,
  type PlanSource,
  type SavePlanInput,
} from '../../../../shared/domain/readiness/readiness';
import { mergeList } from '../../../../shared/domain/list-merge';

export interface PlanQuestionRow {
  question_id: number;
  text: string;
  category: string;
  tags: string;
  bank_name: string;
  source: PlanSource;
}

/** Tags are stored as a JSON array; anything else reads as no tags. */
export function tagsOf(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
}

export function planQuestionFromRow(row: PlanQuestionRow): PlanQuestion {
  return {
    questionId: row.question_id,
    text: row.text,
    category: row.category,
    tags: tagsOf(row.tags),
    bankName: row.bank_name,
    source: row.source,
  };
}

interface InterviewRow {
  id: number;
  company: string;
  role: string;
  held_at: string | null;
  held_on: string | null;
  job_description: string;
}

/** An interview's preparation plan: read and replace (issue 10, item 2). Archived questions stay out of view but keep their place. */
export function planStore(db: Database) {
  const interview = db.prepare<{ id: number }, InterviewRow>(
    'SELECT id, company, role, held_at, held_on, job_description FROM interviews WHERE id = @id',
  );
  const questions = db.prepare<{ id: number }, PlanQuestionRow>(`
    SELECT p.question_id, q.text, q.category, q.tags, b.name AS bank_name, p.source
    FROM interview_plan_questions p JOIN questions q ON q.id = p.question_id JOIN banks b ON b.id = q.bank_id
    WHERE p.interview_id = @id AND q.archived_at IS NULL AND b.archived_at IS NULL
    ORDER BY p.added_at, q.text COLLATE NOCASE, q.id`);
  const live = db.prepare<{ ids: string }, { id: number }>(`
    SELECT q.id FROM questions q JOIN banks b ON b.id = q.bank_id
    WHERE q.id IN (SELECT value FROM json_each(@ids)) AND q.archived_at IS NULL AND b.archived_at IS NULL`);
  const existing = db.prepare<{ id: number }, { question_id: number; added_at: string }>(
    'SELECT question_id, added_at FROM interview_plan_questions WHERE interview_id = @id',
  );
  const clear = db.prepare<{ id: number }>('DELETE FROM interview_plan_questions WHERE interview_id = @id');
  const insert = db.prepare<{ interviewId: number; questionId: number; source: PlanSource; addedAt: string }>(
    'INSERT INTO interview_plan_questions (interview_id, question_id, source, added_at) VALUES (@interviewId, @questionId, @source, @addedAt)',
  );

  function interviewRow(id: number): InterviewRow {
    const row = interview.get({ id });
    if (!row) throw new AppError('not_found', 'That interview is no longer in your log.');
    return row;
  }

  function get(interviewId: number): Plan {
    const row = interviewRow(interviewId);
    return {
      interviewId,
      company: row.company,
      role: row.role,
      heldAt: row.held_at,
      heldOn: heldOnOf(row.held_at, row.held_on),
      jobDescription: row.job_description,
      questions: questions.all({ id: interviewId }).map(planQuestionFromRow),
    };
  }

  return {
    get,
    /**
     * Replaces the plan with `input.questions` in one transaction. A question
     * already in the plan keeps the time it was added (the list's order).
     * Errors: not_found for an unknown interview; invalid_input naming the
     * position of a question that no longer exists or is archived — nothing is written then.
     */
    save(input: SavePlanInput, now: Date): Plan {
      return db.transaction(() => {
        interviewRow(input.interviewId);
        // Another window's additions and removals since this page's `base` are kept (shared/domain/list-merge).
        const stored = () => get(input.interviewId).questions.map(({ questionId, source }) => ({ questionId, source }));
        const questions = input.base ? mergeList(stored(), input.questions, input.base, (q) => q.questionId) : input.questions;
        if (questions.length > maxPlanQuestions)
          throw new AppError('conflict', mergedOverMaxMessage('The plan', maxPlanQuestions, questions.length), [
            // The stored list (theirs): the page shows it merged with this window's, so the user removes from all.
            {
              path: 'questions',
              message: `Remove ${formatCount(questions.length - maxPlanQuestions)}.`,
              saved: stored().map((q) => q.questionId),
            },
          ]);
        const ids = questions.map((q) => q.questionId);
        const found = new Set(live.all({ ids: JSON.stringify(ids) }).map((r) => r.id));
        const missing = questions.findIndex((q) => !found.has(q.questionId));
        if (missing >= 0) {
          throw new AppError('invalid_input', 'A question in the plan is no longer in your banks.', [
            {
              path: `questions.${missing}.questionId`,
              message: 'This question was deleted or archived: remove it from the plan, and the rest saves',
            },
          ]);
        }
        const addedAt = new Map(existing.all({ id: input.interviewId }).map((r) => [r.question_id, r.added_at]));
        clear.run({ id: input.interviewId });
        const stamp = now.toISOString();
        for (const q of questions) {
          insert.run({
            interviewId: input.interviewId,
            questionId: q.questionId,
            source: q.source,
            addedAt: addedAt.get(q.questionId) ?? stamp,
          });
        }
        return get(input.interviewId);
      })();
    },
  };
}
