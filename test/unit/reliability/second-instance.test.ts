import type { ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { spawnBrowserMode } from '../../helpers/browser-mode-command';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { type FakeElectronHolder, type FakeElectronState, runMainEntry } from '../shell/fake-electron';
import { beginHalfUpload, type CallOk, expectUntouched, finishHalfUpload } from '../shell/half-upload';

// One Rehearse per data folder, as the user meets it: the first is the real browser mode
// (a process), halfway through saving a recording; a second browser mode (a process) and
// a desktop start (electron/main/index.ts on the fake Electron) on the same folder each
// stop with one sentence and a non-zero exit, touching nothing; the first's upload completes.

const fake = vi.hoisted((): FakeElectronHolder => ({ current: null }));
vi.mock('electron', async () => (await import('../shell/fake-electron')).electronModuleOf(fake));
vi.mock('../../../electron/main/shell/electron-store-backend', async () => ({
  electronStoreBackend: (await import('../../../electron/main/settings/conf-backend')).confBackend,
}));

const children: ChildProcess[] = [];
const desktops: FakeElectronState[] = [];
beforeEach(() => vi.resetModules());
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const state of desktops.splice(0)) state.app.quit();
  delete process.env.REHEARSE_DATA_DIR;
  vi.restoreAllMocks();
  removeTempDirs();
});

interface Running {
  origin: string;
  token: string;
}

const callOver =
  (bridge: Running): CallOk =>
  <T>(channel: string, input: unknown = {}) =>
    call<T>(bridge, channel, input);

async function call<T>(bridge: Running, channel: string, input: unknown = {}): Promise<T> {
  const response = await fetch(`${bridge.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}

function runBrowserMode(dataDir: string): { output: () => string; exited: Promise<number | null> } {
  const run = spawnBrowserMode(dataDir);
  children.push(run.child);
  return run;
}

/** Browser mode, started and ready: its address and token. */
async function startFirst(dataDir: string): Promise<Running> {
  const run = runBrowserMode(dataDir);
  await vi.waitFor(() => expect(run.output()).toMatch(/token=/), { timeout: 30_000, interval: 100 });
  const url = new URL(/^(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)$/m.exec(run.output())![1]!);
  return { origin: url.origin, token: url.searchParams.get('token')! };
}

const sentence =
  /^Rehearse is already running with the data folder .+ so this start stopped without touching anything: close the other one first, or set REHEARSE_DATA_DIR to use another folder\.$/;

test('a second start on the same folder, in browser mode and in desktop mode, while the first is saving a recording', async () => {
  const dataDir = makeTempDir();
  const first = await startFirst(dataDir);
  const upload = await beginHalfUpload(callOver(first), dataDir);
  const folderBefore = readdirSync(dataDir).sort();

  // Browser mode, a second time on the same folder.
  const second = runBrowserMode(dataDir);
  await expect(second.exited).resolves.toBe(1);
  expect(second.output().trim()).toMatch(sentence);

  // The desktop app on the same folder (its own single-instance lock is free: the first is browser mode).
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const desktop = await runMainEntry(fake, dataDir, makeTempDir());
  desktops.push(desktop);
  desktop.app.emitReady();
  await vi.waitFor(() => expect(desktop.app.exitCode).toBe(1));
  expect(desktop.errorBoxes).toEqual([['Rehearse is already running', expect.stringMatching(sentence)]]);
  expect(desktop.windows).toHaveLength(0);

  // Nothing was touched: the half-written recording is byte for byte as it was, the folder as it was
  // (the desktop start may only have made its Chromium profile folder, which the first does not use;
  // the first's own daily backup may land meanwhile — its schedule starts 10 s after start, which a
  // busy machine can reach before this line — and is the first's write, not the second's).
  expectUntouched(upload);
  const notFromTheSecond = (name: string) => name !== 'Chromium' && name !== 'backups';
  expect(readdirSync(dataDir).filter(notFromTheSecond).sort()).toEqual(folderBefore.filter(notFromTheSecond));

  // And the first finishes its upload.
  await finishHalfUpload(callOver(first), upload);
}, 60_000);

test('a lock left by a crash does not block the next start', async () => {
  const dataDir = makeTempDir();
  const crashed = runBrowserMode(dataDir);
  await vi.waitFor(() => expect(crashed.output()).toMatch(/token=/), { timeout: 30_000, interval: 100 });
  children[0]!.kill('SIGKILL');
  await crashed.exited;
  expect(readdirSync(dataDir)).toContain('rehearse.lock');

  const next = await startFirst(dataDir);
  await expect(call(next, 'app.info')).resolves.toMatchObject({ mode: 'browser' });
}, 60_000);
