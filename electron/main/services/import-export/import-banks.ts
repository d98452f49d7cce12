import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { ColumnField } from '../../../../shared/domain/import-export/column-mapping';
import { decodeImportBytes, type DecodedText, isStrictBase64 } from '../../../../shared/domain/import-export/decode';
import {
  describeProblem,
  ImportFileError,
  type ImportBank,
  type ImportDocument,
  type ImportProblem,
  ProblemList,
  type SkippedRow,
} from '../../../../shared/domain/import-export/document';
import { detectFormat, parseImportText } from '../../../../shared/domain/import-export/parse-import';
import { TableImportError } from '../../../../shared/domain/import-export/question-table';
import type { ExportedFile, ImportDuplicate, ImportPreview, ImportResult } from '../../../../shared/domain/import-export/transfer';
import { mergeImportedNotes, type NotesMerge } from '../../../../shared/domain/import-export/merge-notes';
import { duplicateKey, type StarNotes } from '../../../../shared/domain/questions';
import { foldKey } from '../../../../shared/domain/text-rules';
import type { BankSummary } from '../../../../shared/domain/banks';
import { bankQueries } from '../banks/bank-queries';
import { insertBankRow, restoreBank } from '../banks/bank-writes';
import { perDatabase } from '../questions/per-database';
import { insertQuestions, type QuestionInsert } from '../questions/question-writes';
import { withBulkIndexing } from '../questions/bulk-indexing';
import { importStories } from '../stories/story-transfer';
import { noReport, type JobReport } from '../../events/job-report';
import { yieldToEventLoop } from '../data/archive-format';

export interface ImportFile {
  fileName: string;
  base64: string;
  /** The field each column is read as (CSV, Anki text); absent = what the headers suggest. */
  columns?: readonly ColumnField[] | undefined;
}

/** A file read and validated, with the encoding it was read in (for the preview). */
export interface ReadImport {
  doc: ImportDocument;
  encoding: string;
}

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
const saveNotesRow = perDatabase((db: Database) =>
  db.prepare<StarNotes & { id: number; now: string }>(`
    UPDATE questions SET notes_situation = @situation, notes_task = @task, notes_action = @action, notes_result = @result,
      notes_free = @free, updated_at = @now
    WHERE id = @id`),
);
const notesOf = (q: QuestionHere): StarNotes => ({
  situation: q.notes_situation,
  task: q.notes_task,
  action: q.notes_action,
  result: q.notes_result,
  free: q.notes_free,
});

/** `line 12` → 12, for ordering preview rows as the file has them; JSON paths keep their order (0). */
const lineOf = (at: string) => Number(/^line (\d+)/.exec(at)?.[1] ?? 0);

function fileError(fileName: string, problems: ImportFileError['problems'], cause: ImportFileError): AppError {
  const described = problems.map(describeProblem);
  const first = (described[0] ?? 'the file could not be read').replace(/\.$/, '');
  const more = problems.length > 1 ? ` (${problems.length - 1} more problem${problems.length > 2 ? 's' : ''} listed below)` : '';
  return new AppError(
    'invalid_input',
    `Nothing was imported from “${fileName}”: ${first}${more}.`,
    described.map((message) => ({ path: 'file', message })),
    { cause },
  );
}

function decodeFile({ base64 }: ImportFile): DecodedText {
  if (!isStrictBase64(base64)) throw new ImportFileError([{ at: '', message: 'The file did not arrive intact. Choose it again.' }]);
  return decodeImportBytes(Buffer.from(base64, 'base64'));
}

/**
 * Bytes → validated document, or an invalid_input error naming the file, the line (or JSON path) and the field.
 * Rows of a spreadsheet-shaped file that cannot be imported are in `doc.skipped`, not an error: see rowsToSkip.
 */
export function readImportFile(file: ImportFile): ReadImport {
  try {
    const { text, encoding } = decodeFile(file);
    return { doc: parseImportText(file.fileName, text, file.columns), encoding };
  } catch (error) {
    if (error instanceof ImportFileError) throw fileError(file.fileName, error.problems, error);
    throw error;
  }
}

/** The rows the file cannot import, as `describeProblem` lines, at most importLimits.maxProblems and then "and N more". */
function skippedProblems(skipped: readonly SkippedRow[]): ImportProblem[] {
  const problems = new ProblemList();
  for (const row of skipped) for (const message of row.problems) problems.add({ at: row.at, message });
  return problems.list();
}

/**
 * Checks the rows an import leaves out against what the user chose in the preview. Without
 * `skipRows`, a file with any bad row imports nothing (the error lists them); with it, the rows the
 * file reads as bad now must be exactly those the preview showed, so exactly the rows the user saw
 * as good are imported. Throws invalid_input or conflict; writes nothing.
 */
function checkSkippedRows(file: ImportFile & ImportChoices, doc: ImportDocument): void {
  const bad = doc.skipped?.rows ?? [];
  if (file.skipRows === undefined) {
    if (bad.length > 0) {
      const problems = skippedProblems(bad);
      throw fileError(file.fileName, problems, new ImportFileError(problems));
    }
    return;
  }
  const now = bad.map((r) => r.at);
  if (now.length !== file.skipRows.length || now.some((at, i) => at !== file.skipRows![i])) {
    throw new AppError(
      'conflict',
      `Nothing was imported from “${file.fileName}”: its rows read differently now from the preview you saw. Choose the file again to check it.`,
    );
  }
  if (doc.banks.length === 0) {
    throw new AppError('invalid_input', `Nothing was imported from “${file.fileName}”: none of its rows can be imported.`);
  }
}

/** The skipped rows as a file of their own: the original header, then each row exactly as written. */
function skippedRowsFile(fileName: string, doc: ImportDocument): ExportedFile | null {
  const skipped = doc.skipped;
  if (!skipped) return null;
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'import';
  const anki = doc.format === 'anki';
  // CSV: a byte order mark and CRLF, as our own CSV export, so a spreadsheet opens it with its accents.
  const lines = [skipped.header, ...skipped.rows.map((r) => r.text)];
  return {
    fileName: `${base} - rows not imported.${anki ? 'txt' : /\.tsv$/i.test(fileName) ? 'tsv' : 'csv'}`,
    mimeType: anki ? 'text/plain' : 'text/csv',
    content: anki ? `${lines.join('\n')}\n` : `\uFEFF${lines.join('\r\n')}\r\n`,
    questionCount: skipped.rows.length,
  };
}

/** A skipped row's text as the preview shows it: long enough to recognise, not the rest of a file cut short. */
const rowExcerpt = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

interface PlannedBank {
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

function plan(db: Database, doc: ImportDocument): PlannedBank[] {
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

const previewRowCount = 5;

/**
 * What importing `file` would do, writing nothing. A spreadsheet-shaped file whose rows cannot be
 * read as mapped still answers, with its columns and the problems, so the user can change the mapping.
 */
export function previewImport(db: Database, file: ImportFile): ImportPreview {
  let read: ReadImport;
  try {
    read = readImportFile(file);
  } catch (error) {
    const cause = error instanceof AppError ? error.cause : undefined;
    if (!(cause instanceof TableImportError)) throw error;
    const { text, encoding } = decodeFile(file);
    return {
      fileName: file.fileName,
      format: detectFormat(file.fileName, text),
      encoding,
      columns: cause.columns,
      rows: [],
      problems: cause.problems.map(describeProblem),
      skipped: [],
      skippedFile: null,
      banks: [],
      questionCount: 0,
      duplicateCount: 0,
      duplicates: [],
      notes: { bring: 0, differing: 0 },
    };
  }
  const { doc, encoding } = read;
  const planned = plan(db, doc);
  const duplicates: ImportDuplicate[] = [];
  for (const p of planned) {
    for (const i of p.duplicates) {
      if (duplicates.length >= 50) break;
      const q = p.source.questions[i]!;
      duplicates.push({ bankName: p.target?.name ?? p.source.name, text: q.text, at: q.at });
    }
  }
  const rows = planned
    .flatMap((p) =>
      p.source.questions.map(({ createdAt: _c, updatedAt: _u, ...q }) => ({ ...q, bankName: p.target?.name ?? p.source.name })),
    )
    .sort((a, b) => lineOf(a.at) - lineOf(b.at))
    .slice(0, previewRowCount);
  return {
    fileName: file.fileName,
    format: doc.format,
    encoding,
    columns: doc.columns,
    rows,
    problems: [],
    skipped: (doc.skipped?.rows ?? []).map((r) => ({ ...r, text: rowExcerpt(r.text) })),
    skippedFile: skippedRowsFile(file.fileName, doc),
    banks: planned.map((p) => ({
      name: p.target?.name ?? p.source.name,
      target: !p.target ? 'new' : p.target.archived ? 'archived' : 'existing',
      questionCount: p.source.questions.length,
      duplicateCount: p.duplicates.size,
    })),
    questionCount: planned.reduce((n, p) => n + p.source.questions.length, 0),
    duplicateCount: planned.reduce((n, p) => n + p.duplicates.size, 0),
    duplicates,
    notes: {
      bring: planned.reduce((n, p) => n + p.notes.filter((m) => m.merge.fills).length, 0),
      differing: planned.reduce((n, p) => n + p.notes.filter((m) => m.merge.differs).length, 0),
    },
  };
}

/** How to import: duplicates skipped or kept; notes of skipped duplicates brought in or left. */
export interface ImportChoices {
  duplicates: 'skip' | 'keepBoth';
  notes?: 'bring' | 'leave' | undefined;
  /** The rows the preview showed as not importable (`row 14`…), to leave out; absent = refuse a file with any bad row. */
  skipRows?: readonly string[] | undefined;
}

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
