import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { bankDescriptionSchema, bankNameSchema } from '../../../../shared/domain/banks';
import {
  emptyNotes,
  newQuestionSchema,
  type NewQuestionInput,
  type Question,
  type QuestionPatch,
  type StarNotes,
} from '../../../../shared/domain/questions';
import { bankQueries } from '../banks/bank-queries';
import { assertBankWritable, createBank, restoreBank } from '../banks/bank-writes';
import { perDatabase } from './per-database';
import { requireQuestion } from './question-queries';

/** Everything the insert statement needs; also used by the importer and the starter seeding. */
export interface QuestionInsert {
  bankId: number;
  text: string;
  category: string;
  tags: string[];
  difficulty: number;
  suggestedSeconds: number;
  guidance: string;
  star: boolean;
  notes: StarNotes;
  starterKey: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const statements = perDatabase((db: Database) => {
  const insert = db.prepare(`
    INSERT INTO questions (bank_id, text, category, tags, difficulty, suggested_seconds, guidance, is_star,
      notes_situation, notes_task, notes_action, notes_result, notes_free, starter_key, archived_at, created_at, updated_at)
    VALUES (@bankId, @text, @category, @tags, @difficulty, @suggestedSeconds, @guidance, @star,
      @situation, @task, @action, @result, @free, @starterKey, @archivedAt, @createdAt, @updatedAt)`);
  // One statement for many rows: the FTS5 index then buffers the whole batch in memory. Row-by-row inserts
  // each open a statement savepoint (the sync trigger makes them multi-table writes), and FTS5 flushes its
  // buffer to disk at every savepoint, which makes a 10,000-question import several times slower.
  const insertMany = db.prepare<{ rows: string }>(`
    INSERT INTO questions (bank_id, text, category, tags, difficulty, suggested_seconds, guidance, is_star,
      notes_situation, notes_task, notes_action, notes_result, notes_free, starter_key, archived_at, created_at, updated_at)
    SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, r.value ->> 6, r.value ->> 7,
      r.value ->> 8, r.value ->> 9, r.value ->> 10, r.value ->> 11, r.value ->> 12, r.value ->> 13, r.value ->> 14, r.value ->> 15, r.value ->> 16
    FROM json_each(@rows) r ORDER BY r.key`);
  return {
    insertMany(questions: readonly QuestionInsert[]): void {
      const rows = questions.map((q) => [
        q.bankId,
        q.text,
        q.category,
        JSON.stringify(q.tags),
        q.difficulty,
        q.suggestedSeconds,
        q.guidance,
        q.star ? 1 : 0,
        q.notes.situation,
        q.notes.task,
        q.notes.action,
        q.notes.result,
        q.notes.free,
        q.starterKey,
        q.archivedAt,
        q.createdAt,
        q.updatedAt,
      ]);
      if (rows.length > 0) insertMany.run({ rows: JSON.stringify(rows) });
    },
    insert(q: QuestionInsert): number {
      const { notes, ...rest } = q;
      const { lastInsertRowid } = insert.run({ ...rest, ...notes, tags: JSON.stringify(q.tags), star: q.star ? 1 : 0 });
      return Number(lastInsertRowid);
    },
    update: db.prepare<Record<string, unknown>>(`
      UPDATE questions SET text = @text, category = @category, tags = @tags, difficulty = @difficulty,
        suggested_seconds = @suggestedSeconds, guidance = @guidance, is_star = @star, updated_at = @now
      WHERE id = @id`),
    saveNotes: db.prepare<StarNotes & { id: number; now: string }>(`
      UPDATE questions SET notes_situation = @situation, notes_task = @task, notes_action = @action,
        notes_result = @result, notes_free = @free, updated_at = @now
      WHERE id = @id`),
    move: db.prepare<{ id: number; bankId: number; now: string }>(
      'UPDATE questions SET bank_id = @bankId, updated_at = @now WHERE id = @id',
    ),
    setArchived: db.prepare<{ id: number; archivedAt: string | null; now: string }>(
      'UPDATE questions SET archived_at = @archivedAt, updated_at = @now WHERE id = @id',
    ),
  };
});

/** Inserts a fully validated question row and returns its id. */
export function insertQuestion(db: Database, question: QuestionInsert): number {
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
  assertBankWritable(db, q.bankId, 'bankId');
  const at = now.toISOString();
  const id = insertQuestion(db, { ...q, notes: q.notes ?? emptyNotes, starterKey: null, archivedAt: null, createdAt: at, updatedAt: at });
  return requireQuestion(db, id);
}

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

export function updateQuestion(db: Database, id: number, patch: QuestionPatch, now: Date): Question {
  return db.transaction(() => {
    const current = requireEditable(db, id);
    const next = { ...current, ...patch };
    statements(db).update.run({
      id,
      text: next.text,
      category: next.category,
      tags: JSON.stringify(next.tags),
      difficulty: next.difficulty,
      suggestedSeconds: next.suggestedSeconds,
      guidance: next.guidance,
      star: next.star ? 1 : 0,
      now: now.toISOString(),
    });
    return requireQuestion(db, id);
  })();
}

/** Saves the user's STAR and free notes; leaves every other field alone. Returns when it was saved. */
export function saveNotes(db: Database, id: number, notes: StarNotes, now: Date): { updatedAt: string } {
  return db.transaction(() => {
    requireEditable(db, id);
    const at = now.toISOString();
    statements(db).saveNotes.run({ id, ...notes, now: at });
    return { updatedAt: at };
  })();
}

export function moveQuestion(db: Database, id: number, bankId: number, now: Date): Question {
  return db.transaction(() => {
    const question = requireEditable(db, id);
    if (question.bankId === bankId) return question;
    assertBankWritable(db, bankId, 'bankId');
    statements(db).move.run({ id, bankId, now: now.toISOString() });
    return requireQuestion(db, id);
  })();
}

export function setQuestionArchived(db: Database, id: number, archived: boolean, now: Date): Question {
  return db.transaction(() => {
    const question = requireQuestion(db, id);
    if (question.archived === archived) return question;
    if (!archived) assertBankWritable(db, question.bankId, 'bankId');
    statements(db).setArchived.run({ id, archivedAt: archived ? now.toISOString() : null, now: now.toISOString() });
    return requireQuestion(db, id);
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
