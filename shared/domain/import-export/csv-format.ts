import { checkDocumentLimits, ImportFileError, type ImportDocument, ProblemList } from './document';
import type { ExportBank } from './json-format';
import { parseCsv, serializeCsv, sniffDelimiter } from './csv';
import { BankCollector, bankNameFromFileName, type FlatField, type FlatRow, questionFromFlatRow } from './flat-rows';

/** The columns our CSV export writes, in order; docs/import-formats.md describes each. */
export const csvColumns = [
  'bank',
  'bank_description',
  'text',
  'category',
  'tags',
  'difficulty',
  'suggested_seconds',
  'guidance',
  'star',
  'situation',
  'task',
  'action',
  'result',
  'notes',
  'archived',
] as const;
type CsvColumn = (typeof csvColumns)[number];

/** Other spellings people use in spreadsheets, mapped onto our columns. */
const aliases: Record<string, CsvColumn> = { question: 'text', description: 'bank_description', seconds: 'suggested_seconds' };

function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

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
      rows.push(csvColumns.map((c) => values[c]));
    }
  }
  return `\uFEFF${serializeCsv(rows)}`;
}

function readHeader(fields: string[], problems: ProblemList): (CsvColumn | null)[] {
  const seen = new Set<CsvColumn>();
  const columns = fields.map((raw) => {
    const name = normalizeHeader(raw);
    const column = (csvColumns as readonly string[]).includes(name) ? (name as CsvColumn) : aliases[name];
    if (!column) {
      problems.add({
        at: 'line 1',
        message: `Unknown column “${raw.slice(0, 60)}”. Rehearse reads these columns: ${csvColumns.join(', ')}.`,
      });
      return null;
    }
    if (seen.has(column)) problems.add({ at: 'line 1', message: `The column “${column}” appears twice.` });
    seen.add(column);
    return column;
  });
  if (!seen.has('text')) {
    problems.add({
      at: 'line 1',
      message: 'The first row must be a header naming the columns, with at least a “text” column for the question.',
    });
  }
  return columns;
}

/** Parses CSV with a header row. Without a `bank` column every question goes into a bank named after the file. */
export function parseQuestionsCsv(text: string, fileName: string): ImportDocument {
  if (/^#(separator|html|notetype|deck|tags|columns):/i.test(text)) {
    throw new ImportFileError([
      {
        at: 'line 1',
        message: 'This is an Anki text file. Rehearse imports its own CSV, JSON or Markdown; export those from Rehearse instead.',
      },
    ]);
  }
  const records = parseCsv(text, sniffDelimiter(text));
  const problems = new ProblemList();
  const [header, ...rows] = records;
  if (!header) throw new ImportFileError([{ at: 'line 1', message: 'The file has no header row and no questions.' }]);
  const columns = readHeader(header.fields, problems);
  problems.throwIfAny();
  if (rows.length === 0) throw new ImportFileError([{ at: 'line 2', message: 'The file has a header row but no questions.' }]);

  const banks = new BankCollector(problems);
  const fallbackBank = bankNameFromFileName(fileName);
  for (const record of rows) {
    const at = `line ${record.line}`;
    if (record.fields.length !== columns.length) {
      const what = record.fields.length < columns.length ? 'missing columns' : 'extra columns';
      problems.add({ at, message: `This row has ${record.fields.length} fields but the header has ${columns.length} columns (${what}).` });
      continue;
    }
    const row: FlatRow = {};
    let bankName = fallbackBank;
    let description = '';
    columns.forEach((column, i) => {
      const value = record.fields[i]!;
      if (column === 'bank') bankName = value;
      else if (column === 'bank_description') description = value;
      else if (column) row[column as FlatField] = value;
    });
    const bank = banks.bank(bankName, at, 'bank');
    const question = questionFromFlatRow(row, at, problems);
    if (!bank || !question) continue;
    banks.describe(bank, description, at, 'bank_description');
    bank.questions.push(question);
  }
  problems.throwIfAny();
  const doc: ImportDocument = { format: 'csv', banks: banks.all() };
  checkDocumentLimits(doc);
  return doc;
}
