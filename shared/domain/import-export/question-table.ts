import { bankDescriptionSchema, bankNameSchema } from '../banks';
import { type ColumnField, type ImportColumn, mappingProblems } from './column-mapping';
import { type CsvRecord } from './csv';
import {
  checkDocumentLimits,
  describeProblem,
  ImportFileError,
  type ImportDocument,
  type ImportProblem,
  type ImportQuestion,
  ProblemList,
  type SkippedRow,
} from './document';
import { BankCollector, bankNameFromFileName, type FlatField, type FlatRow, questionFromFlatRow } from './flat-rows';

export type { ImportColumn } from './column-mapping';

/**
 * A spreadsheet-shaped file read into named columns and data rows, before any column means
 * anything: CSV/TSV with a header row, or Anki's "Notes in Plain Text" with its `#` header lines.
 */
export interface QuestionTable {
  kind: 'csv' | 'anki';
  headers: string[];
  /** The mapping offered to the user (see suggestMapping). */
  suggested: ColumnField[];
  records: CsvRecord[];
  /** The text the records were read from (their `start`/`end` index into it), to give a skipped row back as written. */
  source: string;
  /** The file's header as written (the header row; Anki's `#` lines), to head a file of skipped rows. */
  preamble: string;
  /** Turns a cell into the text it stands for (Anki's HTML fields into plain text); identity for CSV. */
  cellText: (value: string, field: ColumnField) => string;
  /** Anki's `#tags:` and `#deck:` headers: tags for every note, and the deck when there is no deck column. */
  fileTags?: string | undefined;
  fileBank?: string | undefined;
}

/** Thrown when the rows cannot be read as mapped: the preview still shows the columns so the user can change the mapping. */
export class TableImportError extends ImportFileError {
  readonly columns: ImportColumn[];
  constructor(problems: ImportProblem[], columns: ImportColumn[]) {
    super(problems);
    this.columns = columns;
  }
}

export function describeColumns(table: QuestionTable, mapping: readonly ColumnField[]): ImportColumn[] {
  return table.headers.map((header, i) => {
    const cell = table.records.find((r) => (r.fields[i] ?? '').trim() !== '')?.fields[i] ?? '';
    const field = mapping[i] ?? 'ignore';
    return { header, field, sample: table.cellText(cell, field).slice(0, 120) };
  });
}

/** A row with more fields than the header is read as a spreadsheet user expects when the extra fields are empty. */
function fitRow(record: CsvRecord, width: number): string[] | undefined {
  const { fields } = record;
  if (fields.length === width) return fields;
  if (fields.length > width && fields.slice(width).every((f) => f.trim() === '')) return fields.slice(0, width);
  return undefined;
}

/** What one row holds for Rehearse: the question's fields as text, its bank and the bank's description. */
function readRow(table: QuestionTable, fields: readonly string[], mapping: readonly ColumnField[], fallbackBank: string) {
  const row: FlatRow = {};
  let bankName = fallbackBank;
  let description = '';
  mapping.forEach((field, i) => {
    if (field === 'ignore') return;
    const value = table.cellText(fields[i]!, field);
    if (field === 'bank') bankName = value;
    else if (field === 'bank_description') description = value;
    else row[field satisfies FlatField] = value;
  });
  if (table.fileTags) row.tags = [table.fileTags, row.tags ?? ''].filter(Boolean).join('; ');
  return { row, bankName, description };
}

/** The problems of one row, each naming the column (as the file's header has it) instead of the field. */
function rowProblems(
  table: QuestionTable,
  record: CsvRecord,
  mapping: readonly ColumnField[],
  fallbackBank: string,
): { problems: ImportProblem[]; read?: ReturnType<typeof readRow> & { question: ImportQuestion } } {
  const at = rowLabel(table, record);
  if (record.error) return { problems: [{ at, message: record.error }] };
  const width = table.headers.length;
  const fields = fitRow(record, width);
  if (!fields) {
    const what = record.fields.length < width ? 'missing columns' : 'extra columns';
    return { problems: [{ at, message: `This row has ${record.fields.length} cells but the header has ${width} columns (${what}).` }] };
  }
  const local = new ProblemList();
  const read = readRow(table, fields, mapping, fallbackBank);
  const name = bankNameSchema.safeParse(read.bankName);
  if (!name.success) local.add({ at, field: 'bank', message: name.error.issues[0]?.message ?? 'Invalid bank name' });
  if (read.description.trim()) {
    const description = bankDescriptionSchema.safeParse(read.description);
    if (!description.success)
      local.add({ at, field: 'bank_description', message: description.error.issues[0]?.message ?? 'Invalid description' });
  }
  const question = questionFromFlatRow(read.row, at, local);
  const columnOf = (field: string | undefined) => {
    const i = mapping.indexOf(field as ColumnField);
    return i < 0 ? undefined : table.headers[i] || `Column ${i + 1}`;
  };
  const problems = local.items.map(({ field, ...p }) => {
    const column = columnOf(field);
    return column === undefined ? { ...p, field } : { ...p, column };
  });
  return question && problems.length === 0 ? { problems, read: { ...read, question } } : { problems };
}

/** Where a record is, in the words the user's program uses: the spreadsheet row for CSV/TSV, the text line for Anki files. */
const rowLabel = (table: QuestionTable, record: CsvRecord) => (table.kind === 'csv' ? `row ${record.row}` : `line ${record.line}`);

/**
 * Rows of a table → validated banks and questions, using `mapping` (one field per column; the
 * suggested mapping when absent). Rows that cannot be imported are left out of the banks and
 * listed in `skipped` with every problem (naming its row and column) and their text as written,
 * so the good rows can be imported without losing the bad ones. An impossible mapping (no question
 * text, a field chosen twice), or a header with no rows, throws TableImportError, which carries
 * the columns so the preview can offer to change the mapping.
 */
export function questionsFromTable(
  table: QuestionTable,
  fileName: string,
  mapping: readonly ColumnField[] = table.suggested,
): ImportDocument {
  const width = table.headers.length;
  const columns = () => describeColumns(table, mapping);
  if (mapping.length !== width) {
    throw new TableImportError(
      [{ at: '', message: 'The column choices do not match this file. Choose the file again.' }],
      describeColumns(table, table.suggested),
    );
  }
  const problems = new ProblemList();
  for (const message of mappingProblems(table.headers, mapping)) problems.add({ at: table.kind === 'csv' ? 'row 1' : '', message });
  if (problems.total === 0 && table.records.length === 0)
    problems.add({ at: table.kind === 'csv' ? 'row 2' : '', message: 'The file has a header row but no questions.' });
  if (problems.total > 0) throw new TableImportError(problems.list(), columns());
  const banks = new BankCollector(problems);
  const skipped: SkippedRow[] = [];
  const fallbackBank = table.fileBank ?? bankNameFromFileName(fileName);
  for (const record of table.records) {
    const { problems: wrong, read } = rowProblems(table, record, mapping, fallbackBank);
    if (!read) {
      const text = table.source.slice(record.start, record.end);
      skipped.push({ at: rowLabel(table, record), problems: wrong.map(({ at: _at, ...p }) => describeProblem({ at: '', ...p })), text });
      continue;
    }
    const at = rowLabel(table, record);
    const bank = banks.bank(read.bankName, at, 'bank')!;
    banks.describe(bank, read.description, at, 'bank_description');
    bank.questions.push(read.question);
  }
  const doc: ImportDocument = {
    format: table.kind,
    banks: banks.all(),
    columns: columns(),
    ...(skipped.length > 0 ? { skipped: { header: table.preamble, rows: skipped } } : {}),
  };
  checkDocumentLimits(doc);
  return doc;
}
