import { afterEach, expect, test } from 'vitest';
import { tablesFingerprint } from '../../helpers/db-fingerprint';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../helpers/test-core';

afterEach(removeTempDirs);

const story = {
  title: 'The audit deadline',
  situation: 'Year-end',
  task: 'Finish the file',
  action: 'Split the work',
  result: 'On time',
  competencies: ['Teamwork'],
};

test('two windows edit one story: different fields merge; the same field changed elsewhere is a conflict that writes nothing', async () => {
  const core = openTestCore();
  const created = await callOk(core, 'stories.create', { fields: story });

  // Window B saves a new result; window A, opened before, saves a new title with B's old result still in its form.
  await callOk(core, 'stories.update', { id: created.id, fields: { ...story, result: 'A day early' }, base: story });
  const merged = await callOk(core, 'stories.update', { id: created.id, fields: { ...story, title: 'Beating the deadline' }, base: story });
  expect(merged).toMatchObject({ title: 'Beating the deadline', result: 'A day early' });

  // Window A then changes the result it loaded before B's save: refused, named, nothing written.
  const before = tablesFingerprint(core.db);
  const refused = await call(core, 'stories.update', {
    id: created.id,
    fields: { ...story, title: 'Beating the deadline', result: 'Delivered' },
    base: { ...story, title: 'Beating the deadline' },
  });
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(refused.error.code).toBe('conflict');
  expect(refused.error.issues).toEqual([
    { path: 'result', message: expect.stringMatching(/^The result was changed in another window/), saved: 'A day early' },
  ]);
  expect(tablesFingerprint(core.db)).toEqual(before);
});
