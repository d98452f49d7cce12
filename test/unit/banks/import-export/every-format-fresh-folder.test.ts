import { afterEach, expect, test, vi } from 'vitest';
import { exportFormats } from '../../../../shared/domain/import-export/document';
import type { Question } from '../../../../shared/domain/questions';
import { removeTempDirs } from '../../../helpers/temp-dir';
import { callOk, openTestCore } from '../../../helpers/test-core';
import { notesSave } from '../../../helpers/notes-save';

vi.setConfig({ testTimeout: 120_000 });
afterEach(removeTempDirs);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Text that has broken importers: combining marks, ZWJ emoji, RTL, CJK, a very long line, meaningful edge spaces, syntax look-alikes. */
const hard = {
  text: '#1 priority: Cafe\u0301 👩‍💻 — שלום עולם — 面试? =SUM(A1)',
  guidance: `- Action: name the trade-off.\n  indented line\n${'long '.repeat(350)}end`,
  category: 'Résumé & CV — 履歴書',
  // A first tag starting with a formula character: the Anki CSV's Tags cell gets the spreadsheet apostrophe, removed on import.
  tags: ['@home', 'naïve', 'עברית', '中文'],
  notes: {
    situation: '  leading and trailing spaces  ',
    task: 'T "quoted", here\n> not a quote\n\ta tab, which HTML would collapse',
    action: '## not a heading',
    result: '👨‍👩‍👧‍👦',
    free: '\\ backslash',
  },
};

// Ids, times and the row version are this install's own bookkeeping, not part of what an export carries.
const comparable = ({ id: _i, bankId: _b, starterKey: _s, createdAt: _c, updatedAt: _u, version: _v, ...q }: Question) => q;

test.each(exportFormats)('a bank exported as %s and imported into a fresh data folder comes back with every character', async (format) => {
  const home = openTestCore();
  const bank = await callOk(home, 'banks.create', { name: 'Fidelity — 忠実 ✓', description: '' });
  const made = await callOk(home, 'questions.create', {
    bankId: bank.id,
    text: hard.text,
    guidance: hard.guidance,
    category: hard.category,
    tags: hard.tags,
    difficulty: 3,
    star: true,
  });
  await callOk(home, 'questions.saveNotes', { id: made.id, save: notesSave(hard.notes) });
  await callOk(home, 'questions.create', { bankId: bank.id, text: 'Plain second question' });
  const before = await callOk(home, 'questions.list', { bankId: bank.id, includeArchived: true });
  const file = await callOk(home, 'banks.export', { bankId: bank.id, format });
  home.close();

  const fresh = openTestCore();
  const result = await callOk(fresh, 'banks.import', { fileName: file.fileName, base64: b64(file.content), duplicates: 'skip' });
  expect(result.questionsAdded).toBe(2);
  const imported = result.banks.find((b) => b.name === 'Fidelity — 忠実 ✓') ?? result.banks[0]!;
  const after = await callOk(fresh, 'questions.list', { bankId: imported.id, includeArchived: true });
  if (format !== 'anki') expect(after.map(comparable)).toEqual(before.map(comparable));
  else {
    // Anki's card has two sides and tags: the question is the front, and the back carries the guidance and
    // every note part, each character intact, which a re-import reads as the question's notes.
    expect(after.map((q) => [q.text, q.tags])).toEqual(before.map((q) => [q.text, q.tags]));
    const back = after[0]!.notes.free;
    for (const part of [hard.guidance, ...Object.values(hard.notes)]) expect(back).toContain(part);
  }
  fresh.close();
});
