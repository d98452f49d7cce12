import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { AppInfo } from '../../../shared/domain/app-info';
import { latestVersion } from '../../../electron/main/storage/migrations/index';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { fileHash } from '../../helpers/file-hash';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

// electron/main/index.ts itself, against a fake Electron: what the desktop user
// meets when the database is from a newer version, or damaged.

const electron = vi.hoisted(() => ({
  exit: vi.fn(),
  showErrorBox: vi.fn(),
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  // Each module reset loads the fakes afresh, so windows are collected here rather than on the class.
  windows: [] as { webContents: { id: number } }[],
  // Resolved by the first exit or window: start-up has decided. Waited on as an event, not polled.
  decided: null as null | (() => void),
}));

vi.mock('electron', async () => {
  const fakes = await import('../security/electron-fakes');
  return {
    app: {
      requestSingleInstanceLock: () => true,
      on: () => undefined,
      quit: () => undefined,
      exit: (code?: number) => {
        electron.exit(code);
        electron.decided?.();
      },
      whenReady: () => Promise.resolve(),
      getPath: () => '/nonexistent',
      getVersion: () => '0.0.0-test',
    },
    dialog: { showErrorBox: electron.showErrorBox },
    session: { defaultSession: fakes.fakeSession() },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    net: { fetch: () => Promise.resolve(new Response('')) },
    shell: { openExternal: () => Promise.resolve() },
    screen: { getAllDisplays: () => [] },
    BrowserWindow: class extends fakes.FakeBrowserWindow {
      constructor(options: Record<string, unknown>) {
        super(options);
        electron.windows.push(this);
        electron.decided?.();
      }
    },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => electron.ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => electron.ipcHandlers.delete(channel),
    },
  };
});
// electron-store needs the real Electron; its engine, conf, reads and writes the same file.
vi.mock('../../../electron/main/shell/electron-store-backend', async () => ({
  electronStoreBackend: (await import('../../../electron/main/settings/conf-backend')).confBackend,
}));

beforeEach(() => {
  vi.resetModules();
  electron.exit.mockClear();
  electron.showErrorBox.mockClear();
  electron.ipcHandlers.clear();
  electron.windows.length = 0;
});
afterEach(() => {
  delete process.env.REHEARSE_DATA_DIR;
  removeTempDirs();
});

async function startElectronMain(dataDir: string): Promise<void> {
  process.env.REHEARSE_DATA_DIR = dataDir;
  const decided = new Promise<void>((done) => (electron.decided = done));
  await import('../../../electron/main/index');
  await decided;
}

test('a database from a newer version: a dialog says so in plain words, the app exits, the file is untouched', async () => {
  const dataDir = makeTempDir();
  const file = join(dataDir, databaseFileName);
  const future = new BetterSqlite3(file);
  future.pragma(`user_version = ${latestVersion + 2}`);
  future.close();
  const before = fileHash(file);

  await startElectronMain(dataDir);
  expect(electron.showErrorBox).toHaveBeenCalledWith('Rehearse cannot open your data', expect.stringMatching(/newer version of Rehearse/));
  expect(electron.exit).toHaveBeenCalledWith(1);
  expect(electron.windows).toHaveLength(0);
  expect(fileHash(file)).toBe(before);
});

test('a damaged database: the window opens on the recovery state and the choice is made over IPC', async () => {
  const dataDir = makeTempDir();
  openDatabase(dataDir).db.close();
  const file = join(dataDir, databaseFileName);
  writeFileSync(file, Buffer.concat([Buffer.alloc(100, 0x5a), readFileSync(file).subarray(100)]));

  await startElectronMain(dataDir);
  expect(electron.showErrorBox).not.toHaveBeenCalled();
  const [window] = electron.windows;
  const own = { sender: { id: window!.webContents.id }, senderFrame: { url: 'app://rehearse/index.html' } };
  const invoke = (channel: string) =>
    Promise.resolve(electron.ipcHandlers.get(channel)!(own, {})) as Promise<{ ok: boolean; value: AppInfo }>;

  expect((await invoke('app.info')).value.recovery?.damagedFile).toBe(file);
  expect(await invoke('app.startFresh')).toMatchObject({ ok: true });
  const after = await invoke('app.info');
  expect(after.value.recovery).toBeUndefined();
  expect(after.value.notices.map((n) => n.id)).toContain('database-recovered');
});
