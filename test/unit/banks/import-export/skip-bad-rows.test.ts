import { afterEach, describe, expect, test } from 'vitest';
import { tablesFingerprint } from '../../../helpers/db-fingerprint';
import { removeTempDirs } from '../../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../../helpers/test-core';

afterEach(removeTempDirs);

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const textsIn = async (core: ReturnType<typeof openTestCore>) => {
  const banks = await callOk(core, 'banks.list', { includeArchived: true });
  const out: Record<string, string[]> = {};
  for (const bank of banks) out[bank.name] = (await callOk(core, 'questions.list', { bankId: bank.id })).map((q) => q.text);
  return out;
};

// Rows as a spreadsheet numbers them: header = row 1; the blank line is row 4 (Excel shows it);
// row 5's quoted cell spans two lines of the file and is still one row.
const csv = [
  'Bank,Question,Level,My answer',
  'Openers,Pourquoi nous ? 🇫🇷,1,Parce que…',
  'Openers,,2,an empty question',
  '',
  'Openers,"¿Por qué\nusted?",2,"Sí, porque"',
  'Openers,Why now?,hard,the level is not a number',
  'Openers,لماذا هذا الدور؟,3,',
  'Openers,Extra cells?,2,notes,surprise',
  'Openers,なぜ弊社ですか？,2,👍🏽',
].join('\r\n');
const file = { fileName: 'My prep.csv', base64: b64(csv) };

describe('a spreadsheet with some bad rows: the good rows can be imported, the bad ones are listed and kept', () => {
  test('the preview lists every bad row by its spreadsheet row, with what is wrong and the row as written', async () => {
    const core = openTestCore();
    const before = tablesFingerprint(core.db);
    const preview = await callOk(core, 'banks.previewImport', file);
    expect(tablesFingerprint(core.db)).toBe(before);
    expect(preview.problems).toEqual([]);
    expect(preview.questionCount).toBe(4);
    expect(preview.rows.map((r) => [r.at, r.text])).toEqual([
      ['row 2', 'Pourquoi nous ? 🇫🇷'],
      ['row 5', '¿Por qué\nusted?'],
      ['row 7', 'لماذا هذا الدور؟'],
      ['row 9', 'なぜ弊社ですか？'],
    ]);
    expect(preview.skipped).toEqual([
      { at: 'row 3', problems: ['column “Question”: Question text cannot be empty'], text: 'Openers,,2,an empty question' },
      {
        at: 'row 6',
        problems: ['column “Level”: Difficulty must be 1, 2 or 3, not “hard”'],
        text: 'Openers,Why now?,hard,the level is not a number',
      },
      {
        at: 'row 8',
        problems: ['This row has 5 cells but the header has 4 columns (extra columns).'],
        text: 'Openers,Extra cells?,2,notes,surprise',
      },
    ]);
    // The bad rows as a file of their own: the header, then each row exactly as written, ready to fix and import again.
    expect(preview.skippedFile).toEqual({
      fileName: 'My prep - rows not imported.csv',
      mimeType: 'text/csv',
      content:
        '\uFEFFBank,Question,Level,My answer\r\nOpeners,,2,an empty question\r\nOpeners,Why now?,hard,the level is not a number\r\n' +
        'Openers,Extra cells?,2,notes,surprise\r\n',
      questionCount: 3,
    });
    const again = await callOk(core, 'banks.previewImport', { fileName: 'again.csv', base64: b64(preview.skippedFile!.content) });
    expect(again.skipped.map((r) => r.problems)).toEqual(preview.skipped.map((r) => r.problems));
    core.close();
  });

  test('without the choice to skip, nothing is imported and the error names every bad row', async () => {
    const core = openTestCore();
    const before = tablesFingerprint(core.db);
    const result = await call(core, 'banks.import', { ...file, duplicates: 'skip' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toBe(
      'Nothing was imported from “My prep.csv”: row 3, column “Question”: Question text cannot be empty (2 more problems listed below).',
    );
    expect(result.error.issues?.map((i) => i.message)).toEqual([
      'row 3, column “Question”: Question text cannot be empty',
      'row 6, column “Level”: Difficulty must be 1, 2 or 3, not “hard”',
      'row 8, This row has 5 cells but the header has 4 columns (extra columns).',
    ]);
    expect(tablesFingerprint(core.db)).toBe(before);
    core.close();
  });

  test('skipping exactly the rows the preview showed imports exactly the good rows, in one go', async () => {
    const core = openTestCore();
    const preview = await callOk(core, 'banks.previewImport', file);
    const result = await callOk(core, 'banks.import', { ...file, duplicates: 'skip', skipRows: preview.skipped.map((r) => r.at) });
    expect(result).toMatchObject({ banksCreated: 1, questionsAdded: 4 });
    expect(await textsIn(core)).toMatchObject({ Openers: preview.rows.map((r) => r.text) });
    const [openers] = (await callOk(core, 'banks.list', {})).filter((b) => b.name === 'Openers');
    const stored = await callOk(core, 'questions.list', { bankId: openers!.id });
    expect(stored.map((q) => [q.difficulty, q.notes.free])).toEqual([
      [1, 'Parce que…'],
      [2, 'Sí, porque'],
      [3, ''],
      [2, '👍🏽'],
    ]);
    core.close();
  });

  test('the service re-reads the file: a skip list that differs from what it finds imports nothing', async () => {
    const core = openTestCore();
    const before = tablesFingerprint(core.db);
    for (const skipRows of [['row 3', 'row 6'], ['row 3', 'row 6', 'row 8', 'row 9'], ['row 6', 'row 3', 'row 8'], []]) {
      const result = await call(core, 'banks.import', { ...file, duplicates: 'skip', skipRows });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('conflict');
        expect(result.error.message).toMatch(/Nothing was imported from “My prep.csv”: its rows read differently now/);
      }
    }
    // A different mapping reads different rows as bad: the skip list seen with the old mapping does not fit.
    const remapped = { ...file, columns: ['bank', 'text', 'ignore', 'notes'] as const };
    const preview = await callOk(core, 'banks.previewImport', { ...remapped, columns: [...remapped.columns] });
    expect(preview.skipped.map((r) => r.at)).toEqual(['row 3', 'row 8']);
    const stale = await call(core, 'banks.import', {
      ...remapped,
      columns: [...remapped.columns],
      duplicates: 'skip',
      skipRows: ['row 3', 'row 6', 'row 8'],
    });
    expect(stale.ok).toBe(false);
    expect(tablesFingerprint(core.db)).toBe(before);
    core.close();
  });

  test('a file with no good row imports nothing, even when asked to skip', async () => {
    const core = openTestCore();
    const before = tablesFingerprint(core.db);
    const bad = { fileName: 'bad.csv', base64: b64('text,difficulty\n,2\nWhy?,9\n') };
    const preview = await callOk(core, 'banks.previewImport', bad);
    expect(preview).toMatchObject({ questionCount: 0, banks: [], rows: [], problems: [] });
    expect(preview.skipped.map((r) => r.at)).toEqual(['row 2', 'row 3']);
    const result = await call(core, 'banks.import', { ...bad, duplicates: 'skip', skipRows: ['row 2', 'row 3'] });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'invalid_input',
      message: 'Nothing was imported from “bad.csv”: none of its rows can be imported.',
    });
    expect(tablesFingerprint(core.db)).toBe(before);
    core.close();
  });

  test('broken quoting spoils only its own row; an unclosed quote takes the rest of the file, and the rows before it import', async () => {
    const core = openTestCore();
    const text = 'text,notes\nFirst?,one\n"Second" oops,two\nThird?,three\nFourth?,"never closed\nFifth?,five\n';
    const broken = { fileName: 'quotes.csv', base64: b64(text) };
    const preview = await callOk(core, 'banks.previewImport', broken);
    expect(preview.rows.map((r) => r.text)).toEqual(['First?', 'Third?']);
    expect(preview.skipped).toEqual([
      { at: 'row 3', problems: [expect.stringMatching(/^Unexpected text after a closing quote/)], text: '"Second" oops,two' },
      {
        at: 'row 5',
        problems: [expect.stringMatching(/never closed.*Everything after it, to the end of the file, is part of this row/)],
        text: 'Fourth?,"never closed\nFifth?,five\n',
      },
    ]);
    await callOk(core, 'banks.import', { ...broken, duplicates: 'skip', skipRows: ['row 3', 'row 5'] });
    expect((await textsIn(core)).quotes).toEqual(['First?', 'Third?']);
    core.close();
  });

  test('TSV and Anki text files skip bad rows the same way (Anki rows are named by their line in the text file)', async () => {
    const core = openTestCore();
    const tsv = { fileName: 'sheet.tsv', base64: b64('Question\tTags\nWhy us?\tfit\n\tno question\n') };
    const tsvPreview = await callOk(core, 'banks.previewImport', tsv);
    expect(tsvPreview.skipped).toMatchObject([{ at: 'row 3', problems: ['column “Question”: Question text cannot be empty'] }]);
    expect(tsvPreview.skippedFile?.fileName).toBe('sheet - rows not imported.tsv');
    const anki = '#separator:tab\n#html:true\n#deck:Anki deck\nWhat is <b>your</b> #1 strength?\tProof\n<br>\tback only\n';
    const ankiFile = { fileName: 'deck.txt', base64: b64(anki) };
    const ankiPreview = await callOk(core, 'banks.previewImport', ankiFile);
    expect(ankiPreview.skipped).toMatchObject([
      { at: 'line 5', problems: ['column “Field 1”: Question text cannot be empty'], text: '<br>\tback only' },
    ]);
    expect(ankiPreview.skippedFile).toMatchObject({
      fileName: 'deck - rows not imported.txt',
      content: '#separator:tab\n#html:true\n#deck:Anki deck\n<br>\tback only\n',
    });
    await callOk(core, 'banks.import', { ...tsv, duplicates: 'skip', skipRows: ['row 3'] });
    await callOk(core, 'banks.import', { ...ankiFile, duplicates: 'skip', skipRows: ['line 5'] });
    expect(await textsIn(core)).toMatchObject({ sheet: ['Why us?'], 'Anki deck': ['What is your #1 strength?'] });
    core.close();
  });
});
