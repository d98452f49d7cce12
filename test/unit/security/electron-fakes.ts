/**
 * Stand-ins for the parts of Electron the shell layer touches, so its wiring
 * (not just the pure policy) runs in plain Node. They encode the documented
 * behaviours the shell relies on, each with its source, so a test that passes
 * against them fails for the same reasons the real runtime would:
 * - `ready` is still emitted after `app.quit()` when it was called before ready
 *   (Electron's Browser::Shutdown waits for the message loop; review B1); only
 *   `app.exit()` stops it.
 * - `app.setPath` throws for a folder that does not exist; `sessionData` must be set before `ready`.
 * - the single-instance lock lives in `userData` (one holder per folder, across processes).
 * - `win.maximize()` shows a hidden window (api/browser-window#winmaximize).
 * - `net.fetch(file://missing)` rejects (net::ERR_FILE_NOT_FOUND); it does not answer 404.
 * - a session has one `webRequest.onBeforeRequest` listener: a new one replaces the old.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Listener = (...args: unknown[]) => unknown;

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** on/once/emit like Node's EventEmitter, but each emit hands listeners a preventable event first (as Electron does). */
class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped),
      );
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): FakeEvent {
    const e = fakeEvent();
    for (const listener of this.listeners.get(event) ?? []) listener(e, ...args);
    return e;
  }
}

export class FakeWebContents extends FakeEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: [string, ...unknown[]][] = [];
  reloads = 0;
  crashedByUs = 0;
  loadedUrls: string[] = [];
  replaced: string[] = [];
  readonly session = { addedWords: [] as string[], addWordToSpellCheckerDictionary: (word: string) => this.session.addedWords.push(word) };

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return 'app://rehearse/index.html';
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  reload(): void {
    this.reloads += 1;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  /** Docs: emits render-process-gone with reason `killed` (or `crashed`). */
  forcefullyCrashRenderer(): void {
    this.crashedByUs += 1;
    this.emit('render-process-gone', { reason: 'killed', exitCode: 9 });
  }
  replaceMisspelling(word: string): void {
    this.replaced.push(word);
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrls: string[] = [];
  visible = false;
  maximized = false;
  minimized = false;
  destroyed = false;
  focused = 0;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
    if (options.show !== false) this.visible = true;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  loadFile(file: string): Promise<void> {
    this.loadedUrls.push(`file://${file}`);
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  /** Docs: "This will also show (but not focus) the window if it isn't being displayed already." */
  maximize(): void {
    this.maximized = true;
    this.visible = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused += 1;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1200, height: 820 };
  }
}

export interface FakeSession {
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void) | null;
  checkHandler: ((contents: unknown, permission: string, origin: string) => boolean) | null;
  dictionaryDownloadUrl: string | null;
  beforeRequest: ((details: { url: string; resourceType: string }, callback: (response: { cancel?: boolean }) => void) => void) | null;
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void;
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  webRequest: { onBeforeRequest(listener: FakeSession['beforeRequest']): void };
}

export function fakeSession(): FakeSession {
  const session: FakeSession = {
    requestHandler: null,
    checkHandler: null,
    dictionaryDownloadUrl: null,
    beforeRequest: null,
    setPermissionRequestHandler(handler) {
      this.requestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      this.checkHandler = handler;
    },
    setSpellCheckerDictionaryDownloadURL(url) {
      this.dictionaryDownloadUrl = url;
    },
    // One listener per session and event: a new one replaces the old (api/web-request).
    webRequest: { onBeforeRequest: (listener) => void (session.beforeRequest = listener) },
  };
  return session;
}

/**
 * Holders of the single-instance lock, by userData folder. Kept on globalThis so two
 * "processes" (two imports of the main entry, with a module reset between) share it.
 */
const lockHolders: Map<string, FakeApp> = ((globalThis as { __fakeElectronLocks?: Map<string, FakeApp> }).__fakeElectronLocks ??=
  new Map());

export class FakeApp extends FakeEmitter {
  readonly paths = new Map<string, string>();
  readonly switches: string[] = [];
  readonly calls: string[] = [];
  appUserModelId: string | null = null;
  isReady = false;
  exitCode: number | null = null;
  quitRequested = false;
  isPackaged = false;
  private resolveReady!: () => void;
  private readonly ready = new Promise<void>((done) => (this.resolveReady = done));
  readonly commandLine = { appendSwitch: (name: string) => void this.switches.push(name) };

  constructor(userData: string) {
    super();
    this.paths.set('userData', userData);
    this.paths.set('sessionData', userData);
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.calls.push(`setPath:${name}`);
    if (!existsSync(path) || !statSync(path).isDirectory()) throw new Error(`Failed to set path: ${path} does not exist`);
    if (name === 'sessionData' && this.isReady) throw new Error('sessionData must be set before the ready event');
    this.paths.set(name, path);
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    const folder = this.getPath('userData');
    const holder = lockHolders.get(folder);
    if (holder && holder !== this && holder.exitCode === null) {
      holder.emit('second-instance', [], process.cwd(), {});
      return false;
    }
    lockHolders.set(folder, this);
    return true;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** Called by the test as Electron's loop would: `ready` comes even after quit(); never after exit(). */
  emitReady(): void {
    if (this.exitCode !== null || this.isReady) return;
    this.isReady = true;
    this.emit('ready');
    this.resolveReady();
  }
  /** Before ready, Electron only remembers the request (and `ready` still fires); after, it quits. */
  quit(): void {
    this.calls.push('quit');
    this.quitRequested = true;
    if (!this.isReady || this.exitCode !== null) return;
    if (this.emit('before-quit').defaultPrevented) return;
    if (this.emit('will-quit').defaultPrevented) return;
    this.exit(0);
  }
  /** Ends at once: no more events, `ready` included (api/app#appexitexitcode). */
  exit(code = 0): void {
    this.calls.push(`exit:${code}`);
    if (this.exitCode !== null) return;
    this.exitCode = code;
    this.listeners.clear();
    for (const [folder, holder] of lockHolders) if (holder === this) lockHolders.delete(folder);
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getAppPath(): string {
    return process.cwd();
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  setAboutPanelOptions(): void {}
}

/** What `net.fetch(file://…)` does in Electron: the file's bytes, or a rejection when it is missing. */
export function fakeNetFetch(url: string): Promise<Response> {
  const file = fileURLToPath(url);
  if (!existsSync(file)) return Promise.reject(new TypeError('net::ERR_FILE_NOT_FOUND'));
  return Promise.resolve(new Response(readFileSync(file)));
}
