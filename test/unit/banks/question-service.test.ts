import { afterEach, describe, expect, test } from 'vitest';
import { createQuestion, ensureBankNamed } from '../../../electron/main/services/questions/question-writes';
import { questionById } from '../../../electron/main/services/questions/question-queries';
import { tablesFingerprint } from '../../helpers/db-fingerprint';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../helpers/test-core';
import { notesSave } from '../../helpers/notes-save';

afterEach(removeTempDirs);

async function withBank() {
  const core = openTestCore();
  const bank = await callOk(core, 'banks.create', { name: 'Mine' });
  return { core, bank };
}

describe('questions', () => {
  test('create with defaults, then edit every field', async () => {
    const { core, bank } = await withBank();
    const q = await callOk(core, 'questions.create', { bankId: bank.id, text: '  Why this firm?  ' });
    expect(q).toMatchObject({
      bankId: bank.id,
      bankName: 'Mine',
      text: 'Why this firm?',
      category: '',
      tags: [],
      difficulty: 2,
      suggestedSeconds: 120,
      guidance: '',
      star: false,
      notes: { situation: '', task: '', action: '', result: '', free: '' },
      archived: false,
    });
    const edited = await callOk(core, 'questions.update', {
      id: q.id,
      patch: {
        text: 'Why this firm, really?',
        category: 'Motivation',
        tags: [' Firm ', 'firm', 'Research'],
        difficulty: 3,
        suggestedSeconds: 90,
        guidance: 'Specifics.',
        star: true,
      },
    });
    expect(edited).toMatchObject({
      text: 'Why this firm, really?',
      category: 'Motivation',
      tags: ['firm', 'research'],
      difficulty: 3,
      suggestedSeconds: 90,
      guidance: 'Specifics.',
      star: true,
    });
    expect(await callOk(core, 'banks.get', { id: bank.id })).toMatchObject({ questionCount: 1 });
    core.close();
  });

  test('empty, whitespace-only and over-long text is refused at the text field and nothing is saved', async () => {
    const { core, bank } = await withBank();
    const q = await callOk(core, 'questions.create', { bankId: bank.id, text: 'Original' });
    const before = tablesFingerprint(core.db);
    for (const text of ['', '   \n\t ', 'x'.repeat(2001)]) {
      const created = await call(core, 'questions.create', { bankId: bank.id, text });
      expect(created).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'text' }] } });
      const updated = await call(core, 'questions.update', { id: q.id, patch: { text } });
      expect(updated).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'patch.text' }] } });
    }
    const bad = await call(core, 'questions.update', { id: q.id, patch: { difficulty: 4 as 3 } });
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: 'patch.difficulty', message: 'Difficulty must be 1, 2 or 3' }] } });
    expect(tablesFingerprint(core.db)).toBe(before);
    expect(questionById(core.db, q.id)?.text).toBe('Original');
    expect((await call(core, 'questions.create', { bankId: bank.id, text: 'x'.repeat(2000) })).ok).toBe(true);
    core.close();
  });

  test('notes are saved on their own, leaving the other fields alone', async () => {
    const { core, bank } = await withBank();
    const q = await callOk(core, 'questions.create', { bankId: bank.id, text: 'Conflict?', star: true });
    const notes = { situation: 'Team of 5', task: 'Ship', action: 'Talked', result: 'Shipped', free: 'Mention the retro' };
    const saved = await callOk(core, 'questions.saveNotes', { id: q.id, save: notesSave(notes) });
    expect(saved).toMatchObject({ status: 'saved', version: 1, values: notes });
    expect(await callOk(core, 'questions.get', { id: q.id })).toMatchObject({
      notes,
      updatedAt: saved.status === 'saved' ? saved.savedAt : '',
      version: 1,
      text: 'Conflict?',
      star: true,
    });
    await callOk(core, 'questions.update', { id: q.id, patch: { text: 'Conflict, again?' } });
    expect((await callOk(core, 'questions.get', { id: q.id })).notes).toEqual(notes);
    core.close();
  });

  test('move between banks, but not into an archived bank', async () => {
    const { core, bank } = await withBank();
    const other = await callOk(core, 'banks.create', { name: 'Other' });
    const q = await callOk(core, 'questions.create', { bankId: bank.id, text: 'Move me' });
    expect(await callOk(core, 'questions.move', { id: q.id, bankId: other.id })).toMatchObject({ bankId: other.id, bankName: 'Other' });
    const archivedBank = await callOk(core, 'banks.create', { name: 'Old' });
    core.db.prepare("UPDATE banks SET archived_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(archivedBank.id);
    const refused = await call(core, 'questions.move', { id: q.id, bankId: archivedBank.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'bankId' }] } });
    expect(await call(core, 'questions.create', { bankId: archivedBank.id, text: 'x' })).toMatchObject({ ok: false });
    core.close();
  });

  test('archive and restore; editing an archived question is refused with a clear message', async () => {
    const { core, bank } = await withBank();
    const q = await callOk(core, 'questions.create', { bankId: bank.id, text: 'Old question' });
    expect(await callOk(core, 'questions.setArchived', { id: q.id, archived: true })).toMatchObject({ archived: true });
    expect(await callOk(core, 'questions.list', { bankId: bank.id })).toEqual([]);
    expect(await callOk(core, 'questions.list', { bankId: bank.id, includeArchived: true })).toHaveLength(1);
    const before = tablesFingerprint(core.db);
    const edit = await call(core, 'questions.update', { id: q.id, patch: { text: 'New' } });
    expect(edit).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This question is archived. Restore it before editing.' },
    });
    expect(
      (
        await call(core, 'questions.saveNotes', {
          id: q.id,
          save: notesSave({ situation: 'a', task: '', action: '', result: '', free: '' }),
        })
      ).ok,
    ).toBe(false);
    expect((await call(core, 'questions.move', { id: q.id, bankId: bank.id })).ok).toBe(false);
    expect(tablesFingerprint(core.db)).toBe(before);
    expect(await callOk(core, 'questions.setArchived', { id: q.id, archived: false })).toMatchObject({ archived: false });
    expect(await callOk(core, 'questions.update', { id: q.id, patch: { text: 'New' } })).toMatchObject({ text: 'New' });
    core.close();
  });

  test('createQuestion and ensureBankNamed work for other features without the dispatcher', () => {
    const core = openTestCore();
    const now = new Date('2026-03-01T12:00:00.000Z');
    const bankId = ensureBankNamed(core.db, 'From my interviews', 'Questions from real interviews', now);
    const q = createQuestion(core.db, { bankId, text: 'What would you do in your first 90 days?', tags: ['Struggled'] }, now);
    expect(q).toMatchObject({ bankId, tags: ['struggled'], createdAt: now.toISOString(), difficulty: 2 });
    expect(questionById(core.db, q.id)).toEqual(q);
    expect(() => createQuestion(core.db, { bankId, text: ' ' }, now)).toThrow();
    core.close();
  });

  test('facets list the categories and tags of active questions', async () => {
    const { core, bank } = await withBank();
    await callOk(core, 'questions.create', { bankId: bank.id, text: 'A', category: 'Zeta', tags: ['unique-tag-x'] });
    const facets = await callOk(core, 'questions.facets', {});
    expect(facets.categories).toContain('Zeta');
    expect(facets.tags).toContain('unique-tag-x');
    expect(new Set(facets.tags).size).toBe(facets.tags.length);
    core.close();
  });
});
