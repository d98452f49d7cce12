import { afterEach, expect, test } from 'vitest';
import { emptyNotes, type StarNotes } from '../../../../shared/domain/questions';
import { mergeImportedNotes } from '../../../../shared/domain/import-export/merge-notes';
import { removeTempDirs } from '../../../helpers/temp-dir';
import { callOk, openTestCore } from '../../../helpers/test-core';
import { notesSave } from '../../../helpers/notes-save';

afterEach(removeTempDirs);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function starterBank(core: ReturnType<typeof openTestCore>) {
  const [bank] = await callOk(core, 'banks.list', { includeArchived: false });
  const questions = await callOk(core, 'questions.list', { bankId: bank!.id, includeArchived: false });
  return { bank: bank!, questions };
}

test('a JSON copy of a starter bank brings its notes into another install with the same starter questions, filling only empty parts', async () => {
  const home = openTestCore();
  const { bank, questions } = await starterBank(home);
  const [q1, q2, q3] = questions;
  const full: StarNotes = { ...emptyNotes, situation: 'Cafe\u0301 rush 👩‍💻 — שלום — 面试', action: '  kept calm  ', free: 'x'.repeat(3000) };
  await callOk(home, 'questions.saveNotes', { id: q1!.id, save: notesSave(full) });
  await callOk(home, 'questions.saveNotes', { id: q2!.id, save: notesSave({ ...emptyNotes, free: 'mine at home', result: 'Hired' }) });
  const file = await callOk(home, 'banks.export', { bankId: bank.id, format: 'json' });
  home.close();

  const laptop = openTestCore();
  const there = await starterBank(laptop);
  const byText = (text: string) => there.questions.find((q) => q.text === text)!;
  await callOk(laptop, 'questions.saveNotes', {
    id: byText(q2!.text).id,
    save: notesSave({ ...emptyNotes, free: 'written on the laptop' }),
  });
  const untouched = byText(q3!.text);

  const preview = await callOk(laptop, 'banks.previewImport', { fileName: file.fileName, base64: b64(file.content) });
  expect(preview).toMatchObject({ questionCount: questions.length, duplicateCount: questions.length, notes: { bring: 2, differing: 1 } });

  // Leaving the notes writes nothing.
  const left = await callOk(laptop, 'banks.import', {
    fileName: file.fileName,
    base64: b64(file.content),
    duplicates: 'skip',
    notes: 'leave',
  });
  expect(left).toMatchObject({ questionsAdded: 0, notesBrought: 0 });
  expect((await callOk(laptop, 'questions.get', { id: byText(q1!.text).id })).notes).toEqual(emptyNotes);

  const brought = await callOk(laptop, 'banks.import', {
    fileName: file.fileName,
    base64: b64(file.content),
    duplicates: 'skip',
    notes: 'bring',
  });
  expect(brought).toMatchObject({ questionsAdded: 0, duplicatesSkipped: questions.length, notesBrought: 2 });
  laptop.close();

  // After a restart, from the SQLite file.
  const reopened = openTestCore(laptop.dataDir);
  expect((await callOk(reopened, 'questions.get', { id: byText(q1!.text).id })).notes).toEqual({
    ...full,
    situation: full.situation.normalize('NFC'),
  });
  expect((await callOk(reopened, 'questions.get', { id: byText(q2!.text).id })).notes).toEqual({
    ...emptyNotes,
    free: 'written on the laptop',
    result: 'Hired',
  });
  expect((await callOk(reopened, 'questions.get', { id: untouched.id })).notes).toEqual(emptyNotes);
  const again = await callOk(reopened, 'banks.previewImport', { fileName: file.fileName, base64: b64(file.content) });
  expect(again.notes).toEqual({ bring: 0, differing: 1 });
  reopened.close();
});

test('merging notes never overwrites a part written here', () => {
  const here = { ...emptyNotes, task: 'mine' };
  expect(mergeImportedNotes(here, { ...emptyNotes, task: 'theirs', result: 'R' })).toEqual({
    merged: { ...emptyNotes, task: 'mine', result: 'R' },
    fills: true,
    differs: true,
  });
  expect(mergeImportedNotes(here, { ...emptyNotes, task: 'MINE' })).toEqual({ merged: here, fills: false, differs: false });
});
