import { looksLikeAnkiText, readAnkiTable } from './anki-text';
import type { ColumnField } from './column-mapping';
import { readCsvTable } from './csv-format';
import { ImportFileError, type ImportDocument, type ImportFormat } from './document';
import { parseJson } from './json-format';
import { parseQuestionsMarkdown } from './markdown-format';
import { questionsFromTable } from './question-table';

const byExtension: Record<string, ImportFormat> = {
  json: 'json',
  csv: 'csv',
  tsv: 'csv',
  md: 'markdown',
  markdown: 'markdown',
};

/** The format of a file: Anki's text export by its header lines, else from its extension, else from how the text starts. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  if (looksLikeAnkiText(text)) return 'anki';
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const known = extension ? byExtension[extension] : undefined;
  if (known) return known;
  const start = text.trimStart();
  if (start.startsWith('{')) return 'json';
  if (/^(#|[-*+] )/m.test(start.slice(0, 2000))) return 'markdown';
  return 'csv';
}

/**
 * Text of a file → validated banks and questions, or an ImportFileError listing what is wrong and
 * where. `mapping` (one field per column) applies to the spreadsheet-shaped formats (CSV, Anki
 * text); without it each column gets the field its header suggests.
 */
export function parseImportText(fileName: string, text: string, mapping?: readonly ColumnField[]): ImportDocument {
  if (text.trim() === '') throw new ImportFileError([{ at: '', message: 'The file has nothing in it but blank space.' }]);
  switch (detectFormat(fileName, text)) {
    case 'json':
      return parseJson(text);
    case 'csv':
      return questionsFromTable(readCsvTable(text), fileName, mapping);
    case 'anki':
      return questionsFromTable(readAnkiTable(text), fileName, mapping);
    case 'markdown':
      return parseQuestionsMarkdown(text, fileName);
  }
}
