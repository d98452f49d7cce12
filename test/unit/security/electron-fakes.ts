/**
 * Stand-ins for the parts of Electron the shell layer touches, so its wiring
 * (not just the pure policy) runs in plain Node: a test mocks 'electron' with
 * `fakeElectron()` and then drives the handlers the shell registered.
 */

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

export class FakeWebContents {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return 'app://rehearse/index.html';
  }
  /** Emits like Electron: returns the event so tests can see whether a handler prevented it. */
  emit(event: string, ...args: unknown[]): FakeEvent {
    const e = fakeEvent();
    for (const listener of this.listeners.get(event) ?? []) listener(e, ...args);
    return e;
  }
}

export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrls: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  loadFile(file: string): Promise<void> {
    this.loadedUrls.push(`file://${file}`);
    return Promise.resolve();
  }
  on(): this {
    return this;
  }
  once(): this {
    return this;
  }
  maximize(): void {}
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1200, height: 820 };
  }
}

export interface FakeSession {
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void) | null;
  checkHandler: ((contents: unknown, permission: string, origin: string) => boolean) | null;
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void;
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void;
}

export function fakeSession(): FakeSession {
  return {
    requestHandler: null,
    checkHandler: null,
    setPermissionRequestHandler(handler) {
      this.requestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      this.checkHandler = handler;
    },
  };
}
