import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { suggestMapping } from '../../../../shared/domain/import-export/column-mapping';
import { decodeImportBytes } from '../../../../shared/domain/import-export/decode';
import { parseImportText } from '../../../../shared/domain/import-export/parse-import';
import { TableImportError } from '../../../../shared/domain/import-export/question-table';

// Property runs over many generated files: allow for a busy machine rather than the 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../../fixtures/import', name)));
const read = (name: string, columns?: Parameters<typeof parseImportText>[2]) => {
  const { text, encoding } = decodeImportBytes(fixture(name));
  return { encoding, doc: parseImportText(name, text, columns) };
};

describe('files people really have (test/fixtures/import)', () => {
  test('Excel "CSV (Comma delimited)" in Windows-1252 with extra columns and empty trailing columns', () => {
    const { encoding, doc } = read('excel-windows-1252.csv');
    expect(encoding).toBe('Windows-1252 (Western European)');
    expect(doc.columns?.map((c) => [c.header, c.field])).toEqual([
      ['Question', 'text'],
      ['My answer', 'notes'],
      ['Date', 'ignore'],
      ['Category', 'category'],
    ]);
    expect(doc.columns?.[2]?.sample).toBe('12/03/2025');
    const [first, second] = doc.banks[0]!.questions;
    expect(doc.banks[0]!.name).toBe('excel-windows-1252');
    expect(first).toMatchObject({ text: 'Why do you want this role?', category: 'Motivation', at: 'row 2' });
    expect(first!.notes.free).toBe('Because the café culture “matters” – and € too');
    expect(second).toMatchObject({ text: 'Tell me about a naïve mistake' });
    expect(second!.notes.free).toBe('I learned to check résumés twice');
  });

  test('the user can map a column differently, or ignore it', () => {
    const { doc } = read('excel-windows-1252.csv', ['text', 'guidance', 'ignore', 'ignore']);
    expect(doc.banks[0]!.questions[0]).toMatchObject({ guidance: 'Because the café culture “matters” – and € too', category: '' });
    expect(() => read('excel-windows-1252.csv', ['notes', 'notes', 'ignore', 'ignore'])).toThrow(
      /“Question” and “My answer” are both set to My notes.*No column is set to Question text/,
    );
    expect(() => read('excel-windows-1252.csv', ['text'])).toThrow(TableImportError);
  });

  test('Excel "Unicode Text" (UTF-16 with a byte order mark, tab-separated)', () => {
    const { encoding, doc } = read('excel-unicode-text.txt');
    expect(encoding).toBe('UTF-16 (little-endian)');
    expect(doc.banks[0]!.questions.map((q) => [q.text, q.category])).toEqual([
      ['What motivates you?', 'Motivation'],
      ['Describe a conflict — and its end', 'Teamwork'],
    ]);
  });

  test('a tab-separated cell that starts with a quote is read as written; a comma in a tab file is text', () => {
    const { doc } = read('tsv-leading-quote.tsv');
    expect(doc.banks[0]!.questions.map((q) => q.text)).toEqual(['"Hello" is how I open', 'Why, in one sentence?']);
  });

  test('a header holding the other delimiter does not decide the delimiter', () => {
    const { doc } = read('header-other-delimiter.tsv');
    expect(doc.columns?.map((c) => c.header)).toEqual(['Question, in full', 'Answer; short']);
    expect(doc.banks[0]!.questions.map((q) => [q.text, q.notes.free])).toEqual([
      ['Why this firm?', 'Their clients, mostly'],
      ['Why now?', 'Timing; growth'],
    ]);
  });

  test("Anki's Notes in Plain Text: header lines honoured, comments skipped, HTML turned into text, deck and tags read", () => {
    const { doc } = read('anki-notes-plain-text.txt');
    expect(doc.format).toBe('anki');
    expect(doc.columns?.map((c) => [c.header, c.field])).toEqual([
      ['GUID', 'ignore'],
      ['Note type', 'ignore'],
      ['Deck', 'bank'],
      ['Field 4', 'text'],
      ['Field 5', 'notes'],
      ['Tags', 'tags'],
    ]);
    expect(doc.banks.map((b) => b.name)).toEqual(['Openers']);
    expect(doc.banks[0]!.questions.map((q) => [q.text, q.notes.free, q.tags, q.at])).toEqual([
      ['Tell me about yourself\nin two minutes', 'Present, past & future.\nKeep it short', ['opener', 'practice'], 'line 7'],
      ['"Why us?" — the classic', 'Research the company', [], 'line 8'],
      // A line break inside an HTML field is white space, as Anki shows it.
      ['What is your #1 strength?', 'Name one, with evidence', ['strengths'], 'line 10'],
    ]);
  });

  test('Anki headers: #columns names the fields, #tags and #deck apply to every note, #html:false keeps markup as text', () => {
    const text = '#separator:Semicolon\n#html:false\n#columns:Front;Back\n#tags:imported\n#deck:Rehearse::Mine\nWhy <us>?;Because\n';
    const doc = parseImportText('a.txt', text);
    expect(doc.banks[0]).toMatchObject({
      name: 'Mine',
      questions: [{ text: 'Why <us>?', tags: ['imported'], notes: { free: 'Because' } }],
    });
  });

  test('synonyms map for the user; the first column claiming a field wins; the rest are ignored, not dropped silently', () => {
    expect(suggestMapping(['Interview Question', 'Answer', 'My answer', 'Topic', 'Deck', 'Hints', 'Level', 'Date'])).toEqual([
      'text',
      'notes',
      'ignore',
      'category',
      'bank',
      'guidance',
      'difficulty',
      'ignore',
    ]);
  });

  test('legacy encodings other than Windows-1252 are recognised and named', () => {
    // Build the Windows-1251 bytes by hand: Cyrillic А–я are 0xC0–0xFF in that code page.
    const bytes = [...'text\r\n'].map((c) => c.charCodeAt(0));
    for (const c of 'Расскажите о себе и о своём опыте работы в команде\r\n') {
      const code = c.codePointAt(0)!;
      bytes.push(code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code === 0x451 ? 0xb8 : code);
    }
    const decoded = decodeImportBytes(new Uint8Array(bytes));
    expect(decoded.encoding).toMatch(/Cyrillic/);
    expect(decoded.text).toContain('своём опыте');
  });
});
