import { sendingWhileLeaving } from '../../api/bridge-transport';

interface Flushable {
  flush(options?: { urgent?: boolean }): Promise<boolean>;
}

/** Registrations per saver: React may mount an effect twice (StrictMode) and end the first only later. */
const savers = new Map<Flushable, number>();

/**
 * Every autosaver on the page, so they can all be saved when the page goes
 * away. Returns the function that ends this registration (once).
 */
export function registerSaver(saver: Flushable): () => void {
  savers.set(saver, (savers.get(saver) ?? 0) + 1);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = (savers.get(saver) ?? 1) - 1;
    if (left > 0) savers.set(saver, left);
    else savers.delete(saver);
  };
}

/**
 * Sends every unsaved edit now. `leaving`: the page is being hidden, reloaded
 * or closed — the requests are started synchronously, and in browser mode as
 * keepalive requests, which the browser completes after the page is gone.
 * Resolves true when every saver's edits were acknowledged.
 */
export function flushAll({ leaving = false } = {}): Promise<boolean> {
  const run = () => [...savers.keys()].map((saver) => saver.flush({ urgent: leaving }));
  const flushes = leaving ? sendingWhileLeaving(run) : run();
  return Promise.all(flushes).then((results) => results.every(Boolean));
}

let installed = false;

/**
 * Saves everything when the page is hidden (`visibilitychange` → hidden,
 * which also comes before a tab or window closes) or unloaded (`pagehide`:
 * reload, navigation, close). In Electron the main process also asks before
 * it closes the window and waits for the answer (`window.shell.onFlushRequest`).
 * Installed once, at start-up.
 */
export function installLeaveFlush(target: Window = window): void {
  if (installed) return;
  installed = true;
  target.addEventListener('pagehide', () => void flushAll({ leaving: true }));
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') void flushAll({ leaving: true });
  });
  target.shell?.onFlushRequest(() => flushAll({ leaving: true }));
}
