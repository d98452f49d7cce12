import { difficulties, type Question } from '../../../../shared/domain/questions';
import { column, defineTable, type RecordOf, type RowOf } from '../table-columns';

function parseTags(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * The `questions` table: the stored fields of `questionSchema` (archived kept
 * as the time it happened). The full-text index is kept by triggers.
 */
export const questionTable = defineTable('questions', 'q', {
  id: column.integer('id'),
  bankId: column.integer('bank_id'),
  text: column.text('text'),
  category: column.text('category'),
  tags: column.json('tags', parseTags),
  // The table's CHECK keeps difficulty within 1–3.
  difficulty: column.integerOf('difficulty', difficulties),
  suggestedSeconds: column.integer('suggested_seconds'),
  guidance: column.text('guidance'),
  star: column.flag('is_star'),
  notes: column.group({
    situation: column.text('notes_situation'),
    task: column.text('notes_task'),
    action: column.text('notes_action'),
    result: column.text('notes_result'),
    free: column.text('notes_free'),
  }),
  starterKey: column.textOrNull('starter_key'),
  archivedAt: column.textOrNull('archived_at'),
  createdAt: column.text('created_at'),
  updatedAt: column.text('updated_at'),
  version: column.integer('version'),
});

/** A stored question, as its row holds it. */
export type QuestionRecord = RecordOf<typeof questionTable.fields>;
/** A `questions` row joined with its bank's name, as SQLite returns it. */
export type QuestionRow = RowOf<typeof questionTable.fields> & { bank_name: string };

/** The columns every question query selects (`FROM questions q JOIN banks b`), so one mapper serves them all. */
export const questionColumns = `${questionTable.select}, b.name AS bank_name`;

/** The record as the app shows it: archived as a flag, with its bank's name. */
export function questionFromRow(row: QuestionRow): Question {
  const { archivedAt, ...stored } = questionTable.fromRow(row);
  return { ...stored, bankName: row.bank_name, archived: archivedAt !== null };
}
