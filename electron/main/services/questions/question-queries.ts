import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { QuestionFacets } from '../../../../shared/domain/question-search';
import type { Question } from '../../../../shared/domain/questions';
import { perDatabase } from './per-database';
import { questionColumns, questionFromRow, type QuestionRow } from './question-rows';

const statements = perDatabase((db: Database) => ({
  byId: db.prepare<{ id: number }, QuestionRow>(
    `SELECT ${questionColumns} FROM questions q JOIN banks b ON b.id = q.bank_id WHERE q.id = @id`,
  ),
  byBank: db.prepare<{ bankId: number; includeArchived: 0 | 1 }, QuestionRow>(`
    SELECT ${questionColumns} FROM questions q JOIN banks b ON b.id = q.bank_id
    WHERE q.bank_id = @bankId AND (@includeArchived = 1 OR q.archived_at IS NULL)
    ORDER BY q.archived_at IS NOT NULL, q.id`),
  categories: db.prepare<[], { category: string }>(`
    SELECT DISTINCT q.category FROM questions q JOIN banks b ON b.id = q.bank_id
    WHERE q.archived_at IS NULL AND b.archived_at IS NULL AND q.category <> ''
    ORDER BY q.category COLLATE NOCASE`),
  tags: db.prepare<[], { tag: string }>(`
    SELECT DISTINCT t.value AS tag FROM questions q JOIN banks b ON b.id = q.bank_id, json_each(q.tags) t
    WHERE q.archived_at IS NULL AND b.archived_at IS NULL
    ORDER BY t.value`),
}));

/** The question with `id` (archived or not), or undefined. */
export function questionById(db: Database, id: number): Question | undefined {
  const row = statements(db).byId.get({ id });
  return row && questionFromRow(row);
}

/** The question with `id`, or a not_found error that says so. */
export function requireQuestion(db: Database, id: number): Question {
  const question = questionById(db, id);
  if (!question) throw new AppError('not_found', 'That question no longer exists.', [{ path: 'id', message: 'No such question' }]);
  return question;
}

/** A bank's questions in the order they were added; archived ones last, when asked for. */
export function questionsInBank(db: Database, bankId: number, includeArchived: boolean): Question[] {
  return statements(db)
    .byBank.all({ bankId, includeArchived: includeArchived ? 1 : 0 })
    .map(questionFromRow);
}

/** Categories and tags in use by active questions, for the search filters and the editor's suggestions. */
export function questionFacets(db: Database): QuestionFacets {
  const s = statements(db);
  return { categories: s.categories.all().map((r) => r.category), tags: s.tags.all().map((r) => r.tag) };
}
