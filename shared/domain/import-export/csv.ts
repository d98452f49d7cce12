import { ImportFileError } from './document';

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

/**
 * Splits RFC 4180 text into records: fields separated by `delimiter`, records
 * by CRLF, LF or CR, fields optionally quoted with `"` (a doubled `""` inside
 * quotes is one quote, and quoted fields may hold delimiters and newlines).
 * Blank lines are skipped. An unclosed quote or text after a closing quote is
 * refused with the line it is on.
 */
export function parseCsv(text: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  const d = delimiter.charCodeAt(0);
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  // A record with nothing in it (a blank line) is skipped; `""` or a lone delimiter is a record.
  let sawAnything = false;
  const endRecord = () => {
    fields.push(field);
    if (sawAnything) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
    sawAnything = false;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    sawAnything ||= c !== 10 && c !== 13;
    if (c === 34 /* " */ && atFieldStart) {
      const quoteLine = line;
      const parts: string[] = [];
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          throw new ImportFileError([
            { at: `line ${quoteLine}`, message: 'A quoted field is never closed: the file may be cut short, or a quote is missing.' },
          ]);
        }
        const chunk = text.slice(i, close);
        parts.push(chunk);
        line += countNewlines(chunk);
        if (text.charCodeAt(close + 1) !== 34) {
          i = close + 1;
          break;
        }
        parts.push('"');
        i = close + 2;
      }
      field = parts.join('');
      atFieldStart = false;
      const next = text.charCodeAt(i);
      if (i < text.length && next !== d && next !== 10 && next !== 13) {
        throw new ImportFileError([
          { at: `line ${line}`, message: 'Unexpected text after a closing quote. Quotes inside a field must be doubled ("").' },
        ]);
      }
    } else if (c === d) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === 10 || c === 13) {
      endRecord();
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      // A quote inside an unquoted field is kept as written, as spreadsheets do.
      const stop = nextSpecial(text, i + 1, d);
      field += text.slice(i, stop);
      atFieldStart = false;
      i = stop;
    }
  }
  if (sawAnything) endRecord();
  return records;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** Index of the next delimiter or line break at or after `from`. */
function nextSpecial(text: string, from: number, d: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === d || c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Quotes a field when it holds a delimiter, quote, line break, or leading/trailing space (which spreadsheets would trim). */
export function csvField(value: string, delimiter = ','): string {
  if (value === '') return '';
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value);
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows → RFC 4180 text with CRLF line ends, ending with CRLF. */
export function serializeCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  // A row of one empty field is written as "" so that it is not read back as a blank line.
  const line = (row: readonly string[]) =>
    row.length === 1 && row[0] === '' ? '""' : row.map((f) => csvField(f, delimiter)).join(delimiter);
  return rows.map(line).join('\r\n') + '\r\n';
}

/** Guesses the delimiter from the header line: comma, unless the line has none but has semicolons or tabs (Excel in some locales). */
export function sniffDelimiter(text: string): ',' | ';' | '\t' {
  const end = text.search(/\r|\n/);
  const firstLine = end < 0 ? text : text.slice(0, end);
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes(';')) return ';';
  if (firstLine.includes('\t')) return '\t';
  return ',';
}
