import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Session, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { channelNames } from '../../../shared/contract/index';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';
import { registerAppScheme, serveRenderer } from '../../../electron/main/shell/app-protocol';
import { bindElectronIpc } from '../../../electron/main/shell/electron-ipc';
import { hardenSession, hardenWebContents, openOutside } from '../../../electron/main/shell/harden';
import { createMainWindow } from '../../../electron/main/shell/main-window';
import { appEntryUrl, secureWebPreferences } from '../../../electron/main/shell/security-policy';
import { confBackend } from '../../../electron/main/settings/conf-backend';
import { SettingsStore } from '../../../electron/main/settings/settings-store';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { FakeBrowserWindow, FakeWebContents, fakeSession } from './electron-fakes';

// The real shell modules run against a fake 'electron', so these tests check the
// wiring (which handler is installed where, what it answers), not just the policy.
const electron = vi.hoisted(() => ({
  openExternal: vi.fn((_url: string) => Promise.resolve()),
  showMessageBox: vi.fn((_options: { message: string; detail: string }) => Promise.resolve({ response: 0 })),
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
}));

vi.mock('electron', async () => {
  const fakes = await import('./electron-fakes');
  return {
    BrowserWindow: fakes.FakeBrowserWindow,
    screen: { getAllDisplays: () => [] },
    shell: { openExternal: electron.openExternal },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => electron.ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => electron.ipcHandlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof electron.privilegedSchemes) => electron.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => electron.protocolHandlers.set(scheme, handler),
    },
    net: { fetch: fakes.fakeNetFetch },
    nativeTheme: { shouldUseDarkColors: false },
    dialog: { showMessageBox: electron.showMessageBox },
    Menu: { buildFromTemplate: (template: unknown[]) => ({ template, popup: () => undefined }) },
  };
});

beforeEach(() => {
  electron.openExternal.mockClear();
  FakeBrowserWindow.created = [];
});
afterEach(removeTempDirs);

describe('the main window', () => {
  test('gets the secure webPreferences, is hardened, and loads our page through app://, never file://', () => {
    const { store } = SettingsStore.open(makeTempDir(), confBackend);
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', settings: store, log: () => undefined, quit: () => undefined });
    const [window] = FakeBrowserWindow.created;
    expect(window!.options.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(window!.loadedUrls).toEqual([appEntryUrl]);
    expect(appEntryUrl).toMatch(/^app:\/\/rehearse\//);
    expect(window!.webContents.windowOpenHandler).not.toBeNull();
    expect(window!.webContents.listeners.get('will-navigate')).toHaveLength(1);
    for (const event of ['render-process-gone', 'unresponsive', 'did-fail-load', 'context-menu'])
      expect(window!.webContents.listeners.get(event), event).toHaveLength(1);
  });
});

describe('navigation and new windows', () => {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);

  test.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://rehearse.evil/index.html',
    'http://127.0.0.1:5199/',
    'javascript:alert(1)',
  ])('navigating or redirecting to %s is prevented', (url) => {
    expect(contents.emit('will-navigate', url).defaultPrevented).toBe(true);
    expect(contents.emit('will-redirect', url).defaultPrevented).toBe(true);
  });

  test('moving between our own pages is allowed; <webview> is never attached', () => {
    expect(contents.emit('will-navigate', 'app://rehearse/index.html#/settings').defaultPrevented).toBe(false);
    expect(contents.emit('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
  });

  test('window.open is always denied; only https: and mailto: go to the system, everything else is dropped', () => {
    const open = (url: string) => contents.windowOpenHandler!({ url });
    for (const url of ['https://example.com/jobs', 'mailto:jane@example.com']) expect(open(url)).toEqual({ action: 'deny' });
    expect(electron.openExternal.mock.calls.map(([url]) => url)).toEqual(['https://example.com/jobs', 'mailto:jane@example.com']);
    electron.openExternal.mockClear();
    const refused = [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id=PCWDiagnostic',
      'vscode://file/x',
      'app://rehearse/index.html',
      'http://example.com',
      'https://user:pw@example.com',
      'https://xn--pple-43d.com/',
      'https://аpple.com/',
    ];
    for (const url of refused) expect(open(url), url).toEqual({ action: 'deny' });
    expect(electron.openExternal).not.toHaveBeenCalled();
  });
});

describe('opening outside the app', () => {
  test('a mail link the system cannot open is reported, with what to do instead, not ignored', async () => {
    electron.openExternal.mockRejectedValueOnce(new Error('Failed to open: The filename or extension is too long. (0x800700CE)'));
    await openOutside('mailto:sam@acme.example?body=x');
    expect(electron.showMessageBox).toHaveBeenCalledTimes(1);
    const [options] = electron.showMessageBox.mock.calls[0]!;
    expect(options.message).toBe('Rehearse could not open your mail app');
    expect(options.detail).toMatch(/too long[\s\S]*Use the Copy button under the draft/);
  });

  test('a link that opens says nothing', async () => {
    electron.showMessageBox.mockClear();
    await openOutside('https://example.com/jobs');
    expect(electron.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  const session = fakeSession();
  hardenSession(session as unknown as Session);
  const request = (permission: string, requestingUrl: string, mediaTypes?: string[]) =>
    new Promise<boolean>((done) =>
      session.requestHandler!({ getURL: () => requestingUrl }, permission, done, { requestingUrl, mediaTypes }),
    );

  test('microphone and camera are granted to our page only', async () => {
    await expect(request('media', 'app://rehearse/index.html', ['audio'])).resolves.toBe(true);
    await expect(request('media', 'app://rehearse/index.html', ['audio', 'video'])).resolves.toBe(true);
    await expect(request('media', 'https://evil.example/', ['audio'])).resolves.toBe(false);
    await expect(request('media', 'app://rehearse.evil/', ['video'])).resolves.toBe(false);
  });

  test.each(['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'midi', 'hid', 'usb', 'serial', 'display-capture'])(
    '%s is denied, on request and on check',
    async (permission) => {
      await expect(request(permission, 'app://rehearse/index.html')).resolves.toBe(false);
      expect(session.checkHandler!(null, permission, 'app://rehearse')).toBe(false);
    },
  );

  test("full screen (the recording player's button) is granted to our page only", async () => {
    await expect(request('fullscreen', 'app://rehearse/index.html')).resolves.toBe(true);
    await expect(request('fullscreen', 'https://evil.example/')).resolves.toBe(false);
  });

  test('the permission check answers yes for media from our origin only', () => {
    expect(session.checkHandler!(null, 'media', 'app://rehearse')).toBe(true);
    expect(session.checkHandler!(null, 'media', 'https://evil.example')).toBe(false);
  });
});

describe('the app:// protocol', () => {
  test('is registered as a secure standard scheme and serves only the renderer, with the CSP header', async () => {
    registerAppScheme();
    expect(electron.privilegedSchemes).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
    const root = makeTempDir();
    const rendererDir = join(root, 'renderer');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    serveRenderer(rendererDir);
    const handler = electron.protocolHandlers.get('app')!;

    const page = await handler(new Request('app://rehearse/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    for (const url of [
      'app://rehearse/../secret.txt',
      'app://rehearse/%2e%2e/secret.txt',
      'app://other/index.html',
      'app://rehearse/..%5csecret.txt',
      // Inside the renderer folder but missing: net.fetch rejects; the handler still answers 404.
      'app://rehearse/assets/missing.js',
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});

describe('IPC senders', () => {
  test('every contract channel is bound, and only our main window showing our page is answered', async () => {
    const window = new FakeBrowserWindow({});
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: null }));
    bindElectronIpc(
      dispatch,
      () => window as unknown as BrowserWindow,
      () => undefined,
    );
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
    const invoke = electron.ipcHandlers.get('app.info')!;
    const own = { sender: { id: window.webContents.id }, senderFrame: { url: 'app://rehearse/index.html' } };
    await expect(Promise.resolve(invoke(own, {}))).resolves.toEqual({ ok: true, value: null });
    const strangers = [
      { sender: { id: window.webContents.id + 100 }, senderFrame: { url: 'app://rehearse/index.html' } },
      { sender: { id: window.webContents.id }, senderFrame: { url: 'https://evil.example/' } },
      { sender: { id: window.webContents.id }, senderFrame: null },
    ];
    for (const event of strangers)
      await expect(Promise.resolve(invoke(event, {}))).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});
