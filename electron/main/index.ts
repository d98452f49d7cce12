import { join } from 'node:path';
import { app, type BrowserWindow, dialog, session } from 'electron';
import { resolveDataDir } from './data-dir';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { bindElectronIpc } from './shell/electron-ipc';
import { electronStoreBackend } from './shell/electron-store-backend';
import { hardenSession, hardenWebContents } from './shell/harden';
import { createMainWindow } from './shell/main-window';
import { type AppHost, startApp } from './start-app';
import { nativeDialogs } from './shell/native-dialogs';
import { sendEventsToWindow } from './shell/window-events';

// The thin Electron layer: lifecycle, window, protocol and IPC glue. Everything
// behind the contract lives in app-core and loads in plain Node.

registerAppScheme();
let core: AppHost | null = null;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

app.whenReady().then(
  () => {
    const dataDir = resolveDataDir(process.env, () => app.getPath('userData'));
    try {
      // A damaged database opens in the recovery state (the window asks the user what to do);
      // a database from a newer version, or one that cannot be read, stops here untouched.
      core = startApp({
        dataDir,
        mode: 'desktop',
        version: app.getVersion(),
        settingsBackend: electronStoreBackend,
        dialogs: nativeDialogs(() => mainWindow),
      });
    } catch (error) {
      dialog.showErrorBox('Rehearse cannot open your data', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    hardenSession(session.defaultSession);
    serveRenderer(join(import.meta.dirname, '../renderer'));
    bindElectronIpc(core.dispatch, () => mainWindow);
    sendEventsToWindow(core.events, () => mainWindow);
    mainWindow = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'), core.settings);
    mainWindow.on('closed', () => (mainWindow = null));
  },
  (error: unknown) => {
    console.error(error);
    app.exit(1);
  },
);

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => core?.close());
