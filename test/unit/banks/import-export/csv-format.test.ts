import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { parseCsv, serializeCsv } from '../../../../shared/domain/import-export/csv';
import { parseQuestionsCsv, serializeQuestionsCsv } from '../../../../shared/domain/import-export/csv-format';
import { decodeImportBytes } from '../../../../shared/domain/import-export/decode';
import { ImportFileError } from '../../../../shared/domain/import-export/document';
import { distinctBanks } from './arbitraries';

// Property runs over many generated files: allow for a busy machine rather than the 5 s default.
vi.setConfig({ testTimeout: 60_000 });

/** The problems of a file refused whole (`at|field|message`), or of its rows left out (`at|problem`). */
function problemsOf(text: string, fileName = 'q.csv'): string[] {
  try {
    const doc = parseQuestionsCsv(text, fileName);
    const skipped = doc.skipped?.rows.flatMap((r) => r.problems.map((p) => `${r.at}|${p}`)) ?? [];
    if (skipped.length > 0) return skipped;
  } catch (error) {
    if (error instanceof ImportFileError) return error.problems.map((p) => `${p.at}|${p.field ?? ''}|${p.message}`);
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('RFC 4180 core', () => {
  test('round trip: any rows of any text survive serialize → parse', () => {
    const row = fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom(',', ';', '\t'), (rows, delimiter) => {
        expect(parseCsv(serializeCsv(rows, delimiter), delimiter).map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  test('reads quotes, embedded delimiters and line breaks, LF or CRLF, and reports the starting line of each record', () => {
    const text = 'a,b\r\n"x, ""y""","multi\nline"\n\nlast,row';
    // The spreadsheet row counts the blank line (as Excel shows it) but not the line break inside a quoted cell.
    expect(parseCsv(text)).toEqual([
      { line: 1, row: 1, start: 0, end: 3, fields: ['a', 'b'] },
      { line: 2, row: 2, start: 5, end: 28, fields: ['x, "y"', 'multi\nline'] },
      { line: 5, row: 4, start: 30, end: 38, fields: ['last', 'row'] },
    ]);
    expect(text.slice(5, 28)).toBe('"x, ""y""","multi\nline"');
  });

  test('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a,b\n1,"never closed\n')).toThrow(/line 2.*never closed/);
    expect(() => parseCsv('a,b\n"x"y,z')).toThrow(/line 2.*after a closing quote/);
  });

  test("with malformed: 'keep', a broken record is kept with its error and reading goes on at the next line", () => {
    const text = 'a,b\n"x"y,z\nok,1\n2,"never closed\nthe rest,3\n';
    const records = parseCsv(text, ',', { malformed: 'keep' });
    expect(records.map(({ row, fields, error }) => ({ row, fields: error ? undefined : fields, error: error?.slice(0, 30) }))).toEqual([
      { row: 1, fields: ['a', 'b'], error: undefined },
      { row: 2, fields: undefined, error: 'Unexpected text after a closin' },
      { row: 3, fields: ['ok', '1'], error: undefined },
      { row: 4, fields: undefined, error: 'A quoted field is never closed' },
    ]);
    expect(records[3]!.error).toMatch(/Everything after it, to the end of the file, is part of this row/);
    expect(text.slice(records[1]!.start, records[1]!.end)).toBe('"x"y,z');
    expect(text.slice(records[3]!.start, records[3]!.end)).toBe('2,"never closed\nthe rest,3\n');
  });
});

describe('question CSV', () => {
  test('round trip through bytes (with the BOM we write): banks, questions and notes come back exactly', () => {
    fc.assert(
      fc.property(distinctBanks(1), (banks) => {
        const { text } = decodeImportBytes(new TextEncoder().encode(serializeQuestionsCsv(banks)));
        const doc = parseQuestionsCsv(text, 'x.csv');
        expect(doc.banks.map((b) => b.name)).toEqual(banks.map((b) => b.name));
        doc.banks.forEach((bank, i) => {
          const source = banks[i]!;
          expect(bank.description).toBe(source.description);
          expect(bank.questions.map(({ at: _at, ...q }) => q)).toEqual(source.questions.map(({ createdAt: _c, updatedAt: _u, ...q }) => q));
        });
      }),
      { numRuns: 200 },
    );
  });

  test('a minimal sheet: only a text column, semicolons, aliases; the bank is named after the file', () => {
    const doc = parseQuestionsCsv('Question;Difficulty;STAR\nWhy us?;1;yes\n', 'Graduate schemes.csv');
    expect(doc.banks).toHaveLength(1);
    expect(doc.banks[0]).toMatchObject({ name: 'Graduate schemes' });
    expect(doc.banks[0]!.questions[0]).toMatchObject({ text: 'Why us?', difficulty: 1, star: true, at: 'row 2' });
  });

  test('names the line and column of bad values, and all of them at once', () => {
    const text = 'bank,text,difficulty,suggested_seconds,star\nB,ok,2,120,no\nB,,2,120,no\nB,x,hard,5,maybe\n';
    expect(problemsOf(text)).toEqual([
      'row 3|column “text”: Question text cannot be empty',
      'row 4|column “difficulty”: Difficulty must be 1, 2 or 3, not “hard”',
      'row 4|column “star”: Must be “yes” or “no”, not “maybe”',
      'row 4|column “suggested_seconds”: Suggested length must be at least 10 seconds.',
    ]);
  });

  test('missing and extra columns are refused; unknown and repeated columns are ignored, and shown', () => {
    expect(problemsOf('bank,text\nB\n')).toEqual(['row 2|This row has 1 cells but the header has 2 columns (missing columns).']);
    expect(problemsOf('bank,text\nB,q,extra\n')[0]).toMatch(/extra columns/);
    // Empty trailing cells, as spreadsheets write them, are not extra columns.
    expect(parseQuestionsCsv('bank,text\nB,q,,\n', 'q.csv').banks[0]!.questions[0]!.text).toBe('q');
    const doc = parseQuestionsCsv('bank,text,colour,Text\nB,q,red,q2\n', 'q.csv');
    expect(doc.columns).toEqual([
      { header: 'bank', field: 'bank', sample: 'B' },
      { header: 'text', field: 'text', sample: 'q' },
      { header: 'colour', field: 'ignore', sample: 'red' },
      { header: 'Text', field: 'ignore', sample: 'q2' },
    ]);
    expect(problemsOf('Why us?,What next?\n')[0]).toMatch(/^row 1\|\|No column is set to Question text/);
  });
});
