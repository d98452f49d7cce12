import { join } from 'node:path';
import { app, type BrowserWindow, dialog, Menu, shell } from 'electron';
import { type MenuCommand, menuCommandMessage } from '../../../shared/shell/menu-commands';
import { appMenuTemplate } from './app-menu';

export interface DesktopMenuOptions {
  getWindow: () => BrowserWindow | null;
  dataDir: string;
  version: string;
}

/** Brings the window forward and hands the command to the page, which does the work. */
export function sendMenuCommand(window: BrowserWindow | null, command: MenuCommand): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  window.webContents.send(menuCommandMessage, command);
}

/** Installs the application menu (replacing Electron's default, whose Help links open electronjs.org). */
export function installDesktopMenu({ getWindow, dataDir, version }: DesktopMenuOptions): void {
  const about = { applicationName: 'Rehearse', applicationVersion: version, copyright: 'Copyright © 2026 Rehearse' };
  app.setAboutPanelOptions(about);
  // Packaged: electron-builder's extraResources put docs/*.md in <resources>/docs; unpackaged, the app path is the project.
  const docsDir = app.isPackaged ? join(process.resourcesPath, 'docs') : join(app.getAppPath(), 'docs');
  const open = (path: string) =>
    void shell.openPath(path).then((problem) => {
      if (problem) dialog.showErrorBox('Rehearse could not open that', `${path}: ${problem}`);
    });
  const template = appMenuTemplate(
    { platform: process.platform, devTools: !app.isPackaged },
    {
      send: (command) => sendMenuCommand(getWindow(), command),
      openHelp: (file) => open(join(docsDir, file)),
      showDataFolder: () => open(dataDir),
      showAbout: () => {
        const window = getWindow();
        const options = {
          type: 'info' as const,
          title: 'About Rehearse',
          message: `Rehearse ${version}`,
          detail: `Rehearse job interviews, privately: nothing leaves your machine.\n${about.copyright}\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
        };
        void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
      },
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
