import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { lockDataFolder } from '../../../electron/main/data-lock';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { type FakeElectronHolder, type FakeElectronState, invokeAsPage, runMainEntry } from './fake-electron';
import { beginHalfUpload, type CallOk, expectUntouched, finishHalfUpload } from './half-upload';

// A second launch of the desktop app (electron/main/index.ts against the fake Electron,
// which still emits `ready` after quit(), as Electron does) while the first is saving a
// recording: the second leaves at once and touches nothing; the first's upload completes.

// Each test starts the whole app on real SQLite; on a busy machine that takes seconds, not a limit worth failing on.
vi.setConfig({ testTimeout: 30_000 });

const fake = vi.hoisted((): FakeElectronHolder => ({ current: null }));
vi.mock('electron', async () => (await import('./fake-electron')).electronModuleOf(fake));
vi.mock('../../../electron/main/shell/electron-store-backend', async () => ({
  electronStoreBackend: (await import('../../../electron/main/settings/conf-backend')).confBackend,
}));

const running: FakeElectronState[] = [];
beforeEach(() => vi.resetModules());
afterEach(() => {
  for (const state of running.splice(0)) state.app.quit();
  delete process.env.REHEARSE_DATA_DIR;
  vi.restoreAllMocks();
  removeTempDirs();
});

async function launch(dataDir: string | null, defaultUserData: string): Promise<FakeElectronState> {
  vi.resetModules();
  const state = await runMainEntry(fake, dataDir, defaultUserData);
  running.push(state);
  return state;
}

const callFor =
  (state: FakeElectronState): CallOk =>
  async <T>(channel: string, input: unknown = {}) => {
    const result = await invokeAsPage(state, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
    return result.value as T;
  };

test('the same folder (same userData): the second launch loses the single-instance lock, leaves at once with a sentence, and never starts', async () => {
  const dataDir = makeTempDir();
  const first = await launch(dataDir, makeTempDir());
  first.app.emitReady();
  await vi.waitFor(() => expect(first.windows).toHaveLength(1));
  const upload = await beginHalfUpload(callFor(first), dataDir);
  const folderBefore = readdirSync(dataDir).sort();
  const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  let focused = 0;
  first.app.on('second-instance', () => (focused += 1));

  const second = await launch(dataDir, makeTempDir());
  expect(second.app.calls).toContain('requestSingleInstanceLock');
  expect(second.app.exitCode).toBe(1);
  expect(second.app.calls).not.toContain('quit');
  expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/^Rehearse is already running with this data folder/));
  // Electron would still deliver `ready` to a process that only called quit(); this one exited.
  second.app.emitReady();
  await new Promise((settle) => setTimeout(settle, 50));
  expect(second.windows).toHaveLength(0);
  expect(second.ipcHandlers.size).toBe(0);
  expect(second.applicationMenu).toBeNull();
  expect(focused).toBe(1);

  expectUntouched(upload);
  expect(readdirSync(dataDir).sort()).toEqual(folderBefore);
  await finishHalfUpload(callFor(first), upload);
  expect(existsSync(upload.partial)).toBe(false);
});

test("REHEARSE_DATA_DIR moves userData (the single-instance lock and Chromium's profile) before the lock is asked for", async () => {
  const dataDir = makeTempDir();
  const state = await launch(dataDir, makeTempDir());
  expect(state.app.getPath('userData')).toBe(dataDir);
  expect(state.app.getPath('sessionData')).toBe(join(dataDir, 'Chromium'));
  const calls = state.app.calls;
  expect(calls.indexOf('setPath:userData')).toBeLessThan(calls.indexOf('requestSingleInstanceLock'));
  expect(calls.indexOf('setPath:sessionData')).toBeLessThan(calls.indexOf('requestSingleInstanceLock'));
});

test('a data folder held by another process: the desktop start shows one sentence, exits non-zero, creates nothing', async () => {
  const dataDir = makeTempDir();
  const held = lockDataFolder(dataDir);
  try {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const state = await launch(dataDir, makeTempDir());
    const before = readdirSync(dataDir).sort();
    state.app.emitReady();
    await vi.waitFor(() => expect(state.app.exitCode).toBe(1));
    expect(state.errorBoxes).toEqual([
      ['Rehearse is already running', expect.stringMatching(/^Rehearse is already running with the data folder/)],
    ]);
    expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/^Rehearse is already running with the data folder/));
    expect(state.windows).toHaveLength(0);
    expect(readdirSync(dataDir).sort()).toEqual(before);
    expect(before).not.toContain('rehearse.sqlite');
  } finally {
    held.release();
  }
});

test('a data folder that cannot be created: one dialog before ready, exit 1, nothing else registered', async () => {
  const file = join(makeTempDir(), 'not-a-folder');
  writeFileSync(file, 'x');
  const state = await launch(join(file, 'data'), makeTempDir());
  expect(state.app.exitCode).toBe(1);
  expect(state.errorBoxes).toEqual([['Rehearse cannot use its data folder', expect.stringMatching(/ENOTDIR|not a directory/)]]);
  expect(state.app.calls).not.toContain('requestSingleInstanceLock');
});
