import type { Database } from 'better-sqlite3';
import type { BankSummary } from '../../../../shared/domain/banks';
import { bankFromRow, type BankRow } from './bank-rows';

const selectBanks = `
  SELECT b.id, b.name, b.description, b.starter_key, b.archived_at, b.created_at, b.updated_at,
         (SELECT count(*) FROM questions q WHERE q.bank_id = b.id AND q.archived_at IS NULL) AS question_count
  FROM banks b
  WHERE @includeArchived = 1 OR b.archived_at IS NULL
  ORDER BY b.archived_at IS NOT NULL, b.name COLLATE NOCASE`;

/** Read-side queries over banks, prepared once per database. */
export function bankQueries(db: Database) {
  const list = db.prepare<{ includeArchived: 0 | 1 }, BankRow>(selectBanks);
  return {
    list(includeArchived: boolean): BankSummary[] {
      return list.all({ includeArchived: includeArchived ? 1 : 0 }).map(bankFromRow);
    },
  };
}
export type BankQueries = ReturnType<typeof bankQueries>;
