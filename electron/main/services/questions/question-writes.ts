import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { bankDescriptionSchema, bankNameSchema } from '../../../../shared/domain/banks';
import {
  newQuestionSchema,
  type NewQuestionInput,
  type Question,
  type QuestionPatch,
  type StarNotes,
} from '../../../../shared/domain/questions';
import type { SaveOutcome, VersionedChanges } from '../../../../shared/domain/row-version';
import { refuseChangedElsewhere } from '../changed-elsewhere';
import { versionedSave } from '../versioned-save';
import { bankQueries } from '../banks/bank-queries';
import { assertBankWritable, createBank, restoreBank } from '../banks/bank-writes';
import { perDatabase } from './per-database';
import { requireQuestion } from './question-queries';
import { questionFromRow, type QuestionRecord, questionTable } from './question-rows';
import type { RowOf } from '../table-columns';

/** Everything the insert statement needs; also used by the importer and the starter seeding. */
export type QuestionInsert = Omit<QuestionRecord, 'id' | 'version'>;

// A new row starts at version 0 (the column's default); every UPDATE below raises it by one.
const insertKeys = Object.keys(questionTable.fields).filter((key) => key !== 'id' && key !== 'version') as (keyof QuestionInsert)[];
const insertColumns = questionTable.columns.filter((name) => name !== 'id' && name !== 'version');

const statements = perDatabase((db: Database) => {
  const insert = db.prepare<Omit<QuestionStored, 'id' | 'version'>, QuestionStored>(
    `${questionTable.insertSql(insertKeys)} RETURNING ${questionTable.returning}`,
  );
  // One statement for many rows: the FTS5 index then buffers the whole batch in memory. Row-by-row inserts
  // each open a statement savepoint (the sync trigger makes them multi-table writes), and FTS5 flushes its
  // buffer to disk at every savepoint, which makes a 10,000-question import several times slower.
  const insertMany = db.prepare<{ rows: string }>(`
    INSERT INTO questions (${insertColumns.join(', ')})
    SELECT ${insertColumns.map((_, i) => `r.value ->> ${i}`).join(', ')}
    FROM json_each(@rows) r ORDER BY r.key`);
  const returning = `RETURNING ${questionTable.returning}`;
  return {
    insertMany(questions: readonly QuestionInsert[]): void {
      const rows = questions.map((q) => {
        const row = questionTable.toRow(q) as Record<string, unknown>;
        return insertColumns.map((name) => row[name]);
      });
      if (rows.length > 0) insertMany.run({ rows: JSON.stringify(rows) });
    },
    insert: (q: QuestionInsert) => insert.get(questionTable.toRow(q))!,
    update: db.prepare<Record<string, unknown>, QuestionStored>(`
      UPDATE questions SET text = @text, category = @category, tags = @tags, difficulty = @difficulty,
        suggested_seconds = @suggested_seconds, guidance = @guidance, is_star = @is_star, updated_at = @updated_at,
        version = version + 1
      WHERE id = @id ${returning}`),
    // Only when the row still has the version the merge was made against (the caller's transaction holds it).
    saveNotes: db.prepare<Record<string, unknown>>(`
      UPDATE questions SET notes_situation = @notes_situation, notes_task = @notes_task, notes_action = @notes_action,
        notes_result = @notes_result, notes_free = @notes_free, updated_at = @updated_at, version = @version
      WHERE id = @id AND version = @version - 1`),
    move: db.prepare<{ id: number; bank_id: number; updated_at: string }, QuestionStored>(
      `UPDATE questions SET bank_id = @bank_id, updated_at = @updated_at, version = version + 1 WHERE id = @id ${returning}`,
    ),
    setArchived: db.prepare<{ id: number; archived_at: string | null; updated_at: string }, QuestionStored>(
      `UPDATE questions SET archived_at = @archived_at, updated_at = @updated_at, version = version + 1 WHERE id = @id ${returning}`,
    ),
  };
});

type QuestionStored = RowOf<typeof questionTable.fields>;

/** Inserts a fully validated question row (inside the caller's transaction) and returns the stored row. */
function insertQuestion(db: Database, question: QuestionInsert): QuestionStored {
  return statements(db).insert(question);
}

/** Inserts many validated question rows in one statement, in order; for imports and starter content. */
export function insertQuestions(db: Database, questions: readonly QuestionInsert[]): void {
  statements(db).insertMany(questions);
}

/**
 * Adds a question to an active bank. Validates like the IPC contract does
 * (text required, at most 2,000 characters; defaults for the rest), so other
 * features can call it directly. Throws invalid_input naming the field.
 */
export function createQuestion(db: Database, input: NewQuestionInput, now: Date): Question {
  const q = newQuestionSchema.parse(input);
  return db.transaction(() => {
    const bank = assertBankWritable(db, q.bankId, 'bankId');
    const at = now.toISOString();
    const row = insertQuestion(db, { ...q, starterKey: null, archivedAt: null, createdAt: at, updatedAt: at });
    return questionFromRow({ ...row, bank_name: bank.name });
  })();
}

const fieldLabels: Record<keyof QuestionPatch & string, string> = {
  text: 'The question',
  category: 'The category',
  tags: 'The tags',
  difficulty: 'The difficulty',
  suggestedSeconds: 'The suggested time',
  guidance: 'The guidance',
  star: 'The STAR setting',
};

/** The question, if it may be edited; otherwise a clear refusal. */
function requireEditable(db: Database, id: number): Question {
  const question = requireQuestion(db, id);
  if (question.archived) {
    throw new AppError('conflict', 'This question is archived. Restore it before editing.', [
      { path: 'id', message: 'This question is archived. Restore it before editing.' },
    ]);
  }
  const bank = bankQueries(db).byId(question.bankId);
  if (bank?.archived) {
    const message = `This question’s bank “${bank.name}” is archived. Restore the bank before editing.`;
    throw new AppError('conflict', message, [{ path: 'id', message }]);
  }
  return question;
}

export function updateQuestion(db: Database, id: number, patch: QuestionPatch, now: Date, base?: QuestionPatch): Question {
  return db.transaction(() => {
    const current = requireEditable(db, id);
    if (base) refuseChangedElsewhere<QuestionPatch>(current, patch, base, fieldLabels);
    const { text, category, tags, difficulty, suggestedSeconds, guidance, star } = { ...current, ...patch };
    const row = statements(db).update.get({
      id,
      ...questionTable.toRow({ text, category, tags, difficulty, suggestedSeconds, guidance, star, updatedAt: now.toISOString() }),
    })!;
    return questionFromRow({ ...row, bank_name: current.bankName });
  })();
}

/**
 * Saves the STAR and free notes the user changed, against the row version
 * the change was based on (merged or refused as a conflict, see
 * `versionedSave`); leaves every other field alone. Throws not_found /
 * conflict (archived) like every edit.
 */
export function saveNotes(db: Database, id: number, write: VersionedChanges<StarNotes>, now: Date): SaveOutcome<StarNotes> {
  return db.transaction(() => {
    const question = requireEditable(db, id);
    return versionedSave({ values: question.notes, version: question.version }, write, now, (notes, version, updatedAt) => {
      const changed = statements(db).saveNotes.run({ id, version, ...questionTable.toRow({ notes, updatedAt }) });
      // The read above and this write share one transaction, so the row cannot have moved on in between.
      if (changed.changes !== 1) throw new Error(`questions row ${id} changed during its own transaction`);
    });
  })();
}

export function moveQuestion(db: Database, id: number, bankId: number, now: Date): Question {
  return db.transaction(() => {
    const question = requireEditable(db, id);
    if (question.bankId === bankId) return question;
    const bank = assertBankWritable(db, bankId, 'bankId');
    const row = statements(db).move.get({ id, bank_id: bankId, updated_at: now.toISOString() })!;
    return questionFromRow({ ...row, bank_name: bank.name });
  })();
}

export function setQuestionArchived(db: Database, id: number, archived: boolean, now: Date): Question {
  return db.transaction(() => {
    const question = requireQuestion(db, id);
    if (question.archived === archived) return question;
    if (!archived) assertBankWritable(db, question.bankId, 'bankId');
    const at = now.toISOString();
    const row = statements(db).setArchived.get({ id, archived_at: archived ? at : null, updated_at: at })!;
    return questionFromRow({ ...row, bank_name: question.bankName });
  })();
}

/**
 * The id of the bank called `name` (ignoring case): created if missing,
 * restored if archived. Used by reflection to collect struggled questions.
 */
export function ensureBankNamed(db: Database, name: string, description: string, now: Date): number {
  const cleanName = bankNameSchema.parse(name);
  return db.transaction(() => {
    const existing = bankQueries(db).byName(cleanName);
    if (existing) {
      if (existing.archived) restoreBank(db, existing.id, now);
      return existing.id;
    }
    return createBank(db, { name: cleanName, description: bankDescriptionSchema.parse(description) }, now).id;
  })();
}

/** Re-exported so other features find the reads next to the writes they call. */
export { questionById } from './question-queries';
