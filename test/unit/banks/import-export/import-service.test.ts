import { afterEach, describe, expect, test } from 'vitest';
import type { Question } from '../../../../shared/domain/questions';
import { tablesFingerprint } from '../../../helpers/db-fingerprint';
import { removeTempDirs } from '../../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../../helpers/test-core';
import { notesSave } from '../../../helpers/notes-save';

afterEach(removeTempDirs);

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
// Ids and the row version are the install's own, not part of an export (an imported question starts at version 0).
const comparable = ({ id: _id, bankId: _b, starterKey: _s, version: _v, ...q }: Question) => q;

async function bankWith(core: ReturnType<typeof openTestCore>, name: string) {
  const bank = await callOk(core, 'banks.create', { name, description: 'Described' });
  const q1 = await callOk(core, 'questions.create', {
    bankId: bank.id,
    text: 'First?',
    tags: ['a', 'b'],
    star: true,
    difficulty: 3,
    guidance: 'G',
  });
  await callOk(core, 'questions.saveNotes', {
    id: q1.id,
    save: notesSave({ situation: 'S "quoted", here', task: 'T\nline', action: 'A', result: 'R', free: 'F' }),
  });
  const q2 = await callOk(core, 'questions.create', { bankId: bank.id, text: 'Second, archived' });
  await callOk(core, 'questions.setArchived', { id: q2.id, archived: true });
  return bank;
}

describe('import and export through the dispatcher', () => {
  test('JSON: export a bank, delete it, import it back — everything as it was', async () => {
    const core = openTestCore();
    const bank = await bankWith(core, 'Round trip');
    const before = await callOk(core, 'questions.list', { bankId: bank.id, includeArchived: true });
    const file = await callOk(core, 'banks.export', { bankId: bank.id, format: 'json' });
    expect(file).toMatchObject({
      fileName: expect.stringMatching(/^rehearse-round-trip-\d{4}-\d\d-\d\d\.json$/),
      mimeType: 'application/json',
      questionCount: 2,
    });

    await callOk(core, 'banks.remove', { id: bank.id });
    const preview = await callOk(core, 'banks.previewImport', { fileName: file.fileName, base64: b64(file.content) });
    expect(preview).toMatchObject({
      format: 'json',
      questionCount: 2,
      duplicateCount: 0,
      banks: [{ name: 'Round trip', target: 'new', questionCount: 2 }],
    });
    const result = await callOk(core, 'banks.import', { fileName: file.fileName, base64: b64(file.content), duplicates: 'skip' });
    expect(result).toMatchObject({ banksCreated: 1, questionsAdded: 2, duplicatesSkipped: 0 });

    const restored = await callOk(core, 'banks.get', { id: result.banks[0]!.id });
    expect(restored).toMatchObject({ name: 'Round trip', description: 'Described', createdAt: bank.createdAt });
    const after = await callOk(core, 'questions.list', { bankId: restored.id, includeArchived: true });
    expect(after.map(comparable)).toEqual(before.map(comparable));
    core.close();
  });

  test('JSON: all banks into a fresh data folder reproduce every bank and question', async () => {
    const source = openTestCore();
    await bankWith(source, 'Extra');
    const file = await callOk(source, 'banks.export', { format: 'json' });
    const target = openTestCore();
    for (const bank of await callOk(target, 'banks.list', { includeArchived: true })) {
      target.db.prepare('DELETE FROM questions WHERE bank_id = ?').run(bank.id);
      target.db.prepare('DELETE FROM banks WHERE id = ?').run(bank.id);
    }
    await callOk(target, 'banks.import', { fileName: file.fileName, base64: b64(file.content), duplicates: 'keepBoth' });
    const again = await callOk(target, 'banks.export', { format: 'json' });
    const strip = (content: string) => content.replace(/"exportedAt": "[^"]+"/, '');
    expect(strip(again.content)).toBe(strip(file.content));
    source.close();
    target.close();
  });

  test('preview finds duplicates (same text in the same bank, or twice in the file) and writes nothing; skip or keep both', async () => {
    const core = openTestCore();
    const bank = await bankWith(core, 'Dups');
    const csv = 'bank,text\nDups,first? \nDups,Brand new\nDups,brand NEW\nOther bank,First?\n';
    const file = { fileName: 'dups.csv', base64: b64(csv) };
    const before = tablesFingerprint(core.db);
    const preview = await callOk(core, 'banks.previewImport', file);
    expect(tablesFingerprint(core.db)).toBe(before);
    expect(preview).toMatchObject({
      format: 'csv',
      questionCount: 4,
      duplicateCount: 2,
      banks: [
        { name: 'Dups', target: 'existing', questionCount: 3, duplicateCount: 2 },
        { name: 'Other bank', target: 'new', questionCount: 1, duplicateCount: 0 },
      ],
      duplicates: [
        { bankName: 'Dups', text: 'first?', at: 'row 2' },
        { bankName: 'Dups', text: 'brand NEW', at: 'row 4' },
      ],
    });
    const skipped = await callOk(core, 'banks.import', { ...file, duplicates: 'skip' });
    expect(skipped).toMatchObject({ banksCreated: 1, questionsAdded: 2, duplicatesSkipped: 2 });
    expect((await callOk(core, 'questions.list', { bankId: bank.id })).map((q) => q.text)).toEqual(['First?', 'Brand new']);
    const kept = await callOk(core, 'banks.import', { ...file, duplicates: 'keepBoth' });
    expect(kept).toMatchObject({ banksCreated: 0, questionsAdded: 4, duplicatesSkipped: 0 });
    core.close();
  });

  test('an import into an archived bank of the same name restores it', async () => {
    const core = openTestCore();
    const bank = await bankWith(core, 'Practised');
    core.db.prepare("UPDATE banks SET archived_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(bank.id);
    const file = { fileName: 'p.md', base64: b64('## practised\n- A new one?\n') };
    expect((await callOk(core, 'banks.previewImport', file)).banks[0]).toMatchObject({ name: 'Practised', target: 'archived' });
    expect(await callOk(core, 'banks.import', { ...file, duplicates: 'skip' })).toMatchObject({
      banksRestored: 1,
      questionsAdded: 1,
      banks: [{ id: bank.id, name: 'Practised' }],
    });
    expect(await callOk(core, 'banks.get', { id: bank.id })).toMatchObject({ archived: false, questionCount: 2 });
    core.close();
  });

  test('CSV from Excel (BOM, semicolons, CRLF) and every export format of the starter banks', async () => {
    const core = openTestCore();
    const excel = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Bank;Text;Tags\r\nExcel;Qu’est-ce que c’est ?;a, b\r\n', 'utf8'),
    ]);
    const result = await callOk(core, 'banks.import', { fileName: 'excel.csv', base64: excel.toString('base64'), duplicates: 'skip' });
    expect((await callOk(core, 'questions.list', { bankId: result.banks[0]!.id }))[0]).toMatchObject({
      text: 'Qu’est-ce que c’est ?',
      tags: ['a', 'b'],
    });
    for (const format of ['json', 'csv', 'markdown', 'anki'] as const) {
      const file = await callOk(core, 'banks.export', { format });
      expect(file.content.length).toBeGreaterThan(1000);
      if (format === 'anki') continue;
      const preview = await callOk(core, 'banks.previewImport', { fileName: file.fileName, base64: b64(file.content) });
      expect(preview.questionCount).toBe(file.questionCount);
      expect(preview.duplicateCount).toBe(file.questionCount);
    }
    expect((await call(core, 'banks.export', { bankId: 9999, format: 'json' })).ok).toBe(false);
    core.close();
  });
});

test('banks named twice in one file become one, and a message never ends in two full stops', async () => {
  const core = openTestCore();
  const file = {
    format: 'rehearse-question-banks',
    formatVersion: 1,
    banks: [
      { name: 'Twice', questions: [{ text: 'One?' }] },
      { name: 'twice', questions: [{ text: 'Two?' }, { text: 'one' }] },
    ],
  };
  const base64 = b64(JSON.stringify(file));
  expect(await callOk(core, 'banks.previewImport', { fileName: 't.json', base64 })).toMatchObject({
    banks: [{ name: 'Twice', target: 'new', questionCount: 3, duplicateCount: 1 }],
  });
  expect(await callOk(core, 'banks.import', { fileName: 't.json', base64, duplicates: 'skip' })).toMatchObject({
    banksCreated: 1,
    questionsAdded: 2,
  });
  const cut = await call(core, 'banks.previewImport', {
    fileName: 'u.csv',
    base64: Buffer.from('text\nPrice in €').subarray(0, -1).toString('base64'),
  });
  expect(cut.ok ? '' : cut.error.message).toMatch(/save it again\.$/);
  core.close();
});
