import type { Database } from 'better-sqlite3';
import type { ImportBank, ImportDocument } from '../../../../shared/domain/import-export/document';
import { mergeImportedNotes, type NotesMerge } from '../../../../shared/domain/import-export/merge-notes';
import { duplicateKey, type StarNotes } from '../../../../shared/domain/questions';
import { foldKey } from '../../../../shared/domain/text-rules';
import type { BankSummary } from '../../../../shared/domain/banks';
import { bankQueries } from '../banks/bank-queries';
import { perDatabase } from '../questions/per-database';

// What an import would do to each bank, shared by the preview and the write: the bank it lands in, the
// questions that duplicate one already there, and the notes those duplicates could fill in.

interface QuestionHere {
  id: number;
  text: string;
  notes_situation: string;
  notes_task: string;
  notes_action: string;
  notes_result: string;
  notes_free: string;
}
const questionsInBank = perDatabase((db: Database) =>
  db.prepare<{ bankId: number }, QuestionHere>(
    'SELECT id, text, notes_situation, notes_task, notes_action, notes_result, notes_free FROM questions WHERE bank_id = @bankId',
  ),
);
const notesOf = (q: QuestionHere): StarNotes => ({
  situation: q.notes_situation,
  task: q.notes_task,
  action: q.notes_action,
  result: q.notes_result,
  free: q.notes_free,
});

export interface PlannedBank {
  source: ImportBank;
  target: BankSummary | undefined;
  /** Indexes into source.questions that duplicate a question already in the bank or earlier in the file. */
  duplicates: Set<number>;
  /** Duplicates of a question already here whose notes the file could fill in: that question's id and its merged notes. */
  notes: { id: number; merge: NotesMerge }[];
}

/** Banks of the same name (ignoring case) in one file become one, as they would in the database. */
function mergeSameName(banks: readonly ImportBank[]): ImportBank[] {
  const byName = new Map<string, ImportBank>();
  for (const bank of banks) {
    const key = foldKey(bank.name);
    const seen = byName.get(key);
    if (seen) seen.questions = [...seen.questions, ...bank.questions];
    else byName.set(key, { ...bank });
  }
  return [...byName.values()];
}

export function plan(db: Database, doc: ImportDocument): PlannedBank[] {
  const queries = bankQueries(db);
  return mergeSameName(doc.banks).map((source) => {
    const target = queries.byName(source.name);
    const here = new Map((target ? questionsInBank(db).all({ bankId: target.id }) : []).map((q) => [duplicateKey(q.text), q]));
    const known = new Set(here.keys());
    const duplicates = new Set<number>();
    const notes: PlannedBank['notes'] = [];
    const merging = new Set<number>();
    source.questions.forEach((q, i) => {
      const key = duplicateKey(q.text);
      if (!known.has(key)) return void known.add(key);
      duplicates.add(i);
      const existing = here.get(key);
      if (!existing || merging.has(existing.id)) return;
      const merge = mergeImportedNotes(notesOf(existing), q.notes);
      if (!merge.fills && !merge.differs) return;
      merging.add(existing.id);
      notes.push({ id: existing.id, merge });
    });
    return { source, target, duplicates, notes };
  });
}
