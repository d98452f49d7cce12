import { afterEach, expect, test } from 'vitest';
import { questionLimits } from '../../../shared/domain/questions';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../helpers/test-core';

afterEach(removeTempDirs);

// Walk 4, finding 17: a 10,000-character paste into the question text. The box keeps it (TextField), and the save
// is refused at the boundary with the field named, writing nothing — on create and on edit.
test('question text over its limit is refused by name, on create and on edit, and nothing is written', async () => {
  const core = openTestCore();
  const bank = await callOk(core, 'banks.create', { name: 'Mine' });
  const pasted = 'Tell me about a time '.repeat(500).slice(0, 10_000);
  const rows = () => core.db.prepare('SELECT id, text FROM questions WHERE bank_id = ?').all(bank.id);

  const created = await call(core, 'questions.create', { bankId: bank.id, text: pasted });
  expect(created.ok).toBe(false);
  if (created.ok) return;
  expect(created.error.code).toBe('invalid_input');
  expect(created.error.issues?.[0]).toMatchObject({
    path: 'text',
    // The limit and the pasted length, grouped as the rest of the UI writes numbers, as a sentence.
    message: 'Question text can be at most 2,000 characters; this one has 10,000.',
  });
  expect(rows()).toEqual([]);

  const q = await callOk(core, 'questions.create', { bankId: bank.id, text: 'Why this firm?' });
  const edited = await call(core, 'questions.update', { id: q.id, patch: { text: pasted }, base: { text: 'Why this firm?' } });
  expect(edited.ok).toBe(false);
  if (!edited.ok) expect(edited.error.issues?.[0]?.path).toMatch(/text$/);
  expect(rows()).toEqual([{ id: q.id, text: 'Why this firm?' }]);
  // Exactly at the limit is fine.
  await callOk(core, 'questions.update', {
    id: q.id,
    patch: { text: 'x'.repeat(questionLimits.textMax) },
    base: { text: 'Why this firm?' },
  });
});
