import type { Database } from 'better-sqlite3';
import type { StarterBankFile } from '../../../../shared/domain/import-export/json-format';
import { askStarterKeys } from '../../../../shared/domain/banks';
import { emptyNotes } from '../../../../shared/domain/questions';
import type { FeatureDeps } from '../../feature-deps';
import { perDatabase } from '../questions/per-database';
import { insertQuestions, type QuestionInsert } from '../questions/question-writes';
import { bankQueries } from './bank-queries';
import { createBank } from './bank-writes';
import { starterBanks } from './starter-banks';

export interface SeedReport {
  banksAdded: number;
  questionsAdded: number;
}

const statements = perDatabase((db: Database) => ({
  seen: db.prepare<[], { key: string }>('SELECT key FROM starter_seen'),
  markSeen: db.prepare<{ key: string }>('INSERT OR IGNORE INTO starter_seen (key) VALUES (@key)'),
  bankByKey: db.prepare<{ key: string }, { id: number }>('SELECT id FROM banks WHERE starter_key = @key'),
  markAsk: db.prepare<{ id: number }>("UPDATE banks SET purpose = 'ask' WHERE id = @id"),
}));

/**
 * Adds the starter banks and questions this database has never seen, in one
 * transaction. Every key ever seeded is recorded, so running again (or a later
 * version with more starter questions) adds only new keys and never touches,
 * or brings back, anything the user edited, archived or deleted.
 */
export function seedStarterBanks(db: Database, files: readonly StarterBankFile[], now: Date): SeedReport {
  const s = statements(db);
  const report: SeedReport = { banksAdded: 0, questionsAdded: 0 };
  db.transaction(() => {
    const seen = new Set(s.seen.all().map((r) => r.key));
    const at = now.toISOString();
    for (const file of files) {
      const bankKey = `bank:${file.bank.key}`;
      let bankId: number | undefined;
      if (!seen.has(bankKey)) {
        // A bank of the user's with the same name gets the starter questions rather than a confusing twin.
        const existing = bankQueries(db).byName(file.bank.name);
        bankId =
          existing?.id ?? createBank(db, { name: file.bank.name, description: file.bank.description, starterKey: file.bank.key }, now).id;
        if (!existing) report.banksAdded++;
        // Questions to ask the interviewer are the user's to ask, not to answer: kept out of timed sessions.
        if (askStarterKeys.includes(file.bank.key)) s.markAsk.run({ id: bankId });
        s.markSeen.run({ key: bankKey });
      } else {
        bankId = s.bankByKey.get({ key: file.bank.key })?.id;
      }
      const rows: QuestionInsert[] = [];
      for (const q of file.questions) {
        if (seen.has(q.key)) continue;
        s.markSeen.run({ key: q.key });
        // The user deleted this starter bank: its new questions are not wanted either.
        if (bankId === undefined) continue;
        const { key, ...fields } = q;
        rows.push({ ...fields, bankId, notes: emptyNotes, starterKey: key, archivedAt: null, createdAt: at, updatedAt: at });
      }
      insertQuestions(db, rows);
      report.questionsAdded += rows.length;
    }
  })();
  return report;
}

/** Seeds the shipped starter banks; called once at start-up. */
export function seedStarterContent(deps: Pick<FeatureDeps, 'db' | 'now'>): SeedReport {
  return seedStarterBanks(deps.db, starterBanks(), deps.now());
}
