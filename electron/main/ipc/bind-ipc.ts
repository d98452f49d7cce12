import type { HandlerContext } from './handlers';
import type { Dispatch } from './dispatch';

/** The slice of Electron's `ipcMain` the binding uses, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** The slice of `IpcMainInvokeEvent` the sender check reads. */
export interface IpcEventLike {
  senderFrame: { url: string } | null;
  sender: { id: number };
}

export type SenderCheck = (event: IpcEventLike) => boolean;

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is answered
 * only for our own window (`isTrustedSender`) and with exactly one argument;
 * everything else is refused as data. Returns a function that unbinds them.
 */
export function bindIpc(ipcMain: IpcMainLike, channels: readonly string[], dispatch: Dispatch, isTrustedSender: SenderCheck): () => void {
  const context: HandlerContext = { transport: 'ipc' };
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...args) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window may not call Rehearse.' } };
      }
      if (args.length > 1) {
        return { ok: false, error: { code: 'invalid_input', message: `Expected one argument, got ${args.length}.` } };
      }
      return dispatch(channel, args[0], context);
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
