import { afterEach, expect, test } from 'vitest';
import { channelNames } from '../../../shared/contract/index';
import { bindIpc, type IpcEventLike, type IpcMainLike } from '../../../electron/main/ipc/bind-ipc';
import { isAppUrl } from '../../../electron/main/shell/security-policy';
import { openTestCore } from '../../helpers/test-core';
import { removeTempDirs } from '../../helpers/temp-dir';

afterEach(removeTempDirs);

/** Records handlers the way Electron's ipcMain does, so tests can invoke them. */
class FakeIpcMain implements IpcMainLike {
  handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: IpcEventLike, ...args: unknown[]) {
    return Promise.resolve(this.handlers.get(channel)!(event, ...args));
  }
}

const ownWindow: IpcEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://rehearse/index.html' } };
const trusted = (event: IpcEventLike) => event.sender.id === 1 && isAppUrl(event.senderFrame?.url ?? '');

test('binds every contract channel and answers our own window', async () => {
  const core = openTestCore();
  const ipc = new FakeIpcMain();
  const unbind = bindIpc(ipc, channelNames, core.dispatch, trusted);
  expect([...ipc.handlers.keys()].sort()).toEqual([...channelNames].sort());
  await expect(ipc.invoke('settings.get', ownWindow, {})).resolves.toMatchObject({ ok: true });
  unbind();
  expect(ipc.handlers.size).toBe(0);
  core.close();
});

test('refuses other senders, look-alike origins and extra arguments', async () => {
  const core = openTestCore();
  const ipc = new FakeIpcMain();
  bindIpc(ipc, channelNames, core.dispatch, trusted);
  const strangers: IpcEventLike[] = [
    { sender: { id: 2 }, senderFrame: { url: 'app://rehearse/index.html' } },
    { sender: { id: 1 }, senderFrame: { url: 'https://rehearse.example/' } },
    { sender: { id: 1 }, senderFrame: { url: 'app://rehearse.evil/index.html' } },
    { sender: { id: 1 }, senderFrame: null },
  ];
  for (const event of strangers) {
    await expect(ipc.invoke('settings.get', event, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }
  await expect(ipc.invoke('settings.get', ownWindow, {}, 'more')).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  await expect(ipc.invoke('settings.update', ownWindow, { theme: 7 })).resolves.toMatchObject({
    ok: false,
    error: { code: 'invalid_input' },
  });
  core.close();
});
