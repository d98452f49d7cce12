// eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK
// (Electronegativity reads only literal webPreferences and so reports context isolation and the
// sandbox as missing here; secureWebPreferences() sets both, and
// test/unit/security/electron-shell.test.ts asserts that the window really gets them.)
import { BrowserWindow, screen } from 'electron';
import type { SettingsStore } from '../settings/settings-store';
import type { WindowBounds } from '../settings/window-bounds';
import { hardenWebContents } from './harden';
import { appEntryUrl, secureWebPreferences } from './security-policy';

const defaultSize = { width: 1200, height: 820 };

/** Saved bounds are used only if they still overlap a connected display. */
function visibleBounds(saved: WindowBounds | null): Partial<WindowBounds> {
  if (!saved) return defaultSize;
  const onScreen = screen
    .getAllDisplays()
    .some(
      ({ workArea: a }) =>
        saved.x < a.x + a.width && saved.x + saved.width > a.x && saved.y < a.y + a.height && saved.y + saved.height > a.y,
    );
  return onScreen ? saved : { width: saved.width, height: saved.height };
}

export function createMainWindow(preloadPath: string, settings: SettingsStore): BrowserWindow {
  const saved = settings.getWindowBounds();
  const window = new BrowserWindow({
    ...visibleBounds(saved),
    minWidth: 720,
    minHeight: 540,
    show: false,
    title: 'Rehearse',
    backgroundColor: '#111418',
    webPreferences: secureWebPreferences(preloadPath),
  });
  hardenWebContents(window.webContents);
  if (saved?.maximized) window.maximize();

  const remember = () => {
    const { x, y, width, height } = window.getNormalBounds();
    settings.setWindowBounds({ x, y, width, height, maximized: window.isMaximized() });
  };
  window.on('close', remember);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}
