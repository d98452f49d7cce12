import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { RendererApi } from '../../shared/contract/api-types';
import { buildApi } from '../../shared/contract/build-api';
import { eventChannelPrefix, isEventName } from '../../shared/contract/event-names';
import type { RawSubscribe } from '../../shared/contract/events';
import { channelNames } from '../../shared/contract/channel-names';
import { generationKeeper, withoutGeneration } from '../../shared/contract/data-generation';
import type { Result } from '../../shared/contract/result';
import { isMenuCommand, type MenuBridge, menuCommandMessage } from '../../shared/shell/menu-commands';
import { flushDoneMessage, flushRequestMessage, type ShellBridge } from '../../shared/shell/flush-before-close';

// The only bridge between the page and the main process: one named method per
// contract channel, never ipcRenderer itself. Only the plain list of channel names is bundled here
// (no zod, no schemas): the main process validates every input. (buildApi's RendererApi type comes from a
// cast, so the shape is proven at run time by test/unit/security/preload.test.ts, not by the compiler.)
//
// Every call after the first carries the data generation this page loaded (its first answer's), so the main
// process can refuse a write from a page whose data was since replaced by a restore or an import.
const generation = generationKeeper();
const api: RendererApi = buildApi(channelNames, async (channel, input) => {
  const loaded = generation.sent();
  const answer: unknown = await (loaded === undefined ? ipcRenderer.invoke(channel, input) : ipcRenderer.invoke(channel, input, loaded));
  generation.answered(channel, answer);
  return withoutGeneration(answer) as Result<unknown>;
});

/**
 * Listens to one of our events (names from the plain list, so no zod is
 * bundled here); returns the function that stops listening. The page gets
 * the payload only, never the IPC event object, and validates it.
 */
const subscribe: RawSubscribe = (name, listener) => {
  if (!isEventName(name)) throw new Error(`Unknown event "${String(name)}"`);
  if (typeof listener !== 'function') throw new Error('subscribe needs a listener function');
  const channel = `${eventChannelPrefix}${name}`;
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => void ipcRenderer.removeListener(channel, forward);
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('apiEvents', { subscribe });

// Menu commands from the main process: only known command names reach the page, and the
// page gets the name alone (never the IPC event, whose `sender` would hand it ipcRenderer).
const menu: MenuBridge = {
  onCommand(listener) {
    const relay = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuCommandMessage, relay);
    return () => void ipcRenderer.removeListener(menuCommandMessage, relay);
  },
};
contextBridge.exposeInMainWorld('menu', menu);

// Before the window closes the main process asks the page to save what the user typed; the page's one
// handler answers when its saves are acknowledged. Without a handler (e.g. the recovery screen) it answers at once.
let flushHandler: (() => Promise<unknown>) | null = null;
ipcRenderer.on(flushRequestMessage, (_event, id: unknown) => {
  const done = () => ipcRenderer.send(flushDoneMessage, id);
  if (!flushHandler) return done();
  flushHandler().then(done, done);
});
const shell: ShellBridge = {
  onFlushRequest(handler) {
    if (typeof handler !== 'function') throw new Error('onFlushRequest needs a function');
    flushHandler = handler;
    return () => {
      if (flushHandler === handler) flushHandler = null;
    };
  },
};
contextBridge.exposeInMainWorld('shell', shell);
