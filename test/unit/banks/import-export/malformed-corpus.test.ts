import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppCore } from '../../../../electron/main/app-core';
import { tablesFingerprint } from '../../../helpers/db-fingerprint';
import { removeTempDirs } from '../../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../../helpers/test-core';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const goodJson = JSON.stringify(
  {
    format: 'rehearse-question-banks',
    formatVersion: 1,
    banks: [{ name: 'Corpus', questions: [{ text: 'One?' }, { text: 'Two?', difficulty: 2 }] }],
  },
  null,
  2,
);
const header = 'bank,text,category,difficulty\n';
const manyRows = header + Array.from({ length: 10_001 }, (_, i) => `Big,Question ${i}?,,2`).join('\n');

/** Each file must be refused, naming the file and where (line or JSON path), with the database unchanged. */
const corpus: { name: string; fileName: string; bytes: Buffer; expect: RegExp }[] = [
  { name: 'empty file', fileName: 'empty.csv', bytes: Buffer.alloc(0), expect: /empty/ },
  { name: 'only blank space', fileName: 'blank.md', bytes: utf8('  \n\n\t'), expect: /blank space/ },
  { name: 'truncated JSON', fileName: 'cut.json', bytes: utf8(goodJson.slice(0, 120)), expect: /line \d+.*(cut short|not valid JSON)/ },
  {
    name: 'JSON with a bad field',
    fileName: 'bad.json',
    bytes: utf8(goodJson.replace('"difficulty": 2', '"difficulty": 7')),
    expect: /at banks\[0\]\.questions\[1\], field “difficulty”/,
  },
  {
    name: 'JSON with an empty text',
    fileName: 'e.json',
    bytes: utf8(goodJson.replace('"One?"', '"   "')),
    expect: /at banks\[0\]\.questions\[0\], field “text”: Question text cannot be empty/,
  },
  {
    name: 'JSON with an unknown field',
    fileName: 'x.json',
    bytes: utf8(goodJson.replace('"text": "One?"', '"text": "One?", "colour": "red"')),
    expect: /banks\[0\]\.questions\[0\].*colour/,
  },
  {
    name: 'JSON from a newer version',
    fileName: 'v9.json',
    bytes: utf8(goodJson.replace('"formatVersion": 1', '"formatVersion": 9')),
    expect: /newer version/,
  },
  { name: 'JSON that is not ours', fileName: 'other.json', bytes: utf8('{"questions": ["a"]}'), expect: /at the top level/ },
  {
    name: 'binary file',
    fileName: 'photo.csv',
    bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    expect: /binary/,
  },
  { name: 'Excel workbook', fileName: 'book.csv', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), expect: /Excel/ },
  { name: 'cut inside a character', fileName: 'cut.md', bytes: utf8('## B\n- Price in €').subarray(0, -1), expect: /cut short/ },
  {
    name: 'CSV row with a missing column',
    fileName: 'short.csv',
    bytes: utf8(header + 'B,q,,2\nB,q2\n'),
    expect: /row 3.*missing columns/,
  },
  {
    name: 'CSV row with an extra column',
    fileName: 'long.csv',
    bytes: utf8(header + 'B,q,,2,surprise\n'),
    expect: /row 2.*extra columns/,
  },
  {
    name: 'CSV with no column that could be the question',
    fileName: 'unknown.csv',
    bytes: utf8('colour,size\nred,big\n'),
    expect: /row 1.*No column is set to Question text/,
  },
  { name: 'CSV without a header', fileName: 'noheader.csv', bytes: utf8('Why us?\nWhy now?\n'), expect: /row 1/ },
  { name: 'CSV with only a header', fileName: 'header.csv', bytes: utf8(header), expect: /header row but no questions/ },
  {
    name: 'CSV with an empty text',
    fileName: 'empty-text.csv',
    bytes: utf8(header + 'B,ok,,2\nB,   ,,2\n'),
    expect: /row 3, column “text”: Question text cannot be empty/,
  },
  {
    name: 'CSV with an empty bank',
    fileName: 'empty-bank.csv',
    bytes: utf8(header + ' ,q,,2\n'),
    expect: /row 2, column “bank”: Bank name cannot be empty/,
  },
  {
    name: 'CSV with over-long text',
    fileName: 'long-text.csv',
    bytes: utf8(header + `B,${'x'.repeat(2001)},,2\n`),
    expect: /row 2, column “text”: Question text can be at most 2,000 characters; this one has 2,001\./,
  },
  { name: 'CSV with a bad difficulty', fileName: 'diff.csv', bytes: utf8(header + 'B,q,,hard\n'), expect: /row 2, column “difficulty”/ },
  {
    name: 'CSV with an unclosed quote',
    fileName: 'quote.csv',
    bytes: utf8(header + 'B,"never closed,,2\n'),
    expect: /row 2.*never closed/,
  },
  {
    name: 'one bad row among good ones',
    fileName: 'mixed.csv',
    bytes: utf8(header + 'B,a,,1\nB,b,,2\nB,c,,3\nB,d,,4\nB,e,,1\n'),
    expect: /row 5, column “difficulty”/,
  },
  {
    name: 'Markdown with an unknown detail',
    fileName: 'notes.md',
    bytes: utf8('## B\n- Q?\n  - Colour: red\n'),
    expect: /line 3.*Unknown detail/,
  },
  {
    name: 'Markdown with a bad value',
    fileName: 'diff.md',
    bytes: utf8('## B\n- Q?\n  - Suggested seconds: soon\n'),
    expect: /line 2, field “suggested_seconds”/,
  },
  {
    name: 'an Anki file with a note whose front is empty',
    fileName: 'anki.txt',
    bytes: utf8('#separator:Comma\n#html:true\nfront,back\n<br>,back only\n'),
    expect: /line 4, column “Field 1”: Question text cannot be empty/,
  },
  {
    name: 'more than 10,000 questions',
    fileName: 'big.csv',
    bytes: utf8(manyRows),
    expect: /One import can hold at most 10,000 questions; this file has 10,001\./,
  },
  {
    name: 'more than 10 MB',
    fileName: 'huge.csv',
    bytes: Buffer.alloc(10 * 1024 * 1024 + 10, 0x61),
    expect: /10\.0 MB; the largest file Rehearse can import is 10\.0 MB/,
  },
];

let core: AppCore;
let before: string;
beforeAll(async () => {
  core = openTestCore();
  const bank = await callOk(core, 'banks.create', { name: 'B' });
  await callOk(core, 'questions.create', { bankId: bank.id, text: 'Existing' });
  before = tablesFingerprint(core.db);
});
afterAll(() => {
  core.close();
  removeTempDirs();
});

describe('malformed files are refused with the file, the place and the field named, and nothing written', () => {
  test.each(corpus)('$name', async ({ fileName, bytes, expect: pattern }) => {
    const base64 = bytes.toString('base64');
    // A spreadsheet-shaped file whose rows fail as mapped still previews (so the mapping can be changed), listing the problems.
    const preview = await call(core, 'banks.previewImport', { fileName, base64 });
    // Rows that cannot be imported are listed by the preview, each with its row and column, and left out only on request.
    if (preview.ok) {
      const { problems, skipped } = preview.value;
      expect([...problems, ...skipped.map((r) => `${r.at}, ${r.problems.join('; ')}`)].join('; ')).toMatch(pattern);
      if (skipped.length === 0) expect(preview.value.rows).toEqual([]);
      expect(preview.value.columns?.length).toBeGreaterThan(0);
    }
    for (const result of [
      ...(preview.ok ? [] : [preview]),
      await call(core, 'banks.import', { fileName, base64, duplicates: 'keepBoth' }),
    ]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toContain(`Nothing was imported from “${fileName}”`);
      expect(result.error.message).toMatch(pattern);
      expect(result.error.issues?.every((i) => i.path === 'file')).toBe(true);
    }
    expect(tablesFingerprint(core.db)).toBe(before);
  });

  test('a payload that is not base64 is refused too', async () => {
    const result = await call(core, 'banks.import', { fileName: 'x.csv', base64: 'not base64!', duplicates: 'skip' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/did not arrive intact/) } });
    expect(tablesFingerprint(core.db)).toBe(before);
  });
});
