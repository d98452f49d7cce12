import { EventEmitter } from 'node:events';
import { expect, test, vi } from 'vitest';
import { type ClosingWindow, flushBeforeClose, type FlushIpc } from '../../../electron/main/shell/flush-before-close';

vi.mock('electron', () => ({ ipcMain: {} }));

/** A window and ipcMain stand-in: records what the page is sent and whether the window really closed. */
function fakes(id = 1) {
  const ipc = new EventEmitter();
  const sent: unknown[][] = [];
  let closes = 0;
  const events = new EventEmitter();
  const window: ClosingWindow & { closed: () => number } = {
    on: (event, listener) => void events.on(event, listener),
    close() {
      let prevented = false;
      events.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) closes += 1;
    },
    isDestroyed: () => false,
    webContents: { id, send: (...args: unknown[]) => void sent.push(args) },
    closed: () => closes,
  };
  return { ipc: ipc as unknown as FlushIpc & EventEmitter, window, sent };
}

test('the window waits for its own page to say it has saved, then closes', () => {
  const { ipc, window, sent } = fakes();
  flushBeforeClose(window, { ipc, waitMs: 60_000 });
  window.close();
  expect(window.closed()).toBe(0);
  expect(sent).toEqual([['shell.flush-request', 1]]);
  // Another window's page, or a stale request id, does not count.
  ipc.emit('shell.flush-done', { sender: { id: 2 } }, 1);
  ipc.emit('shell.flush-done', { sender: { id: 1 } }, 99);
  window.close();
  expect(window.closed()).toBe(0);
  expect(sent).toHaveLength(1);
  ipc.emit('shell.flush-done', { sender: { id: 1 } }, 1);
  expect(window.closed()).toBe(1);
  expect(ipc.listenerCount('shell.flush-done')).toBe(0);
});

test('a page that never answers does not keep the window open: it closes after the wait limit', () => {
  vi.useFakeTimers();
  try {
    const { ipc, window } = fakes();
    const log = vi.fn();
    flushBeforeClose(window, { ipc, waitMs: 5_000, log });
    window.close();
    vi.advanceTimersByTime(4_999);
    expect(window.closed()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(window.closed()).toBe(1);
    expect(log).toHaveBeenCalledWith('flush-before-close-timed-out', { waitMs: 5_000 });
  } finally {
    vi.useRealTimers();
  }
});
