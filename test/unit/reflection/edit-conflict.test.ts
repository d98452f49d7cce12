import { afterEach, expect, test } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import type { InterviewFields } from '../../../shared/domain/reflection/interview';
import { tablesFingerprint } from '../../helpers/db-fingerprint';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../helpers/test-core';
import { acme } from './reflection-core';

afterEach(removeTempDirs);

// Two windows on one form (issue 16, item 2), through the real dispatcher and SQLite: each save carries the values its
// form started from; different fields merge, the same field changed elsewhere is a named conflict that writes nothing.

/** Expects a refused save: `conflict`, with one issue per named field, in the form's order. */
async function expectConflict(result: Promise<Result<unknown>>, paths: string[]) {
  const refused = await result;
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(refused.error.code).toBe('conflict');
  expect(refused.error.message).toMatch(
    /^Changed in another window since you opened this page: .*Nothing was saved and your version is still here: choose which to keep\./,
  );
  expect(refused.error.issues?.map((issue) => issue.path)).toEqual(paths);
}

test('interview details: the notes from one window and the outcome from another both stay; the same field is a conflict', async () => {
  const core = openTestCore();
  const saved = await callOk(core, 'reflection.saveInterview', acme);
  const { id, createdAt: _c, updatedAt: _u, ...loaded } = saved;
  const base: InterviewFields = loaded;

  // Window A edits the notes and the role; window B (opened at the same time) records the outcome, as home's
  // "How did it go?" card does, sending the whole interview with only the outcome changed.
  await callOk(core, 'reflection.saveInterview', { ...base, id, notes: 'Ask about the team', role: 'Senior Data Analyst', base });
  const merged = await callOk(core, 'reflection.saveInterview', { ...base, id, outcome: 'offer', base });
  expect(merged).toMatchObject({ notes: 'Ask about the team', role: 'Senior Data Analyst', outcome: 'offer', company: 'Acme Ltd' });

  // Window B, still on its old copy, now changes the role too: refused, named, nothing written, both fields reported.
  const before = tablesFingerprint(core.db);
  await expectConflict(call(core, 'reflection.saveInterview', { ...base, id, role: 'Lead Analyst', notes: 'Other notes', base }), [
    'role',
    'notes',
  ]);
  expect(tablesFingerprint(core.db)).toEqual(before);

  // A base without an interview to compare it with is refused at the field; a save without a base replaces as before.
  const orphan = await call(core, 'reflection.saveInterview', { ...acme, base });
  expect(orphan.ok ? null : orphan.error.issues?.[0]?.path).toBe('base');
  expect(await callOk(core, 'reflection.saveInterview', { ...base, id })).toMatchObject({ role: 'Data Analyst', notes: '' });
  core.close();
});

test('action items: ticking done in one window keeps a title edited in another; the same title is a conflict', async () => {
  const core = openTestCore();
  const item = await callOk(core, 'reflection.createAction', { kind: 'skill', title: 'Learn SQL', dueOn: '2026-03-01' });
  const base = { kind: item.kind, title: item.title, dueOn: item.dueOn, done: item.done };

  await callOk(core, 'reflection.saveAction', { id: item.id, ...base, title: 'Learn SQL window functions', base });
  const ticked = await callOk(core, 'reflection.saveAction', { id: item.id, ...base, done: true, base });
  expect(ticked).toMatchObject({ title: 'Learn SQL window functions', done: true, dueOn: '2026-03-01' });

  const before = tablesFingerprint(core.db);
  await expectConflict(call(core, 'reflection.saveAction', { id: item.id, ...base, title: 'Learn Python', base }), ['title']);
  expect(tablesFingerprint(core.db)).toEqual(before);
  core.close();
});

test('a session’s reflection: notes written in two windows merge, the same note is a conflict, none saved yet counts as empty', async () => {
  const core = openTestCore();
  core.db.prepare("INSERT INTO practice_sessions (id, setup, started_at) VALUES (7, '{}', '2026-03-01T09:00:00.000Z')").run();
  const empty = { wentWell: '', toImprove: '', practiseNext: '' };

  await callOk(core, 'reflection.saveForSession', { sessionId: 7, ...empty, wentWell: 'Kept to time', base: empty });
  const merged = await callOk(core, 'reflection.saveForSession', {
    sessionId: 7,
    ...empty,
    practiseNext: 'Conflict questions',
    base: empty,
  });
  expect(merged).toMatchObject({ wentWell: 'Kept to time', toImprove: '', practiseNext: 'Conflict questions' });

  const before = tablesFingerprint(core.db);
  await expectConflict(call(core, 'reflection.saveForSession', { sessionId: 7, ...empty, wentWell: 'Spoke clearly', base: empty }), [
    'wentWell',
  ]);
  expect(tablesFingerprint(core.db)).toEqual(before);
  core.close();
});
