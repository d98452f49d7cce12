import { join } from 'node:path';
import { app, type BrowserWindow, dialog, session } from 'electron';
import { DataFolderInUseError } from './data-lock';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { prepareBeforeReady } from './shell/before-ready';
import { installDesktopMenu } from './shell/desktop-menu';
import { bindElectronIpc } from './shell/electron-ipc';
import { electronStoreBackend } from './shell/electron-store-backend';
import { hardenSession, hardenWebContents } from './shell/harden';
import { createMainWindow } from './shell/main-window';
import { nativeDialogs } from './shell/native-dialogs';
import { guardNetwork } from './shell/network-guard';
import { startReminders } from './shell/reminder-notifications';
import { createShellLog } from './shell/shell-log';
import { sendEventsToWindow } from './shell/window-events';
import { flushMainWindowBeforeClose } from './shell/flush-before-close';
import { type AppHost, startApp } from './start-app';

// The thin Electron layer: lifecycle, window, protocol and IPC glue. Everything
// behind the contract lives in app-core and loads in plain Node.

/** Printed by a second launch, which hands over to the running app and stops. */
export const secondInstanceMessage =
  'Rehearse is already running with this data folder, so this start stopped and brought its window to the front.';

let dataDir = '';
try {
  dataDir = prepareBeforeReady(process.env);
} catch (error) {
  // E.g. REHEARSE_DATA_DIR names a folder that cannot be created. showErrorBox works before ready.
  dialog.showErrorBox('Rehearse cannot use its data folder', error instanceof Error ? error.message : String(error));
  app.exit(1);
}

// Electron's documented pattern (electronjs.org/docs/latest/api/app#apprequestsingleinstancelockadditionaldata):
// leave at once, and register nothing else. app.quit() here is not enough: `ready` still
// fires and the second process would start on the first one's data (review B1).
if (!dataDir) {
  // Already reported above; nothing else may run.
} else if (!app.requestSingleInstanceLock()) {
  console.error(secondInstanceMessage);
  app.exit(1);
} else {
  runPrimaryInstance();
}

function runPrimaryInstance(): void {
  registerAppScheme();
  let host: AppHost | null = null;
  let mainWindow: BrowserWindow | null = null;
  const getWindow = () => mainWindow;
  const logShellEvent = createShellLog(() => host?.log ?? null);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => host?.close());

  const fail = (title: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    logShellEvent('start-failed', { title, message });
    dialog.showErrorBox(title, message);
    try {
      host?.close();
    } finally {
      app.exit(1);
    }
  };

  void app.whenReady().then(() => {
    try {
      // Locks the data folder first; a damaged database opens in the recovery state (the window asks
      // the user what to do); a database from a newer version, or one that cannot be read, stops here untouched.
      host = startApp({
        dataDir,
        mode: 'desktop',
        version: app.getVersion(),
        settingsBackend: electronStoreBackend,
        dialogs: nativeDialogs(getWindow),
      });
    } catch (error) {
      if (error instanceof DataFolderInUseError) console.error(error.message);
      return fail(error instanceof DataFolderInUseError ? 'Rehearse is already running' : 'Rehearse cannot open your data', error);
    }
    try {
      const started = host;
      hardenSession(session.defaultSession);
      guardNetwork(session.defaultSession, logShellEvent);
      serveRenderer(join(import.meta.dirname, '../renderer'));
      bindElectronIpc(started.dispatch, getWindow, started.generation);
      sendEventsToWindow(started.events, getWindow);
      installDesktopMenu({ getWindow, dataDir, version: app.getVersion() });
      mainWindow = createMainWindow({
        preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
        settings: started.settings,
        log: logShellEvent,
        quit: () => app.quit(),
      });
      flushMainWindowBeforeClose(mainWindow, logShellEvent);
      mainWindow.on('closed', () => (mainWindow = null));
      startReminders({ host: started, getWindow, log: logShellEvent });
    } catch (error) {
      // Without this a throw here leaves a process with no window that still holds the data folder.
      fail('Rehearse could not open its window', error);
    }
  });
}
