import { type ColumnField, csvColumns, suggestMapping } from './column-mapping';
import { ImportFileError, type ImportDocument } from './document';
import type { ExportBank } from './json-format';
import { parseCsv, serializeCsv, sniffDelimiter } from './csv';
import { type QuestionTable, questionsFromTable } from './question-table';
import { protectCell, unprotectCell } from './spreadsheet-safe';

export { csvColumns };
type CsvColumn = (typeof csvColumns)[number];

const yesNo = (v: boolean) => (v ? 'yes' : 'no');

/** Banks → CSV, one row per question, with a UTF-8 BOM so spreadsheet programs read accents correctly. */
export function serializeQuestionsCsv(banks: readonly ExportBank[]): string {
  const rows: string[][] = [[...csvColumns]];
  for (const bank of banks) {
    for (const q of bank.questions) {
      const values: Record<CsvColumn, string> = {
        bank: bank.name,
        bank_description: bank.description,
        text: q.text,
        category: q.category,
        tags: q.tags.join('; '),
        difficulty: String(q.difficulty),
        suggested_seconds: String(q.suggestedSeconds),
        guidance: q.guidance,
        star: yesNo(q.star),
        situation: q.notes.situation,
        task: q.notes.task,
        action: q.notes.action,
        result: q.notes.result,
        notes: q.notes.free,
        archived: yesNo(q.archived),
      };
      // Every cell, numbers included, goes through the one spreadsheet-safety rule (docs/import-formats.md).
      rows.push(csvColumns.map((c) => protectCell(values[c])));
    }
  }
  return `\uFEFF${serializeCsv(rows)}`;
}

/**
 * CSV or TSV text → a table: the header row names the columns (each offered a mapping by its
 * name), the delimiter is sniffed from the first rows, and tab-separated cells that start with a
 * quote but are not quoted fields are read as written. Trailing header columns with no name and
 * nothing in them (a spreadsheet's empty columns) are left out.
 */
export function readCsvTable(text: string): QuestionTable {
  const delimiter = sniffDelimiter(text);
  // A broken row is kept with its error, so the rows around it can still be imported (questionsFromTable skips it).
  const [header, ...records] = parseCsv(text, delimiter, { lenientQuotes: delimiter === '\t', malformed: 'keep' });
  if (!header) throw new ImportFileError([{ at: 'row 1', message: 'The file has no header row and no questions.' }]);
  if (header.error) throw new ImportFileError([{ at: 'row 1', message: `The header row cannot be read: ${header.error}` }]);
  let width = header.fields.length;
  while (width > 1 && header.fields[width - 1]!.trim() === '' && records.every((r) => (r.fields[width - 1] ?? '').trim() === '')) width--;
  const headers = header.fields.slice(0, width).map((h) => h.trim());
  // The reader undoes the writers' spreadsheet-safety apostrophe, so exported text comes back unchanged.
  return {
    kind: 'csv',
    headers,
    suggested: suggestMapping(headers),
    records,
    source: text,
    preamble: text.slice(header.start, header.end),
    cellText: unprotectCell,
  };
}

/** Parses CSV with a header row. Without a `bank` column every question goes into a bank named after the file. */
export function parseQuestionsCsv(text: string, fileName: string, mapping?: readonly ColumnField[]): ImportDocument {
  return questionsFromTable(readCsvTable(text), fileName, mapping);
}
