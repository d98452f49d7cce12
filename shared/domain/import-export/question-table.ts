import { type ColumnField, type ImportColumn, mappingProblems } from './column-mapping';
import { type CsvRecord } from './csv';
import { checkDocumentLimits, ImportFileError, type ImportDocument, type ImportProblem, ProblemList } from './document';
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

/**
 * Rows of a table → validated banks and questions, using `mapping` (one field per column; the
 * suggested mapping when absent). Every problem names its line and field; an impossible mapping
 * (no question text, a field chosen twice) names the header line. Throws TableImportError, which
 * carries the columns so the preview can offer to change the mapping.
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
  for (const message of mappingProblems(table.headers, mapping)) problems.add({ at: table.kind === 'csv' ? 'line 1' : '', message });
  if (problems.total === 0 && table.records.length === 0)
    problems.add({ at: 'line 2', message: 'The file has a header row but no questions.' });
  if (problems.total > 0) throw new TableImportError(problems.list(), columns());
  const banks = new BankCollector(problems);
  const fallbackBank = table.fileBank ?? bankNameFromFileName(fileName);
  for (const record of table.records) {
    const at = `line ${record.line}`;
    const fields = fitRow(record, width);
    if (!fields) {
      const what = record.fields.length < width ? 'missing columns' : 'extra columns';
      problems.add({ at, message: `This row has ${record.fields.length} fields but the header has ${width} columns (${what}).` });
      continue;
    }
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
    const bank = banks.bank(bankName, at, 'bank');
    const question = questionFromFlatRow(row, at, problems);
    if (!bank || !question) continue;
    banks.describe(bank, description, at, 'bank_description');
    bank.questions.push(question);
  }
  if (problems.total > 0) throw new TableImportError(problems.list(), columns());
  const doc: ImportDocument = { format: table.kind, banks: banks.all(), columns: columns() };
  checkDocumentLimits(doc);
  return doc;
}
