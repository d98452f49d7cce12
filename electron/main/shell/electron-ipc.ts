import { type BrowserWindow, ipcMain } from 'electron';
import { channelNames } from '../../../shared/contract/index';
import { bindIpc, type IpcEventLike } from '../ipc/bind-ipc';
import type { Dispatch } from '../ipc/dispatch';
import { isAppUrl } from './security-policy';

/** IPC is answered only for our main window's top frame showing our own page. */
export function bindElectronIpc(
  dispatch: Dispatch,
  getWindow: () => BrowserWindow | null,
  generation: () => string | undefined,
): () => void {
  const isTrustedSender = (event: IpcEventLike) => {
    const window = getWindow();
    return window !== null && event.sender.id === window.webContents.id && isAppUrl(event.senderFrame?.url ?? '');
  };
  return bindIpc(ipcMain, channelNames, dispatch, isTrustedSender, generation);
}
