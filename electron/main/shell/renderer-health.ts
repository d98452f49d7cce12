import { type BrowserWindow, dialog, type RenderProcessGoneDetails } from 'electron';
import { appEntryUrl } from './security-policy';
import type { ShellLog } from './shell-log';

/** Chromium's net::ERR_ABORTED: a load we cancelled ourselves (e.g. a refused navigation); not a failure. */
const errAborted = -3;
/** A second crash this soon after an automatic reload is not retried blindly: the user chooses. */
export const autoReloadWindowMs = 60_000;

export interface RendererHealthOptions {
  log: ShellLog;
  quit: () => void;
  /** The clock, in ms; tests fix it. */
  now?: () => number;
}

/**
 * Keeps the window usable when its page dies, hangs or fails to load. The database and
 * every saved answer live in the main process, so none of this puts data at risk; it
 * only stops a blank or frozen window from holding the app (and its data-folder lock).
 * - `render-process-gone` (anything but a clean exit): reload once on its own; a second
 *   crash within a minute asks Reload / Quit.
 * - `unresponsive`: asks Wait / Reload; `responsive` closes the question. Reload crashes the
 *   hung renderer first, as the docs advise (webContents.forcefullyCrashRenderer).
 * - `did-fail-load` of the main frame: shows the window (it may never have been shown)
 *   and asks Try again / Quit.
 * Sources: electronjs.org/docs/latest/api/web-contents (events render-process-gone,
 * unresponsive, responsive, did-fail-load) and api/structures/render-process-gone-details.
 */
export function watchRendererHealth(window: BrowserWindow, options: RendererHealthOptions): void {
  const { log, quit } = options;
  const now = options.now ?? Date.now;
  const contents = window.webContents;
  let lastAutoReload = -Infinity;
  let killingHungRenderer = false;

  const ask = async (message: string, detail: string, buttons: [string, string], signal?: AbortSignal): Promise<number> => {
    if (window.isDestroyed()) return 1;
    const { response } = await dialog.showMessageBox(window, {
      type: 'error',
      message,
      detail,
      buttons,
      defaultId: 0,
      cancelId: 1,
      noLink: true,
      signal,
    });
    return response;
  };

  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    if (killingHungRenderer) {
      killingHungRenderer = false;
      return;
    }
    log('renderer-gone', { reason: details.reason, exitCode: details.exitCode });
    if (now() - lastAutoReload > autoReloadWindowMs) {
      lastAutoReload = now();
      log('renderer-reloaded', { automatic: true });
      contents.reload();
      return;
    }
    void ask(
      'Rehearse’s window stopped working again.',
      `Reason: ${details.reason}. Everything you saved is safe. Reload the window, or quit and start Rehearse again.`,
      ['Reload', 'Quit'],
    ).then((choice) => (choice === 0 ? contents.reload() : quit()));
  });

  let hung: AbortController | null = null;
  contents.on('unresponsive', () => {
    if (hung) return;
    log('renderer-unresponsive');
    hung = new AbortController();
    void ask(
      'Rehearse’s window is not responding.',
      'You can wait for it, or reload it. Everything you saved is safe; an answer you had not rated yet may be lost.',
      ['Reload', 'Wait'],
      hung.signal,
    ).then((choice) => {
      const wasAborted = hung?.signal.aborted ?? true;
      hung = null;
      if (choice !== 0 || wasAborted) return;
      log('renderer-reloaded', { automatic: false });
      killingHungRenderer = true;
      contents.forcefullyCrashRenderer();
      contents.reload();
    });
  });
  contents.on('responsive', () => {
    if (!hung) return;
    log('renderer-responsive');
    hung.abort();
  });

  contents.on('did-fail-load', (_event, errorCode: number, errorDescription: string, validatedURL: string, isMainFrame: boolean) => {
    if (!isMainFrame || errorCode === errAborted) return;
    log('load-failed', { errorCode, errorDescription, url: validatedURL });
    if (!window.isDestroyed() && !window.isVisible()) window.show();
    void ask('Rehearse could not load its window.', `${errorDescription} (${errorCode}).`, ['Try again', 'Quit']).then((choice) =>
      // loadURL, not reload: after a failed first load there is no page of ours to reload.
      choice === 0 ? void contents.loadURL(appEntryUrl) : quit(),
    );
  });
}
