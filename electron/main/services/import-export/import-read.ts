import { AppError } from '../../../../shared/contract/result';
import type { ColumnField } from '../../../../shared/domain/import-export/column-mapping';
import { decodeImportBytes, type DecodedText, isStrictBase64 } from '../../../../shared/domain/import-export/decode';
import {
  describeProblem,
  ImportFileError,
  type ImportDocument,
  type ImportProblem,
  ProblemList,
  type SkippedRow,
} from '../../../../shared/domain/import-export/document';
import { parseImportText } from '../../../../shared/domain/import-export/parse-import';
import type { ExportedFile } from '../../../../shared/domain/import-export/transfer';

// Reading a question file: bytes → a validated document, the rows it cannot import, and the checks that the
// rows left out are the ones the user saw in the preview.

export interface ImportFile {
  fileName: string;
  base64: string;
  /** The field each column is read as (CSV, Anki text); absent = what the headers suggest. */
  columns?: readonly ColumnField[] | undefined;
}

/** How to import: duplicates skipped or kept; notes of skipped duplicates brought in or left. */
export interface ImportChoices {
  duplicates: 'skip' | 'keepBoth';
  notes?: 'bring' | 'leave' | undefined;
  /** The rows the preview showed as not importable (`row 14`…), to leave out; absent = refuse a file with any bad row. */
  skipRows?: readonly string[] | undefined;
}

/** A file read and validated, with the encoding it was read in (for the preview). */
export interface ReadImport {
  doc: ImportDocument;
  encoding: string;
}

export function fileError(fileName: string, problems: ImportFileError['problems'], cause: ImportFileError): AppError {
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

export function decodeFile({ base64 }: ImportFile): DecodedText {
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
export function checkSkippedRows(file: ImportFile & ImportChoices, doc: ImportDocument): void {
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
export function skippedRowsFile(fileName: string, doc: ImportDocument): ExportedFile | null {
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
export const rowExcerpt = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
