// eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK
// (Electronegativity reads only literal webPreferences and so reports context isolation and the
// sandbox as missing here; secureWebPreferences() sets both, and
// test/unit/security/electron-shell.test.ts asserts that the window really gets them.)
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { Theme } from '../../../shared/domain/settings';
import type { SettingsStore } from '../settings/settings-store';
import type { WindowBounds } from '../settings/window-bounds';
import { installContextMenu } from './context-menu';
import { hardenWebContents } from './harden';
import { watchRendererHealth } from './renderer-health';
import { appEntryUrl, secureWebPreferences } from './security-policy';
import type { ShellLog } from './shell-log';

const defaultSize = { width: 1200, height: 820 };

/** The page's own background (`--bg` in renderer/src/styles/theme.css), so the first paint does not flash. */
export const windowBackground = { light: '#f7f7f5', dark: '#15181c' } as const;

export function backgroundFor(theme: Theme, systemIsDark: boolean): string {
  const dark = theme === 'dark' || (theme === 'system' && systemIsDark);
  return dark ? windowBackground.dark : windowBackground.light;
}

/** Saved bounds are used only if they still overlap a connected display; otherwise only the size is kept. */
export function visibleBounds(saved: WindowBounds | null, workAreas: readonly Electron.Rectangle[]): Partial<WindowBounds> {
  if (!saved) return defaultSize;
  const onScreen = workAreas.some(
    (a) => saved.x < a.x + a.width && saved.x + saved.width > a.x && saved.y < a.y + a.height && saved.y + saved.height > a.y,
  );
  return onScreen ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : { width: saved.width, height: saved.height };
}

export interface MainWindowOptions {
  preloadPath: string;
  settings: SettingsStore;
  log: ShellLog;
  quit: () => void;
}

/**
 * The one window. Created hidden and shown on `ready-to-show`, so nothing blank
 * appears; a window saved maximised is maximised only then, because `maximize()`
 * also shows a hidden window (electronjs.org/docs/latest/api/browser-window#winmaximize).
 * Size, position and maximised state are saved on close and restored next start.
 */
export function createMainWindow({ preloadPath, settings, log, quit }: MainWindowOptions): BrowserWindow {
  const saved = settings.getWindowBounds();
  const window = new BrowserWindow({
    ...visibleBounds(
      saved,
      screen.getAllDisplays().map((display) => display.workArea),
    ),
    minWidth: 720,
    minHeight: 540,
    show: false,
    title: 'Rehearse',
    backgroundColor: backgroundFor(settings.getPreferences().theme, nativeTheme.shouldUseDarkColors),
    webPreferences: secureWebPreferences(preloadPath),
  });
  hardenWebContents(window.webContents);
  installContextMenu(window.webContents);
  watchRendererHealth(window, { log, quit });

  const remember = () => {
    const { x, y, width, height } = window.getNormalBounds();
    settings.setWindowBounds({ x, y, width, height, maximized: window.isMaximized() });
  };
  window.on('close', remember);
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    else window.show();
  });
  void window.loadURL(appEntryUrl);
  return window;
}
