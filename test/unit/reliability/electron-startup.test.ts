import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { AppInfo } from '../../../shared/domain/app-info';
import { latestVersion } from '../../../electron/main/storage/migrations/index';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { type FakeElectronHolder, type FakeElectronState, invokeAsPage, runMainEntry } from '../shell/fake-electron';
import { fileHash } from '../../helpers/file-hash';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

// electron/main/index.ts itself, against a fake Electron: what the desktop user
// meets when the database is from a newer version, or damaged.

const fake = vi.hoisted((): FakeElectronHolder => ({ current: null }));
vi.mock('electron', async () => (await import('../shell/fake-electron')).electronModuleOf(fake));
// electron-store needs the real Electron; its engine, conf, reads and writes the same file.
vi.mock('../../../electron/main/shell/electron-store-backend', async () => ({
  electronStoreBackend: (await import('../../../electron/main/settings/conf-backend')).confBackend,
}));

const started: FakeElectronState[] = [];
beforeEach(() => vi.resetModules());
afterEach(() => {
  for (const state of started.splice(0)) state.app.quit();
  delete process.env.REHEARSE_DATA_DIR;
  removeTempDirs();
});

async function startElectronMain(dataDir: string): Promise<FakeElectronState> {
  const state = await runMainEntry(fake, dataDir, makeTempDir());
  started.push(state);
  state.app.emitReady();
  // Start-up runs on from emitReady without an event to await here; the long deadline never bites on a busy machine.
  await vi.waitFor(() => expect(state.app.exitCode !== null || state.windows.length > 0).toBe(true), { timeout: 120_000 });
  return state;
}

test('a database from a newer version: a dialog says so in plain words, the app exits, the file is untouched', async () => {
  const dataDir = makeTempDir();
  const file = join(dataDir, databaseFileName);
  const future = new BetterSqlite3(file);
  future.pragma(`user_version = ${latestVersion + 2}`);
  future.close();
  const before = fileHash(file);

  const state = await startElectronMain(dataDir);
  expect(state.errorBoxes).toEqual([['Rehearse cannot open your data', expect.stringMatching(/newer version of Rehearse/)]]);
  expect(state.app.exitCode).toBe(1);
  expect(state.windows).toHaveLength(0);
  expect(fileHash(file)).toBe(before);
});

test('a damaged database: the window opens on the recovery state and the choice is made over IPC', async () => {
  const dataDir = makeTempDir();
  openDatabase(dataDir).db.close();
  const file = join(dataDir, databaseFileName);
  writeFileSync(file, Buffer.concat([Buffer.alloc(100, 0x5a), readFileSync(file).subarray(100)]));

  const state = await startElectronMain(dataDir);
  expect(state.errorBoxes).toEqual([]);
  const invoke = async (channel: string) => (await invokeAsPage(state, channel)) as { ok: boolean; value: AppInfo };

  expect((await invoke('app.info')).value.recovery?.damagedFile).toBe(file);
  expect(await invoke('app.startFresh')).toMatchObject({ ok: true });
  const after = await invoke('app.info');
  expect(after.value.recovery).toBeUndefined();
  expect(after.value.notices.map((n) => n.id)).toContain('database-recovered');
});

test('an error while opening the window (after the data opened) shows a dialog and exits, giving the folder back', async () => {
  const dataDir = makeTempDir();
  const state = await runMainEntry(fake, dataDir, makeTempDir());
  started.push(state);
  // The first window cannot be created (e.g. a GPU or display failure surfaces as a throw here).
  (fake.current!.module as { BrowserWindow: unknown }).BrowserWindow = class {
    constructor() {
      throw new Error('Could not create the window');
    }
  };
  state.app.emitReady();
  await vi.waitFor(() => expect(state.app.exitCode).toBe(1), { timeout: 120_000 });
  expect(state.errorBoxes).toEqual([['Rehearse could not open its window', 'Could not create the window']]);
  // The data folder was released: another start gets it.
  const { lockDataFolder } = await import('../../../electron/main/data-lock');
  lockDataFolder(dataDir).release();
});
