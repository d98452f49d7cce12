import { contextBridge, ipcRenderer } from 'electron';
import type { RendererApi } from '../../shared/contract/api-types';
import { buildApi } from '../../shared/contract/build-api';
import { channelNames } from '../../shared/contract/index';
import type { Result } from '../../shared/contract/result';

// The only bridge between the page and the main process: one named method per
// contract channel, never ipcRenderer itself.
const api = buildApi(
  channelNames,
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
) satisfies RendererApi;

contextBridge.exposeInMainWorld('api', api);
