import type { RendererApi } from '../../../shared/contract/api-types';
import { buildApi } from '../../../shared/contract/build-api';
import { channelNames } from '../../../shared/contract/channel-names';
import { bridgeToken, createBridgeInvoke } from './bridge-transport';

/** The typed client: Electron's preload API when present, else the browser-mode bridge with the same shape. */
export const api: RendererApi = window.api ?? buildApi(channelNames, createBridgeInvoke(bridgeToken()));
