import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createAppCore } from '../../electron/main/app-core';
import { createBackup } from '../../electron/main/services/data/backups';
import { confBackend } from '../../electron/main/settings/conf-backend';
import { databaseFileName } from '../../electron/main/storage/open-database';
import { makeTempDir } from '../helpers/temp-dir';
import { useAppSessions } from './harness/app-session';

const app = useAppSessions();

/** A data folder whose database has a marked bank and a verified backup, then a damaged header. */
function damagedDataDir(withBackup: boolean): string {
  const dataDir = makeTempDir('rehearse-e2e-');
  const core = createAppCore({ dataDir, mode: 'browser', version: '0.0.0-test', settingsBackend: confBackend });
  core.db.prepare("INSERT INTO banks (name, created_at, updated_at) VALUES ('Rescued bank', @t, @t)").run({ t: new Date().toISOString() });
  if (withBackup) createBackup({ db: core.db, dataDir, now: () => new Date() }, 'manual');
  core.close();
  const file = join(dataDir, databaseFileName);
  writeFileSync(file, Buffer.concat([Buffer.alloc(100, 0x5a), readFileSync(file).subarray(100)]));
  return dataDir;
}

test('a damaged database: the user is told in plain words, restores the backup, and finds the data again', async () => {
  const dataDir = damagedDataDir(true);
  const { page, restart } = await app.open(dataDir);

  await page.getByRole('heading', { level: 1, name: 'Rehearse could not open your data' }).waitFor();
  await expect(page.getByText(/Nothing has been deleted/).isVisible()).resolves.toBe(true);
  await page.getByRole('button', { name: /Restore the backup from/ }).click();

  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByText(/Your data was restored from the backup taken/).waitFor();
  await page.getByText('Rescued bank').first().waitFor();
  expect(readdirSync(dataDir).filter((name) => /^rehearse\.corrupt-.*\.sqlite$/.test(name))).toHaveLength(1);

  await restart();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await expect(page.getByRole('heading', { name: 'Rehearse could not open your data' }).count()).resolves.toBe(0);
});

test('a damaged database without a backup: starting fresh needs a second yes, and the damaged file is kept', async () => {
  const dataDir = damagedDataDir(false);
  const { page } = await app.open(dataDir);

  await page.getByText(/no backup that passed its check/).waitFor();
  await page.getByRole('button', { name: 'Start fresh…' }).click();
  await page.getByRole('button', { name: 'Yes, start fresh' }).click();

  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByText(/Rehearse started with empty data/).waitFor();
  expect(readdirSync(dataDir).filter((name) => /^rehearse\.corrupt-.*\.sqlite$/.test(name))).toHaveLength(1);
});
