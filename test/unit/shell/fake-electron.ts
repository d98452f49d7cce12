import { FakeApp, FakeBrowserWindow, fakeNetFetch, fakeSession } from '../security/electron-fakes';

/** Everything a test looks at after the shell ran against the fake Electron. */
export interface FakeElectronState {
  app: FakeApp;
  windows: FakeBrowserWindow[];
  errorBoxes: [title: string, message: string][];
  messageBoxes: { message: string; buttons: string[]; signal?: AbortSignal }[];
  /** Answers for the next message boxes (button index), in order; 1 (the cancel button) when empty. */
  messageBoxAnswers: number[];
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  applicationMenu: unknown[] | null;
  popups: unknown[][];
  notifications: { title: string; body: string; clicks: (() => void)[] }[];
  openedPaths: string[];
  session: ReturnType<typeof fakeSession>;
  platform: NodeJS.Platform;
}

/**
 * A whole fake `electron` module over one FakeApp (see electron-fakes.ts for the
 * behaviours it encodes). Use from a `vi.mock('electron', …)` factory.
 */
export function createFakeElectron(userData: string): { state: FakeElectronState; module: Record<string, unknown> } {
  const state: FakeElectronState = {
    app: new FakeApp(userData),
    windows: [],
    errorBoxes: [],
    messageBoxes: [],
    messageBoxAnswers: [],
    ipcHandlers: new Map(),
    protocolHandlers: new Map(),
    applicationMenu: null,
    popups: [],
    notifications: [],
    openedPaths: [],
    session: fakeSession(),
    platform: process.platform,
  };

  class BrowserWindow extends FakeBrowserWindow {
    constructor(options: Record<string, unknown>) {
      super(options);
      state.windows.push(this);
    }
  }
  class Notification {
    static isSupported = () => true;
    private readonly record: FakeElectronState['notifications'][number];
    constructor(options: { title: string; body: string }) {
      this.record = { ...options, clicks: [] };
    }
    on(event: string, listener: () => void) {
      if (event === 'click') this.record.clicks.push(listener);
      return this;
    }
    show() {
      state.notifications.push(this.record);
    }
  }

  const module = {
    app: state.app,
    BrowserWindow,
    Notification,
    dialog: {
      showErrorBox: (title: string, message: string) => void state.errorBoxes.push([title, message]),
      showMessageBox: (...args: unknown[]) => {
        const options = args[args.length - 1] as { message: string; buttons: string[]; signal?: AbortSignal };
        state.messageBoxes.push(options);
        return Promise.resolve({ response: state.messageBoxAnswers.shift() ?? 1, checkboxChecked: false });
      },
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template, popup: () => void state.popups.push(template) }),
      setApplicationMenu: (menu: { template: unknown[] } | null) => void (state.applicationMenu = menu?.template ?? null),
    },
    nativeTheme: { shouldUseDarkColors: false },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: state.session },
    shell: {
      openExternal: () => Promise.resolve(),
      openPath: (path: string) => {
        state.openedPaths.push(path);
        return Promise.resolve('');
      },
    },
    protocol: {
      registerSchemesAsPrivileged: () => undefined,
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void state.protocolHandlers.set(scheme, handler),
    },
    net: { fetch: fakeNetFetch },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => void state.ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => void state.ipcHandlers.delete(channel),
    },
  };
  return { state, module };
}

/** An IPC call as the main window's own page makes it. */
export function invokeAsPage(
  state: FakeElectronState,
  channel: string,
  input: unknown = {},
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const window = state.windows[0];
  if (!window) throw new Error('no window was created');
  const handler = state.ipcHandlers.get(channel);
  if (!handler) throw new Error(`${channel} is not bound`);
  const own = { sender: { id: window.webContents.id }, senderFrame: { url: 'app://rehearse/index.html' } };
  return Promise.resolve(handler(own, input)) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
}

/** The fake Electron of the current "process"; `runMainEntry` puts a fresh one here before each start. */
export interface FakeElectronHolder {
  current: { state: FakeElectronState; module: Record<string, unknown> } | null;
}

/**
 * What the test file's `vi.mock('electron', …)` factory returns. Vitest caches a factory's
 * result across `vi.resetModules()`, so each export reads the holder's current fake when used.
 */
export function electronModuleOf(holder: FakeElectronHolder): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  for (const name of Object.keys(createFakeElectron('/').module)) {
    Object.defineProperty(exports, name, { enumerable: true, get: () => holder.current?.module[name] });
  }
  return exports;
}

/**
 * Runs `electron/main/index.ts` as a fresh process would (call `vi.resetModules()` first):
 * `REHEARSE_DATA_DIR` is `dataDir`, Electron's default userData is `defaultUserData`.
 * Returns the fake Electron it ran against; `ready` has not been emitted yet.
 */
export async function runMainEntry(
  holder: FakeElectronHolder,
  dataDir: string | null,
  defaultUserData: string,
): Promise<FakeElectronState> {
  holder.current = createFakeElectron(defaultUserData);
  if (dataDir === null) delete process.env.REHEARSE_DATA_DIR;
  else process.env.REHEARSE_DATA_DIR = dataDir;
  const { state } = holder.current;
  await import('../../../electron/main/index');
  return state;
}
