import { afterEach, expect, test } from 'vitest';
import { tablesFingerprint } from '../../helpers/db-fingerprint';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../helpers/test-core';

afterEach(removeTempDirs);

test('two windows edit one question: different fields merge; the same field changed elsewhere is a conflict that writes nothing', async () => {
  const core = openTestCore();
  const bank = await callOk(core, 'banks.create', { name: 'Mine' });
  const q = await callOk(core, 'questions.create', { bankId: bank.id, text: 'Why this firm?' });

  // Window B changes the text; window A, opened before, changes only the category: both survive.
  await callOk(core, 'questions.update', { id: q.id, patch: { text: 'Why this firm, really?' }, base: { text: 'Why this firm?' } });
  const merged = await callOk(core, 'questions.update', { id: q.id, patch: { category: 'Motivation' }, base: { category: '' } });
  expect(merged).toMatchObject({ text: 'Why this firm, really?', category: 'Motivation' });

  // Window A now changes the text it loaded before B's save: refused, named, nothing written.
  const before = tablesFingerprint(core.db);
  const refused = await call(core, 'questions.update', { id: q.id, patch: { text: 'Why us?' }, base: { text: 'Why this firm?' } });
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(refused.error.code).toBe('conflict');
  expect(refused.error.message).toMatch(/^Changed in another window since you opened this page: the question\. Nothing was saved/);
  expect(refused.error.issues).toEqual([
    { path: 'text', message: expect.stringMatching(/^The question was changed in another window/), saved: 'Why this firm, really?' },
  ]);
  expect(tablesFingerprint(core.db)).toEqual(before);

  // The same new value from both windows is no conflict; an edit without a base (import, older callers) is as before.
  await callOk(core, 'questions.update', { id: q.id, patch: { text: 'Why this firm, really?' }, base: { text: 'Why this firm?' } });
  expect(await callOk(core, 'questions.update', { id: q.id, patch: { text: 'Why us?' } })).toMatchObject({ text: 'Why us?' });
});

test('two windows rename one bank: the description merges, the same name changed elsewhere is a conflict that writes nothing', async () => {
  const core = openTestCore();
  const bank = await callOk(core, 'banks.create', { name: 'Audit' });
  await callOk(core, 'banks.update', { id: bank.id, name: 'Audit round 2', base: { name: 'Audit' } });
  const merged = await callOk(core, 'banks.update', { id: bank.id, description: 'For Harbour Lane', base: { description: '' } });
  expect(merged).toMatchObject({ name: 'Audit round 2', description: 'For Harbour Lane' });
  const before = tablesFingerprint(core.db);
  const refused = await call(core, 'banks.update', { id: bank.id, name: 'Audit, final', base: { name: 'Audit' } });
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.error).toMatchObject({ code: 'conflict', issues: [{ path: 'name', saved: 'Audit round 2' }] });
  expect(tablesFingerprint(core.db)).toEqual(before);
});

test('"Keep mine": saving again against the value the conflict reported overwrites it; a third change meanwhile is refused again', async () => {
  const core = openTestCore();
  const bank = await callOk(core, 'banks.create', { name: 'Audit' });
  await callOk(core, 'banks.update', { id: bank.id, name: 'Audit round 2', base: { name: 'Audit' } });
  const refused = await call(core, 'banks.update', {
    id: bank.id,
    name: 'Audit, final',
    description: 'Mine',
    base: { name: 'Audit', description: '' },
  });
  const saved = refused.ok ? undefined : String(refused.error.issues?.[0]?.saved);
  expect(saved).toBe('Audit round 2');

  // A third window renames it again before this one chooses: the overwrite is refused, now naming the newest name.
  await callOk(core, 'banks.update', { id: bank.id, name: 'Audit round 3', base: { name: 'Audit round 2' } });
  const again = await call(core, 'banks.update', {
    id: bank.id,
    name: 'Audit, final',
    description: 'Mine',
    base: { name: saved, description: '' },
  });
  expect(again.ok ? null : again.error.issues).toEqual([expect.objectContaining({ path: 'name', saved: 'Audit round 3' })]);
  const kept = await callOk(core, 'banks.update', {
    id: bank.id,
    name: 'Audit, final',
    description: 'Mine',
    base: { name: 'Audit round 3', description: '' },
  });
  expect(kept).toMatchObject({ name: 'Audit, final', description: 'Mine' });
});
