import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createMainWindow, visibleBounds, windowBackground } from '../../../electron/main/shell/main-window';
import { autoReloadWindowMs, watchRendererHealth } from '../../../electron/main/shell/renderer-health';
import { confBackend } from '../../../electron/main/settings/conf-backend';
import { SettingsStore } from '../../../electron/main/settings/settings-store';
import { makeTempDir } from '../../helpers/temp-dir';
import { type FakeElectronHolder, createFakeElectron } from './fake-electron';
import type { FakeBrowserWindow } from '../security/electron-fakes';

// The main window against the fake Electron: shown only when ready, restored where it was,
// and kept usable when its page crashes, hangs or fails to load (review M3, m9).

const fake = vi.hoisted((): FakeElectronHolder => ({ current: null }));
vi.mock('electron', async () => (await import('./fake-electron')).electronModuleOf(fake));

beforeEach(() => {
  fake.current = createFakeElectron(makeTempDir());
});

const settle = () => new Promise((done) => setTimeout(done, 0));

function openWindow(prepare?: (store: SettingsStore) => void) {
  const { store } = SettingsStore.open(makeTempDir(), confBackend);
  prepare?.(store);
  const log = vi.fn();
  const quit = vi.fn();
  const window = createMainWindow({ preloadPath: '/p.cjs', settings: store, log, quit }) as unknown as FakeBrowserWindow;
  return { window, store, log, quit };
}

describe('showing and restoring the window', () => {
  test('hidden until ready-to-show, then shown; a saved maximised window is maximised only then', () => {
    const plain = openWindow();
    expect(plain.window.options.show).toBe(false);
    expect(plain.window.isVisible()).toBe(false);
    plain.window.emit('ready-to-show');
    expect(plain.window.isVisible()).toBe(true);

    const maximised = openWindow((store) => store.setWindowBounds({ x: 10, y: 20, width: 900, height: 700, maximized: true }));
    // maximize() shows a hidden window (docs), so calling it before ready would flash a blank window.
    expect(maximised.window.isVisible()).toBe(false);
    maximised.window.emit('ready-to-show');
    expect(maximised.window.isMaximized()).toBe(true);
    expect(maximised.window.isVisible()).toBe(true);
  });

  test('size, position and maximised state are saved on close and used next time', () => {
    const first = openWindow();
    first.window.getNormalBounds = () => ({ x: 100, y: 50, width: 1000, height: 700 });
    first.window.maximized = true;
    first.window.emit('close');
    expect(first.store.getWindowBounds()).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: true });
  });

  test('saved bounds are used only while they overlap a connected display', () => {
    const saved = { x: 2500, y: 100, width: 800, height: 600, maximized: false };
    expect(visibleBounds(saved, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toEqual({ width: 800, height: 600 });
    expect(
      visibleBounds(saved, [
        { x: 0, y: 0, width: 1920, height: 1080 },
        { x: 1920, y: 0, width: 1920, height: 1080 },
      ]),
    ).toEqual({
      x: 2500,
      y: 100,
      width: 800,
      height: 600,
    });
  });

  test("the first paint has the page's own background for the chosen theme", () => {
    expect(openWindow((s) => s.updatePreferences({ theme: 'dark' })).window.options.backgroundColor).toBe(windowBackground.dark);
    expect(openWindow((s) => s.updatePreferences({ theme: 'light' })).window.options.backgroundColor).toBe(windowBackground.light);
    expect(openWindow().window.options.backgroundColor).toBe(windowBackground.light); // system, and the fake system is light
  });
});

describe('when the page dies, hangs or fails to load', () => {
  function watched() {
    const window = new (fake.current!.module.BrowserWindow as typeof FakeBrowserWindow)({ show: false });
    let clock = 1_000_000;
    const log = vi.fn();
    const quit = vi.fn();
    watchRendererHealth(window as unknown as BrowserWindow, { log, quit, now: () => clock });
    return { window, contents: window.webContents, log, quit, advance: (ms: number) => (clock += ms) };
  }

  test('a crash reloads once on its own and is logged; a second crash within a minute asks, and Reload reloads', async () => {
    const { contents, log, advance } = watched();
    contents.emit('render-process-gone', { reason: 'crashed', exitCode: 11 });
    expect(contents.reloads).toBe(1);
    expect(log).toHaveBeenCalledWith('renderer-gone', { reason: 'crashed', exitCode: 11 });
    advance(autoReloadWindowMs / 2);
    fake.current!.state.messageBoxAnswers.push(0);
    contents.emit('render-process-gone', { reason: 'oom', exitCode: 0 });
    await settle();
    expect(fake.current!.state.messageBoxes.map((box) => box.buttons)).toEqual([['Reload', 'Quit']]);
    expect(contents.reloads).toBe(2);
  });

  test('a second crash: Quit quits; a clean exit is not a crash', async () => {
    const { contents, quit } = watched();
    contents.emit('render-process-gone', { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reloads).toBe(0);
    contents.emit('render-process-gone', { reason: 'crashed', exitCode: 11 });
    contents.emit('render-process-gone', { reason: 'crashed', exitCode: 11 });
    await settle();
    expect(quit).toHaveBeenCalledTimes(1);
    expect(contents.reloads).toBe(1);
  });

  test('a hang asks Reload / Wait; Reload crashes the hung renderer first (as the docs advise) and reloads, without a second reload', async () => {
    const { contents, log } = watched();
    fake.current!.state.messageBoxAnswers.push(0);
    contents.emit('unresponsive');
    await settle();
    expect(contents.crashedByUs).toBe(1);
    expect(contents.reloads).toBe(1);
    expect(log).toHaveBeenCalledWith('renderer-unresponsive');
  });

  test('a hang that ends by itself closes the question and reloads nothing', async () => {
    const { contents } = watched();
    contents.emit('unresponsive');
    const [box] = fake.current!.state.messageBoxes;
    contents.emit('responsive');
    expect(box!.signal?.aborted).toBe(true);
    await settle();
    expect(contents.reloads).toBe(0);
  });

  test('a failed main-frame load shows the (hidden) window and offers to try again; an aborted or sub-frame load is ignored', async () => {
    const { window, contents, log } = watched();
    contents.emit('did-fail-load', -3, 'ERR_ABORTED', 'app://rehearse/x', true);
    contents.emit('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'app://rehearse/frame', false);
    expect(window.isVisible()).toBe(false);
    fake.current!.state.messageBoxAnswers.push(0);
    contents.emit('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'app://rehearse/index.html', true);
    expect(window.isVisible()).toBe(true);
    await settle();
    expect(contents.loadedUrls).toEqual(['app://rehearse/index.html']);
    expect(log).toHaveBeenCalledWith('load-failed', {
      errorCode: -6,
      errorDescription: 'ERR_FILE_NOT_FOUND',
      url: 'app://rehearse/index.html',
    });
  });
});
