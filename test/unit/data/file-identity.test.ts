import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { databaseFileName } from '../../../electron/main/storage/open-database';
import { call, callOk, openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

afterEach(removeTempDirs);

for (const how of ['deleted', 'replaced'] as const) {
  test(`the database file ${how} while the app runs: writes are no longer acknowledged, Check database says so, a notice tells every window`, async () => {
    const core = openTestCore();
    try {
      const file = join(core.dataDir, databaseFileName);
      const bank = await callOk(core, 'banks.create', { name: 'Before', description: '' });
      if (how === 'deleted') {
        for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      } else {
        copyFileSync(file, join(core.dataDir, 'other.sqlite'));
        renameSync(join(core.dataDir, 'other.sqlite'), file);
      }
      const refused = await call(core, 'questions.create', { bankId: bank.id, text: 'After?' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'storage_error' } });
      expect(!refused.ok && refused.error.message).toMatch(
        new RegExp(
          `database file \\(.*\\) ${how === 'deleted' ? 'was deleted' : 'was replaced by another file'} while Rehearse was running\\. This question was not saved`,
        ),
      );
      const check = await call(core, 'data.checkDatabase', {});
      expect(check.ok).toBe(false);
      const info = await callOk(core, 'app.info', {});
      expect(info.notices.map((n) => n.id)).toContain('database-detached');
      // Reads still answer, from the data the app has open.
      expect((await callOk(core, 'banks.list', {})).some((b) => b.name === 'Before')).toBe(true);
      // It stays refused: nothing is acknowledged into the orphaned file.
      expect((await call(core, 'banks.create', { name: 'Later', description: '' })).ok).toBe(false);
    } finally {
      core.close();
    }
  });
}

test('an untouched database file keeps answering normally', async () => {
  const core = openTestCore(makeTempDir());
  try {
    await callOk(core, 'banks.create', { name: 'Fine', description: '' });
    expect((await call(core, 'data.checkDatabase', {})).ok).toBe(true);
  } finally {
    core.close();
  }
});
