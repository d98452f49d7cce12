import { isGeneration } from '../../../shared/contract/data-generation';
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
 * only for our own window (`isTrustedSender`), with the input and optionally
 * the data generation the page loaded (shared/contract/data-generation.ts) as
 * a second argument; everything else is refused as data. Every answer carries
 * the current generation (`generation()`), so the page learns it from its
 * first call. Returns a function that unbinds them.
 */
export function bindIpc(
  ipcMain: IpcMainLike,
  channels: readonly string[],
  dispatch: Dispatch,
  isTrustedSender: SenderCheck,
  generation: () => string | undefined = () => undefined,
): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window may not call Rehearse.' } };
      }
      if (args.length > 2) {
        return { ok: false, error: { code: 'invalid_input', message: `Expected at most two arguments, got ${args.length}.` } };
      }
      const loaded = args[1];
      if (loaded !== undefined && !isGeneration(loaded)) {
        return { ok: false, error: { code: 'invalid_input', message: 'The data generation sent with the call is malformed.' } };
      }
      const result = await dispatch(
        channel,
        args[0],
        loaded === undefined ? { transport: 'ipc' } : { transport: 'ipc', generation: loaded },
      );
      const current = generation();
      return current === undefined ? result : { ...result, generation: current };
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
