import { ImportFileError } from './document';

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted field may span lines). */
  line: number;
  /**
   * 1-based row as a spreadsheet program shows the file: one per record, blank lines counted
   * (Excel and LibreOffice keep them as empty rows), a quoted line break staying inside its row.
   */
  row: number;
  /** Where the record is in the parsed text, line break excluded: `text.slice(start, end)` is the row as written. */
  start: number;
  end: number;
  fields: string[];
  /** Why the record could not be read (only with `malformed: 'keep'`); its fields are then incomplete. */
  error?: string | undefined;
}

export interface CsvOptions {
  /** A record starting with this character is a comment and skipped (Anki's text files use `#`). */
  comment?: string | undefined;
  /**
   * Read a field that starts with a quote but is not a well-formed quoted field (never closed, or
   * followed by more text) as plain text up to the next delimiter, as spreadsheets do for
   * tab-separated files, instead of refusing it.
   */
  lenientQuotes?: boolean | undefined;
  /**
   * `throw` (default): a malformed quoted field refuses the whole text. `keep`: the record is kept
   * with its `error`, and reading goes on at the next line (an unclosed quote takes the rest of the
   * text, as a spreadsheet reads it), so the rows around it can still be imported.
   */
  malformed?: 'throw' | 'keep' | undefined;
}

/**
 * Splits RFC 4180 text into records: fields separated by `delimiter`, records
 * by CRLF, LF or CR, fields optionally quoted with `"` (a doubled `""` inside
 * quotes is one quote, and quoted fields may hold delimiters and newlines).
 * Blank lines are skipped. An unclosed quote or text after a closing quote is
 * refused with the line it is on, unless `lenientQuotes` reads it as plain text.
 */
export function parseCsv(text: string, delimiter = ',', options: CsvOptions = {}): CsvRecord[] {
  const records: CsvRecord[] = [];
  const d = delimiter.charCodeAt(0);
  const comment = options.comment?.charCodeAt(0);
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let row = 1;
  let recordStart = 0;
  let error: string | undefined;
  let i = 0;
  let atFieldStart = true;
  // A record with nothing in it (a blank line) is skipped; `""` or a lone delimiter is a record.
  let sawAnything = false;
  const endRecord = (end: number) => {
    fields.push(field);
    if (sawAnything) records.push({ line: recordLine, row, start: recordStart, end, fields, ...(error === undefined ? {} : { error }) });
    fields = [];
    field = '';
    error = undefined;
    atFieldStart = true;
    sawAnything = false;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === comment && !sawAnything) {
      i = nextSpecial(text, i, -1);
      continue;
    }
    sawAnything ||= c !== 10 && c !== 13;
    const quoted = c === 34 /* " */ && atFieldStart ? readQuoted(text, i, d, line) : undefined;
    if (quoted && 'value' in quoted) {
      field = quoted.value;
      line = quoted.line;
      i = quoted.end;
      atFieldStart = false;
    } else if (quoted && !options.lenientQuotes) {
      if (options.malformed !== 'keep') throw new ImportFileError([{ at: `line ${quoted.line}`, message: quoted.error }]);
      // Kept as a broken record; reading resumes after the line the problem is on (never, for an unclosed quote).
      error =
        quoted.resume === undefined ? `${quoted.error} Everything after it, to the end of the file, is part of this row.` : quoted.error;
      line = quoted.line;
      i = quoted.resume === undefined ? text.length : nextSpecial(text, quoted.resume, -1);
      atFieldStart = false;
    } else if (c === d) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === 10 || c === 13) {
      endRecord(i);
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      row++;
      recordLine = line;
      recordStart = i;
    } else {
      // A quote inside an unquoted field (or, leniently, a malformed quoted one) is kept as written, as spreadsheets do.
      const stop = nextSpecial(text, i + 1, d);
      field += text.slice(i, stop);
      atFieldStart = false;
      i = stop;
    }
  }
  if (sawAnything) endRecord(text.length);
  return records;
}

/** A quoted field starting at `start`: its value, where it ends and the line it ends on; or why it is malformed. */
function readQuoted(
  text: string,
  start: number,
  d: number,
  startLine: number,
): { value: string; end: number; line: number } | { error: string; line: number; resume?: number } {
  const parts: string[] = [];
  let line = startLine;
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return { error: 'A quoted field is never closed: the file may be cut short, or a quote is missing.', line: startLine };
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
  const next = text.charCodeAt(i);
  if (i < text.length && next !== d && next !== 10 && next !== 13) {
    return { error: 'Unexpected text after a closing quote. Quotes inside a field must be doubled ("").', line, resume: i };
  }
  return { value: parts.join(''), end: i, line };
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

const candidates = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof candidates)[number];

/** Field counts of the first records read with `delimiter`, ignoring empty fields at the end of a record. */
function shape(sample: string, delimiter: Delimiter): number[] {
  return parseCsv(sample, delimiter, { lenientQuotes: true })
    .slice(0, 20)
    .map(({ fields }) => {
      let n = fields.length;
      while (n > 1 && fields[n - 1]!.trim() === '') n--;
      return n;
    });
}

/**
 * Guesses the delimiter as spreadsheet programs do: the candidate (comma, semicolon, tab, pipe)
 * that splits the first records into the same number of fields as the header, and into more than
 * one. A header that happens to hold another delimiter ("Question, in full⇥Answer") therefore does
 * not decide alone. A single-column file is read with commas.
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of candidates) {
    const [header = 1, ...rows] = shape(sample, delimiter);
    if (header < 2) continue;
    // Rows that match the header count most; more columns break ties (a stray comma in a tab file adds none to every row).
    const matching = rows.filter((n) => n === header).length;
    const score = (rows.length === 0 ? 1 : matching / rows.length) * 1000 + Math.min(header, 999);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
