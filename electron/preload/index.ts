import { contextBridge, ipcRenderer } from 'electron';
import type { RendererApi } from '../../shared/contract/api-types';
import { buildApi } from '../../shared/contract/build-api';
import { channelNames } from '../../shared/contract/channel-names';
import type { Result } from '../../shared/contract/result';

// The only bridge between the page and the main process: one named method per
// contract channel, never ipcRenderer itself. Only the plain list of channel names is bundled here
// (no zod, no schemas): the main process validates every input.
const api = buildApi(
  channelNames,
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
) satisfies RendererApi;

contextBridge.exposeInMainWorld('api', api);
