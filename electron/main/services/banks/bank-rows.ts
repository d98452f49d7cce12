import type { BankPurpose, BankSummary } from '../../../../shared/domain/banks';

/** A `banks` row joined with its live question count, as SQLite returns it. */
export interface BankRow {
  id: number;
  name: string;
  description: string;
  starter_key: string | null;
  purpose: BankPurpose;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  question_count: number;
}

export function bankFromRow(row: BankRow): BankSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    starterKey: row.starter_key,
    purpose: row.purpose,
    questionCount: row.question_count,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
