/**
 * Before the desktop window closes, the main process asks the page to save
 * what the user typed and waits for the answer (issue 12, item 5). Messages
 * between the two (main → page: request; page → main: done, with the same id).
 */
export const flushRequestMessage = 'shell.flush-request';
export const flushDoneMessage = 'shell.flush-done';

/** What the preload exposes as `window.shell`. */
export interface ShellBridge {
  /** The page's saver; the window closes once its promise settles. Returns the unsubscribe. */
  onFlushRequest(handler: () => Promise<unknown>): () => void;
}

/** How long the window waits for the page before closing anyway, in ms: a hung page must not keep it open for ever. */
export const flushWaitLimitMs = 10_000;
