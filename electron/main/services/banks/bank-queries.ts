import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { BankSummary } from '../../../../shared/domain/banks';
import { foldKey } from '../../../../shared/domain/text-rules';
import { perDatabase } from '../questions/per-database';
import { bankFromRow, type BankRow } from './bank-rows';

const bankColumns = `
  b.id, b.name, b.description, b.starter_key, b.purpose, b.archived_at, b.created_at, b.updated_at,
  (SELECT count(*) FROM questions q WHERE q.bank_id = b.id AND q.archived_at IS NULL) AS question_count`;

/** Read-side queries over banks, prepared once per database. */
export const bankQueries = perDatabase((db: Database) => {
  const list = db.prepare<{ includeArchived: 0 | 1 }, BankRow>(`
    SELECT ${bankColumns} FROM banks b
    WHERE @includeArchived = 1 OR b.archived_at IS NULL
    ORDER BY b.archived_at IS NOT NULL, b.name COLLATE NOCASE`);
  const byId = db.prepare<{ id: number }, BankRow>(`SELECT ${bankColumns} FROM banks b WHERE b.id = @id`);
  const names = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM banks');
  const activeCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM banks WHERE archived_at IS NULL');
  return {
    list(includeArchived: boolean): BankSummary[] {
      return list.all({ includeArchived: includeArchived ? 1 : 0 }).map(bankFromRow);
    },
    byId(id: number): BankSummary | undefined {
      const row = byId.get({ id });
      return row && bankFromRow(row);
    },
    /**
     * The bank called `name` as people read it (the text rules' foldKey: Unicode case, composed or
     * combining accents and spacing aside), archived or not. Compared in JS because SQLite's NOCASE
     * folds ASCII only; the list of banks is small.
     */
    byName(name: string): BankSummary | undefined {
      const key = foldKey(name);
      const hit = names.all().find((row) => foldKey(row.name) === key);
      const row = hit && byId.get({ id: hit.id });
      return row && bankFromRow(row);
    },
    activeCount(): number {
      return activeCount.get()!.n;
    },
  };
});
export type BankQueries = ReturnType<typeof bankQueries>;

/** The bank with `id`, or a not_found error that says so. */
export function requireBank(db: Database, id: number): BankSummary {
  const bank = bankQueries(db).byId(id);
  if (!bank)
    throw new AppError('not_found', 'That bank no longer exists. It may have been deleted.', [{ path: 'bankId', message: 'No such bank' }]);
  return bank;
}
