import type { Difficulty, Question } from '../../../../shared/domain/questions';

/** A `questions` row joined with its bank's name, as SQLite returns it. */
export interface QuestionRow {
  id: number;
  bank_id: number;
  bank_name: string;
  text: string;
  category: string;
  tags: string;
  difficulty: number;
  suggested_seconds: number;
  guidance: string;
  is_star: number;
  notes_situation: string;
  notes_task: string;
  notes_action: string;
  notes_result: string;
  notes_free: string;
  starter_key: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The columns every question query selects, so one mapper serves them all. */
export const questionColumns = `
  q.id, q.bank_id, b.name AS bank_name, q.text, q.category, q.tags, q.difficulty, q.suggested_seconds,
  q.guidance, q.is_star, q.notes_situation, q.notes_task, q.notes_action, q.notes_result, q.notes_free,
  q.starter_key, q.archived_at, q.created_at, q.updated_at`;

function parseTags(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

export function questionFromRow(row: QuestionRow): Question {
  return {
    id: row.id,
    bankId: row.bank_id,
    bankName: row.bank_name,
    text: row.text,
    category: row.category,
    tags: parseTags(row.tags),
    // The table's CHECK keeps difficulty within 1–3.
    difficulty: row.difficulty as Difficulty,
    suggestedSeconds: row.suggested_seconds,
    guidance: row.guidance,
    star: row.is_star === 1,
    notes: {
      situation: row.notes_situation,
      task: row.notes_task,
      action: row.notes_action,
      result: row.notes_result,
      free: row.notes_free,
    },
    starterKey: row.starter_key,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
