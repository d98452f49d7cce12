import type { Database } from 'better-sqlite3';
import { AppError, fieldError } from '../../../../shared/contract/result';
import type { BankDeletionImpact, BankPurpose, BankRemoval, BankSummary } from '../../../../shared/domain/banks';
import { perDatabase } from '../questions/per-database';
import { bankQueries, requireBank } from './bank-queries';
import { refuseChangedElsewhere } from '../changed-elsewhere';

const statements = perDatabase((db: Database) => ({
  insert: db.prepare<{ name: string; description: string; starterKey: string | null; purpose: BankPurpose; now: string }>(
    'INSERT INTO banks (name, description, starter_key, purpose, created_at, updated_at) VALUES (@name, @description, @starterKey, @purpose, @now, @now)',
  ),
  setPurpose: db.prepare<{ id: number; purpose: BankPurpose; now: string }>(
    'UPDATE banks SET purpose = @purpose, updated_at = @now WHERE id = @id',
  ),
  rename: db.prepare<{ id: number; name: string; now: string }>('UPDATE banks SET name = @name, updated_at = @now WHERE id = @id'),
  describe: db.prepare<{ id: number; description: string; now: string }>(
    'UPDATE banks SET description = @description, updated_at = @now WHERE id = @id',
  ),
  setArchived: db.prepare<{ id: number; archivedAt: string | null; now: string }>(
    'UPDATE banks SET archived_at = @archivedAt, updated_at = @now WHERE id = @id',
  ),
  history: db.prepare<{ id: number }, { questions: number; answers: number; planned: number }>(`
    SELECT
      (SELECT count(*) FROM questions WHERE bank_id = @id AND archived_at IS NULL) AS questions,
      (SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id WHERE q.bank_id = @id) AS answers,
      (SELECT count(*) FROM session_questions s JOIN questions q ON q.id = s.question_id WHERE q.bank_id = @id) AS planned`),
  deleteQuestions: db.prepare<{ id: number }>('DELETE FROM questions WHERE bank_id = @id'),
  deleteBank: db.prepare<{ id: number }>('DELETE FROM banks WHERE id = @id'),
}));

/** Refuses a name another bank already has (ignoring case), at the `name` field. */
function assertNameFree(db: Database, name: string, exceptId: number | null): void {
  const clash = bankQueries(db).byName(name);
  if (!clash || clash.id === exceptId) return;
  throw new AppError('conflict', `A bank called “${clash.name}” already exists.`, [
    {
      path: 'name',
      message: clash.archived
        ? `An archived bank is already called “${clash.name}”. Restore it, or choose another name.`
        : `A bank called “${clash.name}” already exists. Choose another name.`,
    },
  ]);
}

export interface NewBank {
  name: string;
  description: string;
  starterKey?: string | null;
  /** Default 'answer'. */
  purpose?: BankPurpose;
}

/** Creates a bank; `name` and `description` must already be trimmed and within limits (the contract schemas do that). */
export function createBank(db: Database, bank: NewBank, now: Date): BankSummary {
  assertNameFree(db, bank.name, null);
  const { lastInsertRowid } = statements(db).insert.run({
    name: bank.name,
    description: bank.description,
    starterKey: bank.starterKey ?? null,
    purpose: bank.purpose ?? 'answer',
    now: now.toISOString(),
  });
  return requireBank(db, Number(lastInsertRowid));
}

type BankPatch = { name?: string; description?: string; purpose?: BankPurpose };
const bankLabels: Record<keyof BankPatch, string> = { name: 'The name', description: 'The description', purpose: 'What the bank is for' };

/**
 * Renames, re-describes or re-purposes a bank in one transaction. Purpose 'ask' takes its questions out of every
 * session unless a set-up includes questions to ask (services/sessions/question-selection.ts reads the column),
 * and offers them on an interview's "my questions to ask" list; 'answer' does the opposite.
 */
export function updateBank(db: Database, id: number, patch: BankPatch, now: Date, base?: BankPatch): BankSummary {
  return db.transaction(() => {
    const bank = requireBank(db, id);
    if (base) refuseChangedElsewhere<BankPatch>(bank, patch, base, bankLabels);
    const at = now.toISOString();
    if (patch.name !== undefined && patch.name !== bank.name) {
      assertNameFree(db, patch.name, id);
      statements(db).rename.run({ id, name: patch.name, now: at });
    }
    if (patch.description !== undefined && patch.description !== bank.description) {
      statements(db).describe.run({ id, description: patch.description, now: at });
    }
    if (patch.purpose !== undefined && patch.purpose !== bank.purpose) {
      statements(db).setPurpose.run({ id, purpose: patch.purpose, now: at });
    }
    return requireBank(db, id);
  })();
}

export function bankDeletionImpact(db: Database, id: number): BankDeletionImpact {
  const bank = requireBank(db, id);
  const { questions, answers, planned } = statements(db).history.get({ id })!;
  const isLastActive = !bank.archived && bankQueries(db).activeCount() <= 1;
  let refusal: string | null = null;
  if (bank.archived) refusal = 'This bank is already archived. Restore it to use it again.';
  else if (isLastActive) refusal = 'This is your only bank. Create another bank before deleting this one.';
  return { bankId: id, questionCount: questions, answerCount: answers, action: answers + planned > 0 ? 'archive' : 'delete', refusal };
}

function isForeignKeyError(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * Deletes a bank and its questions, or archives it when anything refers to its
 * questions (practice answers, planned sessions, or other features' rows), so
 * no history is ever lost. Refuses to remove the last active bank.
 */
export function removeBank(db: Database, id: number, now: Date): BankRemoval {
  const impact = bankDeletionImpact(db, id);
  if (impact.refusal) throw new AppError('conflict', impact.refusal, [{ path: 'id', message: impact.refusal }]);
  const s = statements(db);
  const archive = (): BankRemoval => {
    s.setArchived.run({ id, archivedAt: now.toISOString(), now: now.toISOString() });
    return { bankId: id, outcome: 'archived' };
  };
  if (impact.action === 'archive') return archive();
  try {
    return db.transaction((): BankRemoval => {
      s.deleteQuestions.run({ id });
      s.deleteBank.run({ id });
      return { bankId: id, outcome: 'deleted' };
    })();
  } catch (error) {
    // Another feature's table refers to one of these questions: keep them, archive instead.
    if (isForeignKeyError(error)) return archive();
    throw error;
  }
}

export function restoreBank(db: Database, id: number, now: Date): BankSummary {
  const bank = requireBank(db, id);
  if (!bank.archived) return bank;
  statements(db).setArchived.run({ id, archivedAt: null, now: now.toISOString() });
  return requireBank(db, id);
}

/** Rejects writes into a bank that is archived, at `field`. */
export function assertBankWritable(db: Database, id: number, field: string): BankSummary {
  const bank = requireBank(db, id);
  if (bank.archived) throw fieldError(field, `The bank “${bank.name}” is archived. Restore it before adding or moving questions into it.`);
  return bank;
}

export interface BankInsert {
  name: string;
  description: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const insertWithTimes = perDatabase((db: Database) =>
  db.prepare<BankInsert>(
    'INSERT INTO banks (name, description, archived_at, created_at, updated_at) VALUES (@name, @description, @archivedAt, @createdAt, @updatedAt)',
  ),
);

/** Inserts a bank exactly as given (the importer keeps a file's timestamps); the caller has checked the name is free. */
export function insertBankRow(db: Database, bank: BankInsert): number {
  return Number(insertWithTimes(db).run(bank).lastInsertRowid);
}
