import type { MenuItemConstructorOptions, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { menuCommands } from '../../../shared/shell/menu-commands';
import { appMenuTemplate, helpTopics } from '../../../electron/main/shell/app-menu';
import { contextMenuTemplate, installContextMenu } from '../../../electron/main/shell/context-menu';
import { sendMenuCommand } from '../../../electron/main/shell/desktop-menu';
import { dictionaryDownloadUrl, guardNetwork, isLocalRequest } from '../../../electron/main/shell/network-guard';
import { prepareBeforeReady } from '../../../electron/main/shell/before-ready';
import { makeTempDir } from '../../helpers/temp-dir';
import { type FakeElectronHolder, createFakeElectron } from './fake-electron';
import { FakeBrowserWindow, FakeWebContents, fakeSession } from '../security/electron-fakes';

const fake = vi.hoisted((): FakeElectronHolder => ({ current: null }));
vi.mock('electron', async () => (await import('./fake-electron')).electronModuleOf(fake));
beforeEach(() => {
  fake.current = createFakeElectron(makeTempDir());
});

type Item = MenuItemConstructorOptions;
const submenuOf = (item: Item) => (item.submenu ?? []) as Item[];
const flat = (items: Item[]): Item[] => items.flatMap((item) => [item, ...flat(submenuOf(item))]);

function menuFor(platform: NodeJS.Platform, devTools = false) {
  const actions = { send: vi.fn(), openHelp: vi.fn(), showDataFolder: vi.fn(), showAbout: vi.fn() };
  return { template: appMenuTemplate({ platform, devTools }, actions), actions };
}

describe('the application menu', () => {
  test.each(['darwin', 'linux', 'win32'] as const)('%s: standard Edit, View and Window roles', (platform) => {
    const roles = flat(menuFor(platform).template)
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'reload',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'minimize',
        'windowMenu',
        'help',
      ]),
    );
  });

  test('Settings: ⌘, in the app menu on macOS; Ctrl+, under File elsewhere', () => {
    const mac = menuFor('darwin');
    const appMenu = mac.template[0]!;
    expect(appMenu.label).toBe('Rehearse');
    const macSettings = submenuOf(appMenu).find((item) => item.label === 'Settings…')!;
    expect(macSettings.accelerator).toBe('Cmd+,');
    const linux = menuFor('linux');
    const file = linux.template.find((item) => item.label === 'File')!;
    const settings = submenuOf(file).find((item) => item.label === 'Settings')!;
    expect(settings.accelerator).toBe('Ctrl+,');
    (settings.click as () => void)();
    expect(linux.actions.send).toHaveBeenCalledWith('go.settings');
  });

  test('the six areas have ⌘/Ctrl+1…6 in the order of the page navigation, and Start a Mock Interview ⌘/Ctrl+N; every command the page knows is reachable', () => {
    const { template, actions } = menuFor('linux');
    const go = submenuOf(template.find((item) => item.label === 'Go')!);
    expect(go.map((item) => [item.label, item.accelerator])).toEqual([
      ['Practice', 'CmdOrCtrl+1'],
      ['Question Banks', 'CmdOrCtrl+2'],
      ['My Stories', 'CmdOrCtrl+3'],
      ['Reflection', 'CmdOrCtrl+4'],
      ['Progress', 'CmdOrCtrl+5'],
      ['Settings', 'CmdOrCtrl+6'],
    ]);
    const start = flat(template).find((item) => item.label === 'Start a Mock Interview')!;
    expect(start.accelerator).toBe('CmdOrCtrl+N');
    for (const item of flat(template))
      if (typeof item.click === 'function' && !/Help|About|Data|Formats|Review/i.test(item.label ?? '')) (item.click as () => void)();
    expect(new Set(actions.send.mock.calls.map(([command]) => command))).toEqual(new Set(menuCommands));
  });

  test('Help opens local pages and the data folder, never a web page; About shows the version (own item off macOS)', () => {
    const { template, actions } = menuFor('win32');
    const help = submenuOf(template.find((item) => item.role === 'help')!);
    expect(help.filter((item) => item.label).map((item) => item.label)).toEqual([
      ...helpTopics.map((t) => t.label),
      'Show Data Folder',
      'About Rehearse',
    ]);
    for (const item of help) (item.click as (() => void) | undefined)?.();
    expect(actions.openHelp.mock.calls.map(([file]) => file)).toEqual(helpTopics.map((t) => t.file));
    expect(actions.showDataFolder).toHaveBeenCalledTimes(1);
    expect(actions.showAbout).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(template)).not.toMatch(/https?:|electronjs|github/);
    expect(flat(menuFor('darwin').template).map((i) => i.role)).toContain('about');
  });

  test('developer tools only unpackaged', () => {
    expect(flat(menuFor('linux', false).template).map((i) => i.role)).not.toContain('toggleDevTools');
    expect(flat(menuFor('linux', true).template).map((i) => i.role)).toContain('toggleDevTools');
  });

  test('a command brings the window forward and reaches the page on the menu.command message', () => {
    const window = new FakeBrowserWindow({ show: false });
    window.minimized = true;
    sendMenuCommand(window as never, 'practice.start');
    expect(window.isMinimized()).toBe(false);
    expect(window.isVisible()).toBe(true);
    expect(window.webContents.sent).toEqual([['menu.command', 'practice.start']]);
    sendMenuCommand(null, 'go.banks'); // no window: nothing to do, no throw
  });
});

describe('the context menu', () => {
  const params = (overrides: object) => ({
    misspelledWord: '',
    dictionarySuggestions: [],
    isEditable: false,
    selectionText: '',
    editFlags: {
      canCut: true,
      canCopy: true,
      canPaste: true,
      canSelectAll: true,
      canUndo: true,
      canRedo: true,
      canDelete: true,
      canEditRichly: false,
    },
    ...overrides,
  });
  const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });

  test('a misspelt word: suggestions that replace it, Add to dictionary, then cut/copy/paste/select all', () => {
    const spy = actions();
    const menu = contextMenuTemplate(
      params({ isEditable: true, misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] }),
      spy,
    );
    expect(menu.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'receive',
      'relieve',
      'Add to dictionary',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    (menu[0]!.click as () => void)();
    (menu[2]!.click as () => void)();
    expect(spy.replaceMisspelling).toHaveBeenCalledWith('receive');
    expect(spy.addToDictionary).toHaveBeenCalledWith('recieve');
  });

  test('selected text outside a field: Copy only; nothing selected: no menu', () => {
    expect(contextMenuTemplate(params({ selectionText: 'STAR' }), actions()).map((i) => i.role)).toEqual(['copy']);
    expect(contextMenuTemplate(params({}), actions())).toEqual([]);
  });

  test('installed on the window: right-click pops the menu, and a suggestion reaches the page', () => {
    const contents = new FakeWebContents();
    installContextMenu(contents as unknown as WebContents);
    contents.emit('context-menu', params({ isEditable: true, misspelledWord: 'teh', dictionarySuggestions: ['the'] }));
    const [popped] = fake.current!.state.popups as Item[][];
    (popped![0]!.click as () => void)();
    expect(contents.replaced).toEqual(['the']);
  });
});

describe('nothing leaves app://', () => {
  test('the spellchecker downloads from loopback, never from Google; every request off app:// is cancelled and logged', () => {
    const session = fakeSession();
    const log = vi.fn();
    guardNetwork(session as unknown as Session, log);
    expect(session.dictionaryDownloadUrl).toBe(dictionaryDownloadUrl);
    expect(new URL(dictionaryDownloadUrl).hostname).toBe('127.0.0.1');
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest!({ url, resourceType: 'other' }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://rehearse/index.html')).toBe(false);
    expect(decide('blob:app://rehearse/1234')).toBe(false);
    expect(decide('data:text/plain,hi')).toBe(false);
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'http://127.0.0.1:5199/',
      'app://rehearse.evil/',
      'wss://x.example/',
    ])
      expect(decide(url), url).toBe(true);
    expect(log).toHaveBeenCalledWith('request-blocked', {
      url: 'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      resourceType: 'other',
    });
    expect(isLocalRequest('not a url')).toBe(false);
  });
});

describe('before ready', () => {
  test.each([
    ['linux', ['enable-speech-dispatcher'], null],
    ['win32', [], 'app.rehearse.desktop'],
    ['darwin', [], null],
  ] as const)('%s: switches %j, AppUserModelID %s', (platform, switches, modelId) => {
    const dataDir = makeTempDir();
    expect(prepareBeforeReady({ REHEARSE_DATA_DIR: dataDir }, platform)).toBe(dataDir);
    const app = fake.current!.state.app;
    expect(app.switches).toEqual(switches);
    expect(app.appUserModelId).toBe(modelId);
  });

  test("without REHEARSE_DATA_DIR the data folder is Electron's userData, and Chromium's data goes in a folder inside it", () => {
    const app = fake.current!.state.app;
    const userData = app.getPath('userData');
    expect(prepareBeforeReady({}, 'linux')).toBe(userData);
    expect(app.getPath('sessionData')).toBe(`${userData}/Chromium`);
  });
});
