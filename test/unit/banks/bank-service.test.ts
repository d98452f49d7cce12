import { afterEach, describe, expect, test } from 'vitest';
import { ensureBankNamed } from '../../../electron/main/services/questions/question-writes';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../helpers/test-core';

afterEach(removeTempDirs);

function practise(core: ReturnType<typeof openTestCore>, questionId: number) {
  const now = '2026-01-05T10:00:00.000Z';
  const session = core.db.prepare("INSERT INTO practice_sessions (setup, started_at) VALUES ('{}', ?)").run(now).lastInsertRowid;
  core.db.prepare('INSERT INTO session_questions (session_id, position, question_id) VALUES (?, 0, ?)').run(session, questionId);
  core.db
    .prepare('INSERT INTO answers (session_id, question_id, position, confidence, time_used_ms, answered_at) VALUES (?, ?, 0, 3, 1000, ?)')
    .run(session, questionId, now);
}

describe('banks', () => {
  test('create, rename and describe, with names trimmed', async () => {
    const core = openTestCore();
    const bank = await callOk(core, 'banks.create', { name: '  Case   studies ', description: ' Mine ' });
    expect(bank).toMatchObject({ name: 'Case studies', description: 'Mine', questionCount: 0, archived: false, starterKey: null });
    const renamed = await callOk(core, 'banks.update', { id: bank.id, name: 'Cases', description: 'Consulting cases' });
    expect(renamed).toMatchObject({ name: 'Cases', description: 'Consulting cases' });
    expect(await callOk(core, 'banks.get', { id: bank.id })).toEqual(renamed);
    core.close();
  });

  test('empty and duplicate names are refused at the name field, ignoring case', async () => {
    const core = openTestCore();
    const empty = await call(core, 'banks.create', { name: '   ' });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'name', message: 'Bank name cannot be empty' }] },
    });
    await callOk(core, 'banks.create', { name: 'Mine' });
    const twin = await call(core, 'banks.create', { name: 'MINE' });
    expect(twin).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'name' }] } });
    const other = await callOk(core, 'banks.create', { name: 'Other' });
    const rename = await call(core, 'banks.update', { id: other.id, name: 'mine' });
    expect(rename.ok).toBe(false);
    // Changing only the case of its own name is allowed.
    expect(await callOk(core, 'banks.update', { id: other.id, name: 'OTHER' })).toMatchObject({ name: 'OTHER' });
    core.close();
  });

  test('a bank without practice history is deleted with its questions', async () => {
    const core = openTestCore();
    const bank = await callOk(core, 'banks.create', { name: 'Scratch' });
    const q = await callOk(core, 'questions.create', { bankId: bank.id, text: 'Why?' });
    expect(await callOk(core, 'banks.deletionImpact', { id: bank.id })).toEqual({
      bankId: bank.id,
      questionCount: 1,
      answerCount: 0,
      action: 'delete',
      refusal: null,
    });
    expect(await callOk(core, 'banks.remove', { id: bank.id })).toEqual({ bankId: bank.id, outcome: 'deleted' });
    expect((await call(core, 'questions.get', { id: q.id })).ok).toBe(false);
    expect((await call(core, 'banks.get', { id: bank.id })).ok).toBe(false);
    core.close();
  });

  test('a bank with practice history is archived instead, keeps its answers, and can be restored', async () => {
    const core = openTestCore();
    const bank = await callOk(core, 'banks.create', { name: 'Practised' });
    const q = await callOk(core, 'questions.create', { bankId: bank.id, text: 'Tell me about a conflict.' });
    practise(core, q.id);
    expect(await callOk(core, 'banks.deletionImpact', { id: bank.id })).toMatchObject({ answerCount: 1, action: 'archive' });
    expect(await callOk(core, 'banks.remove', { id: bank.id })).toEqual({ bankId: bank.id, outcome: 'archived' });
    expect((await callOk(core, 'banks.list', {})).some((b) => b.id === bank.id)).toBe(false);
    expect((await callOk(core, 'banks.list', { includeArchived: true })).find((b) => b.id === bank.id)).toMatchObject({ archived: true });
    expect(core.db.prepare('SELECT count(*) AS n FROM answers WHERE question_id = ?').get(q.id)).toEqual({ n: 1 });
    expect(await callOk(core, 'banks.restore', { id: bank.id })).toMatchObject({ archived: false, questionCount: 1 });
    core.close();
  });

  test('deleting the last active bank is refused with a clear message, and nothing changes', async () => {
    const core = openTestCore();
    const banks = await callOk(core, 'banks.list', {});
    for (const bank of banks.slice(1)) await callOk(core, 'banks.remove', { id: bank.id });
    const last = banks[0]!;
    expect((await callOk(core, 'banks.deletionImpact', { id: last.id })).refusal).toMatch(/only bank/);
    const refused = await call(core, 'banks.remove', { id: last.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Create another bank/) } });
    expect(await callOk(core, 'banks.get', { id: last.id })).toMatchObject({ archived: false });
    core.close();
  });

  test('ensureBankNamed finds, restores or creates the bank', async () => {
    const core = openTestCore();
    const now = new Date('2026-02-01T00:00:00.000Z');
    const id = ensureBankNamed(core.db, 'From my interviews', 'Questions I struggled with.', now);
    expect(ensureBankNamed(core.db, 'from MY interviews', '', now)).toBe(id);
    const q = await callOk(core, 'questions.create', { bankId: id, text: 'Hard one?' });
    practise(core, q.id);
    await callOk(core, 'banks.remove', { id });
    expect(ensureBankNamed(core.db, 'From my interviews', '', now)).toBe(id);
    expect(await callOk(core, 'banks.get', { id })).toMatchObject({ archived: false, description: 'Questions I struggled with.' });
    expect(() => ensureBankNamed(core.db, '  ', '', now)).toThrow(/empty/);
    core.close();
  });

  test('unknown ids answer not_found', async () => {
    const core = openTestCore();
    expect(await call(core, 'banks.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call(core, 'banks.remove', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    core.close();
  });
});
