import { type BrowserWindow, ipcMain } from 'electron';
import { flushDoneMessage, flushRequestMessage, flushWaitLimitMs } from '../../../shared/shell/flush-before-close';
import type { ShellLog } from './shell-log';

/** The parts of a window and of ipcMain this needs, so the logic is tested without Electron. */
export interface ClosingWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): void;
  close(): void;
  isDestroyed(): boolean;
  webContents: { id: number; send(channel: string, ...args: unknown[]): void };
}
export interface FlushIpc {
  on(channel: string, listener: (event: { sender: { id: number } }, ...args: unknown[]) => void): void;
  removeListener(channel: string, listener: (event: { sender: { id: number } }, ...args: unknown[]) => void): void;
}

/**
 * Holds the window's close until the page says it has saved what the user
 * typed (every autosave flushed and acknowledged), or `waitMs` passed. Only
 * an answer from this window's own page, naming the request it was sent,
 * counts. The second close (ours) goes through.
 */
export function flushBeforeClose(
  window: ClosingWindow,
  { ipc = ipcMain as unknown as FlushIpc, waitMs = flushWaitLimitMs, log }: { ipc?: FlushIpc; waitMs?: number; log?: ShellLog } = {},
): void {
  let phase: 'open' | 'flushing' | 'closing' = 'open';
  let requestId = 0;
  window.on('close', (event) => {
    if (phase === 'closing') return;
    event.preventDefault();
    if (phase === 'flushing') return;
    phase = 'flushing';
    const id = ++requestId;
    const finish = (how: 'saved' | 'timed-out') => {
      if (phase !== 'flushing') return;
      clearTimeout(timer);
      ipc.removeListener(flushDoneMessage, onDone);
      if (how === 'timed-out') log?.('flush-before-close-timed-out', { waitMs });
      phase = 'closing';
      if (!window.isDestroyed()) window.close();
    };
    const onDone = (e: { sender: { id: number } }, answered: unknown) => {
      if (e.sender.id === window.webContents.id && answered === id) finish('saved');
    };
    ipc.on(flushDoneMessage, onDone);
    const timer = setTimeout(() => finish('timed-out'), waitMs);
    window.webContents.send(flushRequestMessage, id);
  });
}

/** Wires `flushBeforeClose` to a real window. */
export function flushMainWindowBeforeClose(window: BrowserWindow, log: ShellLog): void {
  flushBeforeClose(window as unknown as ClosingWindow, { log });
}
