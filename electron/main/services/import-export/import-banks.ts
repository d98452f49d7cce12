import type { Database } from 'better-sqlite3';
import type { ImportDocument } from '../../../../shared/domain/import-export/document';
import type { ImportResult } from '../../../../shared/domain/import-export/transfer';
import type { StarNotes } from '../../../../shared/domain/questions';
import { insertBankRow, restoreBank } from '../banks/bank-writes';
import { perDatabase } from '../questions/per-database';
import { insertQuestions, type QuestionInsert } from '../questions/question-writes';
import { withBulkIndexing } from '../questions/bulk-indexing';
import { importStories } from '../stories/story-transfer';
import { noReport, type JobReport } from '../../events/job-report';
import { yieldToEventLoop } from '../data/archive-format';
import { plan } from './import-plan';
import { checkSkippedRows, type ImportChoices, type ImportFile, readImportFile } from './import-read';

const saveNotesRow = perDatabase((db: Database) =>
  db.prepare<StarNotes & { id: number; now: string }>(`
    UPDATE questions SET notes_situation = @situation, notes_task = @task, notes_action = @action, notes_result = @result,
      notes_free = @free, updated_at = @now
    WHERE id = @id`),
);

/**
 * Imports a file in one transaction: banks that do not exist are created
 * (keeping the file's timestamps and archived state), archived banks of the
 * same name are restored, and questions are added — duplicates skipped or kept
 * as asked. With duplicates skipped and `notes: 'bring'`, the notes of a skipped
 * question fill the empty note parts of the one already here (never overwriting
 * a part written here; see mergeImportedNotes). Any invalid row means nothing is
 * written, not even the backup, unless `skipRows` names exactly the invalid rows (checkSkippedRows).
 */
export async function commitImport(
  db: Database,
  file: ImportFile & ImportChoices,
  now: Date,
  /** Runs once the file has parsed and validated, before anything is written (the pre-import backup). */
  beforeWrite: () => void = () => undefined,
  report: JobReport = noReport,
): Promise<ImportResult> {
  // The job starts at its 'questions' step (reading and checking the rows), cancellable.
  const { doc } = readImportFile(file);
  // The preview is not trusted: the rows left out are those this reading finds bad, and must be those the user saw.
  checkSkippedRows(file, doc);
  // Reading and checking wrote nothing: a cancel that arrived meanwhile stops here.
  await yieldToEventLoop();
  report.checkpoint();
  report.commit();
  report.step('backing-up');
  beforeWrite();
  report.step(
    'adding',
    doc.banks.reduce((n, b) => n + b.questions.length, 0),
  );
  return writeImport(db, doc, file, now);
}

/** Writes a read and validated document (see commitImport) in one transaction. */
export function writeImport(db: Database, doc: ImportDocument, file: ImportChoices, now: Date): ImportResult {
  const at = now.toISOString();
  return withBulkIndexing(db, (): ImportResult => {
    const result: ImportResult = { banksCreated: 0, banksRestored: 0, questionsAdded: 0, duplicatesSkipped: 0, notesBrought: 0, banks: [] };
    for (const { source, target, duplicates, notes } of plan(db, doc)) {
      if (file.duplicates === 'skip' && file.notes === 'bring') {
        for (const { id, merge } of notes.filter((m) => m.merge.fills)) {
          saveNotesRow(db).run({ id, ...merge.merged, now: at });
          result.notesBrought++;
        }
      }
      let bankId: number;
      if (!target) {
        const updatedAt = source.updatedAt ?? at;
        bankId = insertBankRow(db, {
          name: source.name,
          description: source.description,
          archivedAt: source.archived ? updatedAt : null,
          createdAt: source.createdAt ?? at,
          updatedAt,
        });
        result.banksCreated++;
      } else {
        bankId = target.id;
        if (target.archived && !source.archived) {
          restoreBank(db, bankId, now);
          result.banksRestored++;
        }
      }
      result.banks.push({ id: bankId, name: target?.name ?? source.name });
      const rows: QuestionInsert[] = [];
      source.questions.forEach((q, i) => {
        if (file.duplicates === 'skip' && duplicates.has(i)) {
          result.duplicatesSkipped++;
          return;
        }
        const updatedAt = q.updatedAt ?? at;
        rows.push({
          ...q,
          bankId,
          starterKey: null,
          archivedAt: q.archived ? updatedAt : null,
          createdAt: q.createdAt ?? at,
          updatedAt,
        });
      });
      insertQuestions(db, rows);
      result.questionsAdded += rows.length;
    }
    if (doc.stories && doc.stories.length > 0) result.storiesAdded = importStories(db, doc.stories, now);
    return result;
  });
}
