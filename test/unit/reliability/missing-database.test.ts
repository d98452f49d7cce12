import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { AppInfo, RecoveryOutcome } from '../../../shared/domain/app-info';
import { databaseFileName } from '../../../electron/main/storage/open-database';
import { callOk, openTestCore } from '../../helpers/test-core';
import { dispatchOk, useAppHosts } from '../../helpers/app-hosts';
import { makeTempDir } from '../../helpers/temp-dir';

const { start } = useAppHosts();
const ask = dispatchOk;

test('a start that finds no database but finds backups offers the newest instead of starting empty; restoring brings the data back', async () => {
  const dataDir = makeTempDir();
  const core = openTestCore(dataDir);
  await callOk(core, 'banks.create', { name: 'Kept in the backup', description: '' });
  await callOk(core, 'data.backupNow', {});
  core.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, databaseFileName + suffix), { force: true });

  const host = start(dataDir);
  expect(host.core()).toBeNull();
  const info = await ask<AppInfo>(host, 'app.info');
  expect(info.recovery).toMatchObject({ missing: true, problem: expect.stringMatching(/missing from the data folder/) });
  expect(info.recovery?.backup).not.toBeNull();
  expect(existsSync(join(dataDir, databaseFileName))).toBe(false); // nothing was created behind the user's back

  const outcome = await ask<RecoveryOutcome>(host, 'app.recoverFromBackup');
  expect(outcome.restoredFrom).toBe(info.recovery!.backup!.fileName);
  const banks = await ask<{ name: string }[]>(host, 'banks.list');
  expect(banks.map((b) => b.name)).toContain('Kept in the backup');
  const after = await ask<AppInfo>(host, 'app.info');
  expect(after.notices.find((n) => n.id === 'database-recovered')?.message).not.toMatch(/damaged/);
});

test('a first start (no database, no backups) starts empty as before', () => {
  const host = start(makeTempDir());
  expect(host.core()).not.toBeNull();
});
