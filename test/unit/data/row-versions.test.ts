import { afterEach, describe, expect, test } from 'vitest';
import { emptyNotes } from '../../../shared/domain/questions';
import { emptyDrafts } from '../../../shared/domain/reflection/drafts';
import { mergeChanges } from '../../../shared/domain/row-version';
import { tablesFingerprint } from '../../helpers/db-fingerprint';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../helpers/test-core';
import { logInterview, openCoreAt } from '../reflection/reflection-core';

afterEach(() => removeTempDirs());

async function questionIn(core: ReturnType<typeof openTestCore>) {
  const bank = await callOk(core, 'banks.create', { name: 'Versions' });
  return callOk(core, 'questions.create', { bankId: bank.id, text: 'Tell me about a conflict', star: true });
}

describe('row versions: two windows editing one question’s notes (real SQLite file)', () => {
  test('different notes merge; the same note is refused with both texts and nothing written; "keep mine" then applies', async () => {
    const core = openTestCore();
    const q = await questionIn(core);
    // Both windows loaded the question at version 0.
    const first = await callOk(core, 'questions.saveNotes', {
      id: q.id,
      save: { baseVersion: 0, base: { situation: '' }, changes: { situation: 'Window A situation' } },
    });
    expect(first).toMatchObject({ status: 'saved', version: 1 });

    const merged = await callOk(core, 'questions.saveNotes', {
      id: q.id,
      save: { baseVersion: 0, base: { task: '' }, changes: { task: 'Window B task' } },
    });
    expect(merged).toMatchObject({
      status: 'saved',
      version: 2,
      values: { ...emptyNotes, situation: 'Window A situation', task: 'Window B task' },
    });

    const before = tablesFingerprint(core.db);
    const refused = await callOk(core, 'questions.saveNotes', {
      id: q.id,
      save: { baseVersion: 0, base: { situation: '', result: '' }, changes: { situation: 'Window B situation', result: 'B result' } },
    });
    expect(refused).toEqual({
      status: 'conflict',
      version: 2,
      fields: ['situation'],
      saved: { ...emptyNotes, situation: 'Window A situation', task: 'Window B task' },
    });
    expect(tablesFingerprint(core.db)).toBe(before);

    // "Keep mine": the same text, now based on the saved version.
    const kept = await callOk(core, 'questions.saveNotes', {
      id: q.id,
      save: {
        baseVersion: 2,
        base: { situation: 'Window A situation', result: '' },
        changes: { situation: 'Window B situation', result: 'B result' },
      },
    });
    expect(kept).toMatchObject({ status: 'saved', version: 3 });
    const stored = await callOk(core, 'questions.get', { id: q.id });
    expect(stored).toMatchObject({ version: 3, notes: { situation: 'Window B situation', task: 'Window B task', result: 'B result' } });
    core.close();

    // The version is stored with the row: a restart keeps it.
    const again = openTestCore(core.dataDir);
    expect((await callOk(again, 'questions.get', { id: q.id })).version).toBe(3);
    again.close();
  });

  test('a window’s own saves sent before the previous answer arrived do not conflict with each other', async () => {
    const core = openTestCore();
    const q = await questionIn(core);
    await callOk(core, 'questions.saveNotes', { id: q.id, save: { baseVersion: 0, base: { free: '' }, changes: { free: 'Draft' } } });
    // Sent while the first was in flight: still based on version 0, with the base the first one set.
    const second = await callOk(core, 'questions.saveNotes', {
      id: q.id,
      save: { baseVersion: 0, base: { free: 'Draft' }, changes: { free: 'Draft, longer' } },
    });
    expect(second).toMatchObject({ status: 'saved', version: 2, values: { free: 'Draft, longer' } });
    core.close();
  });

  test('every other write to the question raises its version too; saving the same text again writes nothing', async () => {
    const core = openTestCore();
    const q = await questionIn(core);
    expect((await callOk(core, 'questions.update', { id: q.id, patch: { text: 'New wording' } })).version).toBe(1);
    const bank = await callOk(core, 'banks.create', { name: 'Other' });
    expect((await callOk(core, 'questions.move', { id: q.id, bankId: bank.id })).version).toBe(2);
    const before = tablesFingerprint(core.db);
    expect(
      await callOk(core, 'questions.saveNotes', { id: q.id, save: { baseVersion: 2, base: { task: '' }, changes: { task: '' } } }),
    ).toMatchObject({
      status: 'saved',
      version: 2,
    });
    expect(tablesFingerprint(core.db)).toBe(before);
    core.close();
  });

  test('malformed writes are refused naming the field, and write nothing', async () => {
    const core = openTestCore();
    const q = await questionIn(core);
    const before = tablesFingerprint(core.db);
    const cases = [
      { save: { baseVersion: -1, base: {}, changes: {} }, path: 'save.baseVersion' },
      { save: { baseVersion: 0, base: {}, changes: { task: 'No base' } }, path: 'save.base.task' },
      { save: { baseVersion: 0, base: { bogus: '' }, changes: { bogus: 'x' } }, path: 'save.base' },
      { save: { baseVersion: 0, base: { task: '' }, changes: { task: 'x'.repeat(5001) } }, path: 'save.changes.task' },
    ];
    for (const { save, path } of cases) {
      const result = await call(core, 'questions.saveNotes', { id: q.id, save } as never);
      expect(result.ok ? [] : result.error.issues?.map((i) => i.path), path).toContain(path);
    }
    expect(tablesFingerprint(core.db)).toBe(before);
    core.close();
  });
});

describe('row versions: two windows on one interview reflection', () => {
  test('different steps merge; the same step conflicts and writes nothing', async () => {
    const core = openCoreAt({ now: new Date('2026-03-02T15:00:00Z') });
    const { id } = await logInterview(core);
    const empty = emptyDrafts();
    const a = await callOk(core, 'reflection.saveStep', {
      interviewId: id,
      save: { baseVersion: 0, base: { roleFit: empty.roleFit }, changes: { roleFit: { fitRating: 4, attracted: 'A' } } },
    });
    expect(a).toMatchObject({ status: 'saved', version: 1 });
    const b = await callOk(core, 'reflection.saveStep', {
      interviewId: id,
      save: { baseVersion: 0, base: { respond: empty.respond }, changes: { respond: { discussed: 'B' } } },
    });
    expect(b).toMatchObject({
      status: 'saved',
      version: 2,
      values: { roleFit: { fitRating: 4, attracted: 'A' }, respond: { discussed: 'B' } },
    });

    const before = tablesFingerprint(core.db);
    const clash = await callOk(core, 'reflection.saveStep', {
      interviewId: id,
      save: { baseVersion: 0, base: { roleFit: empty.roleFit }, changes: { roleFit: { fitRating: 2, attracted: 'B’s view' } } },
    });
    expect(clash).toMatchObject({ status: 'conflict', version: 2, fields: ['roleFit'], saved: { roleFit: { attracted: 'A' } } });
    expect(tablesFingerprint(core.db)).toBe(before);
    const view = await callOk(core, 'reflection.get', { interviewId: id });
    expect(view).toMatchObject({ version: 2, drafts: { roleFit: { attracted: 'A' }, respond: { discussed: 'B' } } });
    core.close();
  });
});

describe('mergeChanges', () => {
  test('compares drafts by content, whatever the key order', () => {
    const current = { step: { a: 1, b: 'x' } };
    expect(mergeChanges(current, 5, { baseVersion: 1, base: { step: { b: 'x', a: 1 } }, changes: { step: { a: 2, b: 'x' } } })).toEqual({
      ok: true,
      merged: { step: { a: 2, b: 'x' } },
      changed: ['step'],
    });
  });
});
