import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { describeProblem } from '../../../../shared/domain/import-export/document';
import { detectFormat } from '../../../../shared/domain/import-export/parse-import';
import { TableImportError } from '../../../../shared/domain/import-export/question-table';
import type { ImportDuplicate, ImportPreview } from '../../../../shared/domain/import-export/transfer';
import { plan } from './import-plan';
import { decodeFile, type ImportFile, type ReadImport, readImportFile, rowExcerpt, skippedRowsFile } from './import-read';

/** `line 12` → 12, for ordering preview rows as the file has them; JSON paths keep their order (0). */
const lineOf = (at: string) => Number(/^line (\d+)/.exec(at)?.[1] ?? 0);

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
